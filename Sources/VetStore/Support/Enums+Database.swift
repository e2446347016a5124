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
