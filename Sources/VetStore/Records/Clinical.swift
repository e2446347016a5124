import Foundation
import GRDB
import VetCore

/// A service or medicine the practice charges for.
public struct PriceItem: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "price_item"
    public var id: Int64?
    public var code: String
    public var name: String
    public var kind: String
    public var unitPricePence: Int
    public var vatBasisPoints: Int
    public var active: Bool
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?
    /// The class a medicine belongs to, so that an allergy to the class catches it.
    public var drugClass: DrugClass?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var unitPrice: Pence { Pence(unitPricePence) }
    public var vatRate: VATRate { VATRate(basisPoints: vatBasisPoints) }
    public var itemKind: PriceItemKind { PriceItemKind(rawValue: kind) ?? .service }

    /// What the allergy check needs to know about the item.
    public var allergyFacts: AllergyItemFacts {
        AllergyItemFacts(id: id, code: code, name: name, isMedicine: itemKind == .medicine, drugClass: drugClass)
    }
}

/// A price and VAT rate of an item from the day it took effect, so that a visit is charged the
/// price in force on its day and the list shows what changed when.
public struct PriceItemPrice: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "price_item_price"
    public var id: Int64?
    public var priceItemId: Int64
    public var effectiveFrom: LocalDate
    public var unitPricePence: Int
    public var vatBasisPoints: Int
    public var recordedAt: Date
    public var recordedBy: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var unitPrice: Pence { Pence(unitPricePence) }
    public var vatRate: VATRate { VATRate(basisPoints: vatBasisPoints) }
}

/// An allergy alert on a pet that names a class of drugs or one price-list item.
public struct PetAllergy: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "pet_allergy"
    public var id: Int64?
    public var petId: Int64
    public var drugClass: DrugClass?
    public var priceItemId: Int64?
    public var recordedAt: Date
    public var recordedBy: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One consultation note in SOAP form. Locked after the practice's period; then only addenda.
public struct Consultation: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "consultation"
    public var id: Int64?
    public var petId: Int64
    public var vetId: Int64
    public var seenAt: Date
    public var kind: ConsultationKind
    public var queueMinutes: Int?
    public var reason: String
    public var subjective: String?
    public var objective: String?
    public var assessment: String?
    public var plan: String?
    public var weightGrams: Int?
    public var followUpOn: LocalDate?
    public var createdAt: Date
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?
    /// The site it was seen at.
    public var siteId: Int64

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A treatment or medicine given during a consultation, priced at the time.
public struct TreatmentLineRecord: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "treatment_line"
    public var id: Int64?
    public var consultationId: Int64
    public var priceItemId: Int64?
    public var description: String
    public var dose: String?
    public var quantity: Int
    public var batch: String?
    public var unitPricePence: Int
    public var vatBasisPoints: Int
    /// Why the vet gave it although it matched one of the pet's allergy alerts.
    public var allergyReason: String? = nil

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A dated, signed correction to a locked consultation note.
public struct Addendum: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "consultation_addendum"
    public var id: Int64?
    public var consultationId: Int64
    public var authorId: Int64
    public var writtenAt: Date
    public var text: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A weighing, from a consultation or on its own.
public struct PetWeight: SnakeCaseRecord, Hashable {
    public static let databaseTableName = "pet_weight"
    public var id: Int64?
    public var petId: Int64
    public var weighedOn: LocalDate
    public var grams: Int
    public var consultationId: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
