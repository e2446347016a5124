import Foundation
import VetSQL
import VetCore

/// A pet's death, its correction, and its transfer to a new owner. Each keeps the record: a
/// deceased pet stays on its owner's record (marked, never seen, reminded about or marketed
/// about again); a transferred pet's past stays with the old owner and both records show the move.
extension AppDatabase {
    /// Records that a pet died on `date` (see `PetLifeRules` for the date rules), with an optional cause.
    @discardableResult
    public func recordPetDeath(id: Int64, on date: LocalDate, cause: String?, expectedVersion: Int,
                               as user: StaffSession) throws -> Pet {
        let now = self.now
        let today = self.today
        let cause = try Self.checkedCause(cause)
        return try perform(.editPet, as: user) { db in
            var pet = try db.fetchRecord(Pet.self, id: id).orThrow("pet")
            try Self.checkVersion(db, pet, expectedVersion)
            if pet.status == .deceased {
                throw StoreError.refused("\(pet.name) is already recorded as died"
                    + (pet.diedOn.map { " on \($0.long)" } ?? "") + "; a practice manager can correct it")
            }
            guard pet.status == .active else {
                throw StoreError.refused("\(pet.name) is \(pet.status.displayName.lowercased()); only an active pet's death is recorded here")
            }
            let facts = try PetLifeFacts.fetch(db, pet)
            try Self.rule { () throws(ValidationError) in try PetLifeRules.checkDeath(on: date, facts: facts, today: today) }
            pet.status = .deceased
            pet.diedOn = date
            pet.deathCause = cause
            try PetRules.saveVersioned(db, &pet, expectedVersion: expectedVersion, at: now, by: user.userID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "record death", recordType: "pet",
                                  recordID: id, clientID: pet.clientId, detail: "died \(date.long)" + (cause.map { ": \($0)" } ?? ""))
            return pet
        }
    }

    /// A manager's correction of a death recorded in error (`date` nil: the pet is alive again)
    /// or on the wrong day. The reason and the old values go into the audit trail.
    @discardableResult
    public func correctPetDeath(id: Int64, diedOn date: LocalDate?, cause: String?, reason: String,
                                expectedVersion: Int, as user: StaffSession) throws -> Pet {
        let now = self.now
        let today = self.today
        let cause = try Self.checkedCause(cause)
        let reason = try Self.rule { () throws(ValidationError) in try TextRule.required(reason, field: "reason", maxLength: 200) }
        return try perform(.correctPetDeath, as: user) { db in
            var pet = try db.fetchRecord(Pet.self, id: id).orThrow("pet")
            try Self.checkVersion(db, pet, expectedVersion)
            guard pet.status == .deceased, let was = pet.diedOn else {
                throw StoreError.refused("\(pet.name) has no recorded death to correct")
            }
            if let date {
                let facts = try PetLifeFacts.fetch(db, pet)
                try Self.rule { () throws(ValidationError) in try PetLifeRules.checkDeath(on: date, facts: facts, today: today) }
            }
            let before = "died \(was.long)" + (pet.deathCause.map { ": \($0)" } ?? "")
            let after = date.map { "died \($0.long)" + (cause.map { ": \($0)" } ?? "") } ?? "alive (death recorded in error)"
            pet.status = date == nil ? .active : .deceased
            pet.diedOn = date
            pet.deathCause = date == nil ? nil : cause
            try PetRules.saveVersioned(db, &pet, expectedVersion: expectedVersion, at: now, by: user.userID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "correct death", recordType: "pet",
                                  recordID: id, clientID: pet.clientId, detail: "\(before) → \(after); reason: \(reason)")
            return pet
        }
    }

    /// Moves a pet to another client from `date`. Its past consultations, invoices and claims stay
    /// on the old owner's record and account (money never moves); both records show the move.
    @discardableResult
    public func transferPet(id: Int64, toClientID: Int64, on date: LocalDate, expectedVersion: Int,
                            as user: StaffSession) throws -> Pet {
        let now = self.now
        let today = self.today
        return try perform(.transferPet, as: user) { db in
            var pet = try db.fetchRecord(Pet.self, id: id).orThrow("pet")
            try Self.checkVersion(db, pet, expectedVersion)
            let target = try db.fetchRecord(Client.self, id: toClientID).orThrow("client")
            let previous = try db.fetchRecord(Client.self, id: pet.clientId).orThrow("client")
            guard pet.status == .active else {
                let when = pet.diedOn.map { " on \($0.long)" } ?? ""
                throw StoreError.refused(pet.status == .deceased ? "\(pet.name) died\(when); a deceased pet cannot be transferred"
                    : "\(pet.name) is \(pet.status.displayName.lowercased()); only an active pet can be transferred")
            }
            guard target.status == .active else {
                throw StoreError.invalid(ValidationError(field: "new owner", message: "new owner \(target.fullName) is "
                    + "\(target.status.rawValue); a pet can only move to an active client"))
            }
            guard pet.clientId != toClientID else {
                throw StoreError.invalid(ValidationError(field: "new owner",
                                                         message: "new owner: \(pet.name) already belongs to \(target.fullName)"))
            }
            let facts = try PetLifeFacts.fetch(db, pet)
            try Self.rule { () throws(ValidationError) in try PetLifeRules.checkTransfer(on: date, facts: facts, today: today) }
            try db.insert(PetOwnerChange(id: nil, petId: id, fromClientId: pet.clientId, toClientId: toClientID,
                                         changedAt: now, changedBy: user.userID, transferredOn: date))
            pet.clientId = toClientID
            try PetRules.saveVersioned(db, &pet, expectedVersion: expectedVersion, at: now, by: user.userID)
            try SearchIndex.refresh(db, clientID: previous.id ?? 0)
            try SearchIndex.refresh(db, clientID: toClientID)
            // One entry on each client's trail, so each record's history shows the move.
            try AuditTrail.record(db, at: now, userID: user.userID, action: "transfer pet out", recordType: "pet",
                                  recordID: id, clientID: previous.id,
                                  detail: "\(pet.name) to \(target.fullName) (client \(toClientID)) on \(date.long)")
            try AuditTrail.record(db, at: now, userID: user.userID, action: "transfer pet in", recordType: "pet",
                                  recordID: id, clientID: toClientID,
                                  detail: "\(pet.name) from \(previous.fullName) (client \(previous.id ?? 0)) on \(date.long)")
            return pet
        }
    }

    /// The pets a client owns now and those that moved to or from them, with each move.
    public func petMoves(clientID: Int64) throws -> [PetMove] {
        try read { db in try PetMove.fetch(db, clientID: clientID) }
    }

    private static func checkedCause(_ cause: String?) throws -> String? {
        try rule { () throws(ValidationError) in try TextRule.optional(cause, field: "cause of death", maxLength: 200) }
    }

    /// Runs a VetCore rule, turning its refusal into the store's field error.
    private static func rule<T>(_ body: () throws(ValidationError) -> T) throws -> T {
        do { return try body() } catch { throw StoreError.invalid(error) }
    }

    /// Refuses before any rule is checked when someone saved the pet since it was read, so a
    /// stale screen gets the conflict (who, when) rather than a rule about the old state.
    private static func checkVersion(_ db: any SQLConnection, _ pet: Pet, _ expectedVersion: Int) throws {
        guard pet.version == expectedVersion else {
            throw try OptimisticLock.conflict(db, table: "pet", id: pet.id ?? 0, record: "\(pet.name)'s record")
        }
    }
}

extension PetLifeFacts {
    /// The pet's birth, last consultation and the day it came to its current owner.
    static func fetch(_ db: any SQLConnection, _ pet: Pet) throws -> PetLifeFacts {
        let id = try pet.id.orThrow("pet")
        // Instants are stored as UTC text, so the latest one's first ten characters are its (UTC) day.
        let lastSeen = try db.fetchValue(String.self, "SELECT substr(MAX(seen_at), 1, 10) FROM consultation WHERE pet_id = ?",
                                         [id]).flatMap { LocalDate(storedISO: $0) }
        let came = try db.fetchValue(String.self, """
            SELECT transferred_on FROM pet_owner_change WHERE pet_id = ? ORDER BY id DESC LIMIT 1
            """, [id]).flatMap { LocalDate(storedISO: $0) }
        let birth = pet.dateOfBirth.map { DateOfBirth(date: $0, isApproximate: pet.birthApproximate) }
        return PetLifeFacts(name: pet.name, birth: birth, lastSeen: max(lastSeen, pet.lastSeenOn), cameToOwnerOn: came)
    }
}

private func max(_ a: LocalDate?, _ b: LocalDate?) -> LocalDate? {
    switch (a, b) {
    case (let a?, let b?): Swift.max(a, b)
    case (let a?, nil): a
    case (nil, let b): b
    }
}
