import GRDB
import VetCore

// Domain enums are stored by their raw values, which the schema's CHECK constraints list.
extension Role: DatabaseValueConvertible {}
extension PetSex: DatabaseValueConvertible {}
extension PetStatus: DatabaseValueConvertible {}
extension ClientStatus: DatabaseValueConvertible {}
extension PhoneLabel: DatabaseValueConvertible {}
extension ConsultationKind: DatabaseValueConvertible {}
extension ClaimStatus: DatabaseValueConvertible {}
extension ConsentChannel: DatabaseValueConvertible {}
extension ConsentPurpose: DatabaseValueConvertible {}
extension ConsentAction: DatabaseValueConvertible {}
extension ConsentBasis: DatabaseValueConvertible {}
extension ConsentSource: DatabaseValueConvertible {}
extension LedgerEntryKind: DatabaseValueConvertible {}
extension PaymentMethod: DatabaseValueConvertible {}
extension PracticeRegion: DatabaseValueConvertible {}
extension RequestChannel: DatabaseValueConvertible {}
extension RequestStatus: DatabaseValueConvertible {}
extension DrugClass: DatabaseValueConvertible {}
