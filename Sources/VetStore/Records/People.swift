import Foundation
import GRDB
import VetCore

/// A pet owner as stored. Contact details are changed only through `AppDatabase.updateClient`,
/// which keeps the old and new values.
public struct Client: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "client"
    public var id: Int64?
    public var title: String?
    public var firstName: String
    public var lastName: String
    public var addressLine1: String
    public var addressLine2: String?
    public var town: String
    public var postcode: String
    public var email: String?
    public var notes: String?
    public var status: ClientStatus
    /// Processing restricted under a data-protection request: no marketing, reminders, sharing or edits.
    public var restricted: Bool
    /// Objected to direct marketing: never on a marketing list again.
    public var objectsToMarketing: Bool
    public var createdAt: Date
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var fullName: String {
        [title, firstName, lastName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// "Smith, Zoë": the sortable form used in lists.
    public var listName: String { "\(lastName), \(firstName)" }
}

/// One labelled phone number of a client, stored with its national digits for searching.
public struct ClientPhone: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "client_phone"
    public var id: Int64?
    public var clientId: Int64
    public var position: Int
    public var label: PhoneLabel
    public var digits: String
    public var display: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// The old and new value of one contact field, with who changed it and when.
public struct ClientChange: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "client_change"
    public var id: Int64?
    public var clientId: Int64
    public var field: String
    public var oldValue: String
    public var newValue: String
    public var changedAt: Date
    public var changedBy: Int64
    public var reason: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A patient. Owned by one client; a transfer keeps its history.
public struct Pet: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "pet"
    public var id: Int64?
    public var clientId: Int64
    public var name: String
    public var species: String
    public var breed: String?
    public var sex: PetSex
    public var neutered: Bool
    public var dateOfBirth: LocalDate?
    public var birthApproximate: Bool
    public var colour: String?
    public var microchip: String?
    public var alerts: String?
    public var status: PetStatus
    public var diedOn: LocalDate?
    /// What the pet died of, when the owner or vet said.
    public var deathCause: String?
    /// The last consultation date: clinical retention counts from here.
    public var lastSeenOn: LocalDate?
    public var createdAt: Date
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A pet moving from one owner to another.
public struct PetOwnerChange: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "pet_owner_change"
    public var id: Int64?
    public var petId: Int64
    public var fromClientId: Int64
    public var toClientId: Int64
    /// When the move was recorded: consultations logged before it stay with the old owner.
    public var changedAt: Date
    public var changedBy: Int64
    /// The day the pet changed hands, as shown on both owners' records.
    public var transferredOn: LocalDate?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A member of staff who can log in.
public struct StaffUser: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "staff_user"
    public var id: Int64?
    public var username: String
    public var displayName: String
    public var role: Role
    public var passwordHash: String
    public var active: Bool
    public var createdAt: Date
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?
    /// Set when a manager issued a one-time password: the login must choose its own before doing anything.
    public var mustChangePassword: Bool = false

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
