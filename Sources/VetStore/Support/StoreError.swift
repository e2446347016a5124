import Foundation
import VetCore

/// Everything a store action can refuse, each with one sentence a person at the desk can act on.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The acting user's role does not allow this action.
    case permissionDenied(String)
    /// Someone else saved the record since it was opened; nothing was overwritten.
    case conflict(Conflict)
    case notFound(String)
    case invalid(ValidationErrors)
    /// A business rule refused the action (illegal status move, locked note, debt outstanding …).
    case refused(String)
    /// The database file cannot be used as it is (missing, not a database, newer, read-only …).
    case database(String)

    public var description: String {
        switch self {
        case .permissionDenied(let message), .notFound(let message), .refused(let message), .database(let message):
            message
        case .conflict(let conflict): conflict.message
        case .invalid(let errors): errors.description
        }
    }

    public var errorDescription: String? { description }

    /// Wraps a single validation failure.
    public static func invalid(_ error: ValidationError) -> StoreError { .invalid(ValidationErrors([error])) }
}

/// Who changed a record, and when, since the person saving last read it.
public struct Conflict: Equatable, Sendable {
    public var record: String
    public var changedBy: String
    public var changedAt: Date

    public var message: String {
        let formatter = DateFormatter()
        formatter.dateFormat = "d MMM yyyy 'at' HH:mm"
        formatter.timeZone = TimeZone(identifier: "Europe/London")
        return "\(record) was changed by \(changedBy) on \(formatter.string(from: changedAt)) after you opened it; "
            + "your changes were not saved and are still on screen"
    }
}
