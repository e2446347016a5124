import GRDB
import VetSQL
import VetCore

// Domain enums are stored by their raw values, which the schema's CHECK constraints list.
extension Role: DatabaseValueConvertible, SQLValueConvertible {}
extension PetSex: DatabaseValueConvertible, SQLValueConvertible {}
extension PetStatus: DatabaseValueConvertible, SQLValueConvertible {}
extension ClientStatus: DatabaseValueConvertible, SQLValueConvertible {}
extension PhoneLabel: DatabaseValueConvertible, SQLValueConvertible {}
extension ConsultationKind: DatabaseValueConvertible, SQLValueConvertible {}
extension ClaimStatus: DatabaseValueConvertible, SQLValueConvertible {}
extension ConsentChannel: DatabaseValueConvertible, SQLValueConvertible {}
extension ConsentPurpose: DatabaseValueConvertible, SQLValueConvertible {}
extension ConsentAction: DatabaseValueConvertible, SQLValueConvertible {}
extension ConsentBasis: DatabaseValueConvertible, SQLValueConvertible {}
extension ConsentSource: DatabaseValueConvertible, SQLValueConvertible {}
extension LedgerEntryKind: DatabaseValueConvertible, SQLValueConvertible {}
extension PaymentMethod: DatabaseValueConvertible, SQLValueConvertible {}
extension PracticeRegion: DatabaseValueConvertible, SQLValueConvertible {}
extension RequestChannel: DatabaseValueConvertible, SQLValueConvertible {}
extension RequestStatus: DatabaseValueConvertible, SQLValueConvertible {}
extension DrugClass: DatabaseValueConvertible, SQLValueConvertible {}
extension AppointmentKind: DatabaseValueConvertible, SQLValueConvertible {}
extension AppointmentState: DatabaseValueConvertible, SQLValueConvertible {}
extension QueueState: DatabaseValueConvertible, SQLValueConvertible {}

/// Diary times are stored as `YYYY-MM-DD HH:MM` text, so SQL compares and sorts them.
extension LocalDateTime: DatabaseValueConvertible, SQLValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> LocalDateTime? {
        String.fromDatabaseValue(dbValue).flatMap { LocalDateTime(stored: $0) }
    }
    public var sqlValue: SQLValue { .text(description) }
    public static func fromSQL(_ value: SQLValue) -> LocalDateTime? { String.fromSQL(value).flatMap { LocalDateTime(stored: $0) } }
}
