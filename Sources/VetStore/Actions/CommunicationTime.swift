import Foundation
import VetCore

/// The rules for when a logged communication happened.
enum CommunicationTime {
    /// Terminals' clocks differ by a little; a time up to this far ahead is still "now".
    static let futureTolerance: TimeInterval = 5 * 60

    /// The instant to store for `typed` (now when nil), or a refusal naming the field "when".
    static func check(_ typed: LocalDateTime?, now: Date, clientCreated: Date, zone: TimeZone) throws -> Date {
        guard let typed else { return now }
        let when = typed.instant(in: zone)
        if when > now.addingTimeInterval(futureTolerance) {
            let current = LocalDateTime(instant: now, in: zone)
            throw StoreError.invalid(ValidationError(field: "when", message:
                "when '\(typed)' is in the future (it is now \(current)); log a communication once it has happened"))
        }
        let registered = LocalDate(instant: clientCreated, in: zone)
        if typed.date < registered {
            throw StoreError.invalid(ValidationError(field: "when", message:
                "when '\(typed)' is before the client was registered on \(registered.iso)"))
        }
        return when
    }
}
