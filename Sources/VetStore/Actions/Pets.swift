import Foundation
import VetSQL
import VetCore

/// Registering and editing pets and reading their history (deaths and transfers: PetLifeEvents).
extension AppDatabase {
    @discardableResult
    public func registerPet(_ details: PetDetails, clientID: Int64, as user: StaffSession) throws -> Pet {
        let now = self.now
        return try perform(.registerPet, as: user) { db in
            let owner = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
            guard owner.status == .active else {
                throw StoreError.refused("\(owner.fullName) is \(owner.status.rawValue); a pet can only be registered to an active client")
            }
            try PetRules.checkMicrochipFree(db, details.microchip, excluding: nil)
            var pet = Pet(id: nil, clientId: clientID, name: details.name, species: details.species,
                          breed: details.breed, sex: details.sex, neutered: details.neutered,
                          dateOfBirth: details.dateOfBirth?.date, birthApproximate: details.dateOfBirth?.isApproximate ?? false,
                          colour: details.colour, microchip: details.microchip?.value, alerts: details.alerts,
                          status: .active, diedOn: nil, deathCause: nil, lastSeenOn: nil, createdAt: now, version: 1,
                          updatedAt: now, updatedBy: user.userID)
            pet.id = try db.insert(pet)
            try SearchIndex.refresh(db, clientID: clientID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "register pet", recordType: "pet",
                                  recordID: pet.id, clientID: clientID, detail: details.name)
            return pet
        }
    }

    /// Saves a pet's details unless someone else saved since `expectedVersion`.
    @discardableResult
    public func updatePet(id: Int64, expectedVersion: Int, details: PetDetails, as user: StaffSession) throws -> Pet {
        let now = self.now
        return try perform(.editPet, as: user) { db in
            var pet = try db.fetchRecord(Pet.self, id: id).orThrow("pet")
            let before = pet
            try PetRules.checkMicrochipFree(db, details.microchip, excluding: id)
            if let died = pet.diedOn, let birth = details.dateOfBirth, birth.date > died {
                throw StoreError.invalid(ValidationError(field: "date of birth",
                    message: "date of birth \(birth.formatted) is after \(pet.name) died on \(died.long)"))
            }
            pet.name = details.name
            pet.species = details.species
            pet.breed = details.breed
            pet.sex = details.sex
            pet.neutered = details.neutered
            pet.dateOfBirth = details.dateOfBirth?.date
            pet.birthApproximate = details.dateOfBirth?.isApproximate ?? false
            pet.colour = details.colour
            pet.microchip = details.microchip?.value
            pet.alerts = details.alerts
            try PetRules.saveVersioned(db, &pet, expectedVersion: expectedVersion, at: now, by: user.userID)
            try SearchIndex.refresh(db, clientID: pet.clientId)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change pet", recordType: "pet",
                                  recordID: id, clientID: pet.clientId, detail: PetRules.changes(from: before, to: pet) ?? "")
            return pet
        }
    }

    /// The owners a pet has moved between, newest first: shown on its history page.
    public func petMoves(petID: Int64) throws -> [PetMove] {
        try read { db in try PetMove.fetch(db, petID: petID) }
    }

    /// The pet, its weighings and its consultations, newest first.
    public func petHistory(id: Int64) throws -> (pet: Pet, weights: [PetWeight], consultations: [Consultation]) {
        try read { db in
            let pet = try db.fetchRecord(Pet.self, id: id).orThrow("pet")
            let weights = try db.fetchRecords(PetWeight.self, "SELECT * FROM pet_weight WHERE pet_id = ? ORDER BY weighed_on DESC",
                                              [id])
            let consultations = try db.fetchRecords(Consultation.self,
                                                    "SELECT * FROM consultation WHERE pet_id = ? ORDER BY seen_at DESC", [id])
            return (pet, weights, consultations)
        }
    }
}

enum PetRules {
    /// "species: Dog → Cat; microchip: (none) → 9410…": what an edit changed, for the audit trail.
    static func changes(from old: Pet, to new: Pet) -> String? {
        func shown(_ value: String?) -> String { value.flatMap { $0.isEmpty ? nil : $0 } ?? "(none)" }
        func birth(_ pet: Pet) -> String? {
            pet.dateOfBirth.map { DateOfBirth(date: $0, isApproximate: pet.birthApproximate).formatted }
        }
        let pairs: [(String, String?, String?)] = [
            ("name", old.name, new.name), ("species", old.species, new.species), ("breed", old.breed, new.breed),
            ("sex", old.sex.rawValue, new.sex.rawValue), ("neutered", old.neutered ? "yes" : "no", new.neutered ? "yes" : "no"),
            ("born", birth(old), birth(new)), ("colour", old.colour, new.colour),
            ("microchip", old.microchip, new.microchip), ("alerts", old.alerts, new.alerts),
        ]
        let changed = pairs.filter { shown($0.1) != shown($0.2) }.map { "\($0.0): \(shown($0.1)) → \(shown($0.2))" }
        return changed.isEmpty ? nil : changed.joined(separator: "; ")
    }

    static func checkMicrochipFree(_ db: any SQLConnection, _ chip: Microchip?, excluding petID: Int64?) throws {
        guard let chip else { return }
        if let other = try db.fetchRecord(Pet.self, "SELECT * FROM pet WHERE microchip = ? AND id <> ?",
                                          [chip.value, petID ?? -1]) {
            throw StoreError.invalid(ValidationError(field: "microchip",
                message: "microchip \(chip.value) is already registered to \(other.name) (pet \(other.id ?? 0))"))
        }
    }

    /// Writes the pet only if its version is still `expectedVersion`.
    static func saveVersioned(_ db: any SQLConnection, _ pet: inout Pet, expectedVersion: Int, at now: Date,
                              by userID: Int64) throws {
        let id = try pet.id.orThrow("pet")
        let current = try db.fetchValue(Int.self, "SELECT version FROM pet WHERE id = ?", [id])
        guard current == expectedVersion else {
            throw try OptimisticLock.conflict(db, table: "pet", id: id, record: "\(pet.name)'s record")
        }
        pet.version = expectedVersion + 1
        pet.updatedAt = now
        pet.updatedBy = userID
        try db.update(pet, id: id)
    }

}
