import GRDB
import VetCore

// Domain enums are stored by their raw values, which the schema's CHECK constraints list.
extension Role: @retroactive DatabaseValueConvertible {}
extension PetSex: @retroactive DatabaseValueConvertible {}
extension PetStatus: @retroactive DatabaseValueConvertible {}
extension ClientStatus: @retroactive DatabaseValueConvertible {}
extension PhoneLabel: @retroactive DatabaseValueConvertible {}
extension ConsultationKind: @retroactive DatabaseValueConvertible {}
extension ClaimStatus: @retroactive DatabaseValueConvertible {}
extension ConsentChannel: @retroactive DatabaseValueConvertible {}
extension ConsentPurpose: @retroactive DatabaseValueConvertible {}
extension ConsentAction: @retroactive DatabaseValueConvertible {}
extension ConsentBasis: @retroactive DatabaseValueConvertible {}
extension ConsentSource: @retroactive DatabaseValueConvertible {}
extension LedgerEntryKind: @retroactive DatabaseValueConvertible {}
extension PaymentMethod: @retroactive DatabaseValueConvertible {}
extension PracticeRegion: @retroactive DatabaseValueConvertible {}
