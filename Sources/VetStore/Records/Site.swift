import Foundation
import GRDB
import VetCore

/// One site of the practice (a branch): its terminals work there, and its consultations,
/// invoices and takings carry it. Clients, pets, consent and requests belong to the group.
public struct Site: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "site"
    public var id: Int64?
    public var name: String
    public var address: String
    public var phone: String
    /// A closed site keeps its history but no terminal can work there.
    public var active: Bool
    public var createdAt: Date
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var details: SiteDetails { SiteDetails(name: name, address: address, phone: phone) }

    /// Whether `typed` names this site, as `--site` or a command's argument gives it: case and
    /// surrounding space do not matter, as names are unique ignoring case.
    public func isNamed(_ typed: String) -> Bool {
        name.lowercased() == typed.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
