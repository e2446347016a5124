import Foundation

/// What is typed on the pet form, before validation.
public struct PetForm: Hashable, Sendable, Codable {
    public var name = ""
    public var species = ""
    public var breed = ""
    public var sex = ""
    public var neutered = ""
    public var dateOfBirth = ""
    public var colour = ""
    public var microchip = ""
    public var alerts = ""

    public init() {}

    /// Validates every field at once; `today` refuses birthdays in the future.
    public func validated(today: LocalDate) throws(ValidationErrors) -> PetDetails {
        var check = Validator()
        let name = check.check { () throws(ValidationError) in try TextRule.required(self.name, field: "pet name", maxLength: 40) }
        let species = check.check { () throws(ValidationError) in try TextRule.required(self.species, field: "species", maxLength: 40) }
        let breed = check.check { () throws(ValidationError) in try TextRule.optional(self.breed, field: "breed", maxLength: 60) }
        let sex = check.check { () throws(ValidationError) in
            self.sex.trimmingCharacters(in: .whitespaces).isEmpty ? PetSex.unknown : try PetSex.parse(self.sex, field: "sex")
        }
        let neutered = check.check { () throws(ValidationError) in try PetForm.parseYesNo(self.neutered, field: "neutered") }
        var birth: DateOfBirth?
        if !dateOfBirth.trimmingCharacters(in: .whitespaces).isEmpty {
            birth = check.check { () throws(ValidationError) in try DateOfBirth(parsing: dateOfBirth, today: today) }
        }
        let colour = check.check { () throws(ValidationError) in try TextRule.optional(self.colour, field: "colour", maxLength: 40) }
        var chip: Microchip?
        if !microchip.trimmingCharacters(in: .whitespaces).isEmpty {
            chip = check.check { () throws(ValidationError) in try Microchip(parsing: microchip) }
        }
        let alerts = check.check { () throws(ValidationError) in try TextRule.optional(self.alerts, field: "alerts", maxLength: 200) }
        try check.finish()
        guard let name, let species, let sex, let neutered else { throw ValidationErrors(check.errors) }
        return PetDetails(name: name, species: species, breed: breed ?? nil, sex: sex, neutered: neutered,
                          dateOfBirth: birth, colour: colour ?? nil, microchip: chip, alerts: alerts ?? nil)
    }

    /// "yes"/"no"/"y"/"n"/"" (unknown counts as no).
    static func parseYesNo(_ text: String, field: String) throws(ValidationError) -> Bool {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "", "n", "no", "false": return false
        case "y", "yes", "true": return true
        default: throw ValidationError(field: field, message: "\(field) must be yes or no, not '\(text)'")
        }
    }
}

/// A pet's validated details.
public struct PetDetails: Hashable, Sendable, Codable {
    public var name: String
    public var species: String
    public var breed: String?
    public var sex: PetSex
    public var neutered: Bool
    public var dateOfBirth: DateOfBirth?
    public var colour: String?
    public var microchip: Microchip?
    /// Warnings staff must see before handling the animal ("bites", "diabetic").
    public var alerts: String?

    public init(name: String, species: String, breed: String?, sex: PetSex, neutered: Bool,
                dateOfBirth: DateOfBirth?, colour: String?, microchip: Microchip?, alerts: String?) {
        self.name = name
        self.species = species
        self.breed = breed
        self.sex = sex
        self.neutered = neutered
        self.dateOfBirth = dateOfBirth
        self.colour = colour
        self.microchip = microchip
        self.alerts = alerts
    }
}
