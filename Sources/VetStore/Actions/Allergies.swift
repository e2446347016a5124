import Foundation
import VetSQL
import VetCore

/// A pet's allergy alerts that name a class of drugs or one price-list item, and the check that
/// stops a matching treatment going on a note or an invoice without a stated reason.
extension AppDatabase {
    /// Adds an alert naming a drug class or an item (exactly one of the two).
    @discardableResult
    public func addAllergyAlert(petID: Int64, drugClass: DrugClass? = nil, priceItemID: Int64? = nil,
                                as user: StaffSession) throws -> PetAllergy {
        guard (drugClass == nil) != (priceItemID == nil) else {
            throw StoreError.invalid(ValidationError(field: "allergic to",
                                                     message: "allergic to must name one drug class or one price-list item"))
        }
        let now = self.now
        return try perform(.editPet, as: user) { db in
            let pet = try db.fetchRecord(Pet.self, id: petID).orThrow("pet")
            let existing = try db.fetchRecords(PetAllergy.self, "SELECT * FROM pet_allergy WHERE pet_id = ?", [petID])
            if existing.contains(where: { $0.drugClass == drugClass && $0.priceItemId == priceItemID }) {
                throw StoreError.refused("\(pet.name) already has that allergy alert")
            }
            var row = PetAllergy(id: nil, petId: petID, drugClass: drugClass, priceItemId: priceItemID,
                                 recordedAt: now, recordedBy: user.userID)
            row.id = try db.insert(row)
            let text = try AllergyRules.text(db, row)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add allergy alert", recordType: "pet",
                                  recordID: petID, clientID: pet.clientId, detail: "\(pet.name): \(text)")
            return row
        }
    }

    /// Removes an alert recorded in error; the audit trail keeps what it said.
    public func removeAllergyAlert(id: Int64, as user: StaffSession) throws {
        let now = self.now
        try perform(.editPet, as: user) { db in
            let row = try db.fetchRecord(PetAllergy.self, id: id).orThrow("allergy alert")
            let pet = try db.fetchRecord(Pet.self, id: row.petId).orThrow("pet")
            let text = try AllergyRules.text(db, row)
            try db.execute("DELETE FROM pet_allergy WHERE id = ?", [id])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "remove allergy alert", recordType: "pet",
                                  recordID: row.petId, clientID: pet.clientId, detail: "\(pet.name): \(text)")
        }
    }

    /// The pet's structured alerts with their words ("allergic to Penicillins").
    public func allergyAlerts(petID: Int64) throws -> [(alert: PetAllergy, text: String)] {
        try read { db in
            try db.fetchRecords(PetAllergy.self, "SELECT * FROM pet_allergy WHERE pet_id = ? ORDER BY id", [petID])
                .map { ($0, try AllergyRules.text(db, $0)) }
        }
    }

    /// The pet's alerts that `priceItemID` collides with; no matches when nothing on record says no.
    public func allergyMatches(petID: Int64, priceItemID: Int64) throws -> AllergyReport {
        try read { db in
            let item = try db.fetchRecord(PriceItem.self, id: priceItemID).orThrow("price-list item")
            let name = try db.fetchValue(String.self, "SELECT name FROM pet WHERE id = ?", [petID]) ?? "The pet"
            return AllergyReport(petName: name, matches: try AllergyRules.matches(db, petID: petID, item: item))
        }
    }
}

/// What the allergy check found for one pet and one item.
public struct AllergyReport: Sendable, Hashable {
    public var petName: String
    public var matches: [AllergyMatch]

    public init(petName: String, matches: [AllergyMatch]) {
        self.petName = petName
        self.matches = matches
    }
}

/// The allergy check shared by consultations, drafts and checkout lines.
enum AllergyRules {
    static func text(_ db: any SQLConnection, _ allergy: PetAllergy) throws -> String {
        if let drugClass = allergy.drugClass { return "allergic to \(drugClass.displayName)" }
        let item = try allergy.priceItemId.flatMap { try db.fetchRecord(PriceItem.self, id: $0) }
        return "allergic to \(item?.name ?? "a removed item")"
    }

    /// Pet id → the words of each of its structured alerts.
    static func texts(_ db: any SQLConnection, petIDs: [Int64]) throws -> [Int64: [String]] {
        guard !petIDs.isEmpty else { return [:] }
        let placeholders = SQLList.placeholders(petIDs.count)
        var result: [Int64: [String]] = [:]
        for row in try db.fetchRecords(PetAllergy.self, "SELECT * FROM pet_allergy WHERE pet_id IN (\(placeholders)) ORDER BY id",
                                       SQLArguments(petIDs)) {
            result[row.petId, default: []].append(try text(db, row))
        }
        return result
    }

    static func matches(_ db: any SQLConnection, petID: Int64, item: PriceItem) throws -> [AllergyMatch] {
        let pet = try db.fetchRecord(Pet.self, id: petID).orThrow("pet")
        let alerts = try db.fetchRecords(PetAllergy.self, "SELECT * FROM pet_allergy WHERE pet_id = ?", [petID])
        let targets: [AllergyTarget] = try alerts.compactMap { row in
            if let drugClass = row.drugClass { return .drugClass(drugClass) }
            guard let id = row.priceItemId, let named = try db.fetchRecord(PriceItem.self, id: id) else { return nil }
            return .item(id: id, name: named.name)
        }
        return AllergyCheck.matches(item: item.allergyFacts, structured: targets, freeText: pet.alerts)
    }

    /// Refuses any line for a pet whose item matches one of the pet's allergy alerts and carries
    /// no reason. Lines whose items were already on the record (`known`) are not asked again.
    static func check(_ db: any SQLConnection, lines: [ChargeLine], known: Set<Int64> = []) throws {
        var errors: [ValidationError] = []
        for (index, line) in lines.enumerated() {
            guard let petID = line.petID, let itemID = line.priceItemID, !known.contains(itemID),
                  line.allergyReason == nil, let item = try db.fetchRecord(PriceItem.self, id: itemID) else { continue }
            guard let match = try matches(db, petID: petID, item: item).first else { continue }
            let petName = try db.fetchValue(String.self, "SELECT name FROM pet WHERE id = ?", [petID]) ?? "the pet"
            errors.append(ValidationError(
                field: "line \(index + 1) allergy reason",
                message: "line \(index + 1): \(item.name) matches \(petName)'s alert '\(match.alert)' (\(match.because)); "
                    + "give the reason it is given anyway"))
        }
        if !errors.isEmpty { throw StoreError.invalid(ValidationErrors(errors)) }
    }

    /// Records each line given despite an alert, so the override can be found in the audit trail.
    static func auditOverrides(_ db: any SQLConnection, lines: [ChargeLine], clientID: Int64, at now: Date, by userID: Int64,
                               recordType: String, recordID: Int64?) throws {
        for line in lines {
            guard let reason = line.allergyReason, line.petID != nil else { continue }
            try AuditTrail.record(db, at: now, userID: userID, action: "give despite allergy alert", recordType: recordType,
                                  recordID: recordID, clientID: clientID, detail: "\(line.value.description): \(reason)")
        }
    }
}
