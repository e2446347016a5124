import Foundation
import GRDB
import VetCore

/// Registering and editing pets, deaths, weighings and transfers to a new owner.
extension AppDatabase {
    @discardableResult
    public func registerPet(_ details: PetDetails, clientID: Int64, as user: StaffSession) throws -> Pet {
        let now = self.now
        return try perform(.registerPet, as: user) { db in
            let owner = try Client.fetchOne(db, key: clientID).orThrow("client")
            guard owner.status == .active else {
                throw StoreError.refused("\(owner.fullName) is \(owner.status.rawValue); a pet can only be registered to an active client")
            }
            try PetRules.checkMicrochipFree(db, details.microchip, excluding: nil)
            var pet = Pet(id: nil, clientId: clientID, name: details.name, species: details.species,
                          breed: details.breed, sex: details.sex, neutered: details.neutered,
                          dateOfBirth: details.dateOfBirth?.date, birthApproximate: details.dateOfBirth?.isApproximate ?? false,
                          colour: details.colour, microchip: details.microchip?.value, alerts: details.alerts,
                          status: .active, diedOn: nil, lastSeenOn: nil, createdAt: now, version: 1,
                          updatedAt: now, updatedBy: user.userID)
            try pet.insert(db)
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
            var pet = try Pet.fetchOne(db, key: id).orThrow("pet")
            try PetRules.checkMicrochipFree(db, details.microchip, excluding: id)
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
                                  recordID: id, clientID: pet.clientId)
            return pet
        }
    }

    /// Records a pet's death: the record stays, reminders stop.
    public func recordPetDeath(id: Int64, on date: LocalDate, expectedVersion: Int, as user: StaffSession) throws {
        let now = self.now
        let today = self.today
        guard date <= today else { throw StoreError.invalid(ValidationError(field: "date of death", message: "date of death \(date.iso) is in the future")) }
        try perform(.editPet, as: user) { db in
            var pet = try Pet.fetchOne(db, key: id).orThrow("pet")
            pet.status = .deceased
            pet.diedOn = date
            try PetRules.saveVersioned(db, &pet, expectedVersion: expectedVersion, at: now, by: user.userID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "record death", recordType: "pet",
                                  recordID: id, clientID: pet.clientId, detail: date.iso)
        }
    }

    /// Moves a pet to another client; its clinical history goes with it and the move is kept.
    public func transferPet(id: Int64, toClientID: Int64, as user: StaffSession) throws {
        let now = self.now
        try perform(.editPet, as: user) { db in
            var pet = try Pet.fetchOne(db, key: id).orThrow("pet")
            let target = try Client.fetchOne(db, key: toClientID).orThrow("client")
            guard target.status == .active else { throw StoreError.refused("a pet can only move to an active client") }
            guard pet.clientId != toClientID else { throw StoreError.refused("\(pet.name) already belongs to \(target.fullName)") }
            var change = PetOwnerChange(id: nil, petId: id, fromClientId: pet.clientId, toClientId: toClientID,
                                        changedAt: now, changedBy: user.userID)
            try change.insert(db)
            let previous = pet.clientId
            pet.clientId = toClientID
            try PetRules.saveVersioned(db, &pet, expectedVersion: pet.version, at: now, by: user.userID)
            try SearchIndex.refresh(db, clientID: previous)
            try SearchIndex.refresh(db, clientID: toClientID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "transfer pet", recordType: "pet",
                                  recordID: id, clientID: toClientID, detail: "from client \(previous)")
        }
    }

    /// The pet, its weighings and its consultations, newest first.
    public func petHistory(id: Int64) throws -> (pet: Pet, weights: [PetWeight], consultations: [Consultation]) {
        try read { db in
            let pet = try Pet.fetchOne(db, key: id).orThrow("pet")
            let weights = try PetWeight.filter(Column("pet_id") == id).order(Column("weighed_on").desc).fetchAll(db)
            let consultations = try Consultation.filter(Column("pet_id") == id).order(Column("seen_at").desc).fetchAll(db)
            return (pet, weights, consultations)
        }
    }
}

enum PetRules {
    static func checkMicrochipFree(_ db: Database, _ chip: Microchip?, excluding petID: Int64?) throws {
        guard let chip else { return }
        var request = Pet.filter(Column("microchip") == chip.value)
        if let petID { request = request.filter(Column("id") != petID) }
        if let other = try request.fetchOne(db) {
            throw StoreError.invalid(ValidationError(field: "microchip",
                message: "microchip \(chip.value) is already registered to \(other.name) (pet \(other.id ?? 0))"))
        }
    }

    /// Writes the pet only if its version is still `expectedVersion`.
    static func saveVersioned(_ db: Database, _ pet: inout Pet, expectedVersion: Int, at now: Date, by userID: Int64) throws {
        let id = try pet.id.orThrow("pet")
        let current = try Int.fetchOne(db, sql: "SELECT version FROM pet WHERE id = ?", arguments: [id])
        guard current == expectedVersion else {
            throw try OptimisticLock.conflict(db, table: "pet", id: id, record: "\(pet.name)'s record")
        }
        pet.version = expectedVersion + 1
        pet.updatedAt = now
        pet.updatedBy = userID
        try pet.update(db)
    }
}
