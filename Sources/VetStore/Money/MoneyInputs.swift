import Foundation
import VetCore

/// Whether a price-list entry is a service (consultation, procedure) or a medicine dispensed.
public enum PriceItemKind: String, Choice {
    case service, medicine

    public var displayName: String { rawValue.capitalized }
    public static var fieldName: String { "item kind" }
}

/// A price-list entry as typed: the code picked by typing, its name, price and VAT rate.
public struct PriceItemDetails: Hashable, Sendable {
    public var code: String
    public var name: String
    public var kind: PriceItemKind
    public var unitPrice: Pence
    public var vatRate: VATRate
    /// The class of a medicine, for allergy alerts; nil for services and unclassed medicines.
    public var drugClass: DrugClass?

    public init(code: String, name: String, kind: PriceItemKind, unitPrice: Pence, vatRate: VATRate,
                drugClass: DrugClass? = nil) {
        self.drugClass = drugClass
        self.code = code
        self.name = name
        self.kind = kind
        self.unitPrice = unitPrice
        self.vatRate = vatRate
    }

    /// The details trimmed, the code upper-cased, every bad field reported at once.
    func validated() throws(StoreError) -> PriceItemDetails {
        var check = Validator()
        let code = self.code.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")
        if code.isEmpty || code.count > 20 || !code.allSatisfy(allowed.contains) {
            check.add(ValidationError(field: "code",
                                      message: "code '\(self.code)' must be 1 to 20 letters, digits or dashes"))
        }
        let name = check.check { () throws(ValidationError) in try TextRule.required(self.name, field: "name", maxLength: 100) }
        if unitPrice.isNegative {
            check.add(ValidationError(field: "unit price", message: "unit price \(unitPrice.formatted) must not be negative"))
        } else if unitPrice > Pence.maxTyped {
            check.add(ValidationError(field: "unit price",
                                      message: "unit price is more than the limit of \(Pence.maxTyped.formatted)"))
        }
        if !(0...10_000).contains(vatRate.basisPoints) {
            check.add(ValidationError(field: "VAT rate", message: "VAT rate must be between 0% and 100%"))
        }
        if let drugClass, kind != .medicine {
            check.add(ValidationError(field: "drug class", message: "drug class \(drugClass.displayName) is only for medicines; "
                                      + "make the kind medicine or leave the class empty"))
        }
        do { try check.finish() } catch { throw .invalid(error) }
        return PriceItemDetails(code: code, name: name ?? "", kind: kind, unitPrice: unitPrice, vatRate: vatRate,
                                drugClass: drugClass)
    }
}

/// One line to put on an invoice: the priced value, and the pet it was for (so that an
/// insurance claim can be built from it) with the date of treatment.
public struct ChargeLine: Hashable, Sendable {
    public var petID: Int64?
    public var value: InvoiceLineValue
    public var treatedOn: LocalDate?
    /// The consultation treatment this line bills. Kept when a draft is edited, so that a
    /// later correction of the note re-bills the right lines.
    public var treatmentLineID: Int64?
    /// The price-list item picked, so the pet's allergy alerts can be checked against it.
    public var priceItemID: Int64?
    /// Why the item is given although it matches one of the pet's allergy alerts.
    public var allergyReason: String?

    public init(petID: Int64? = nil, value: InvoiceLineValue, treatedOn: LocalDate? = nil, treatmentLineID: Int64? = nil,
                priceItemID: Int64? = nil, allergyReason: String? = nil) {
        self.petID = petID
        self.value = value
        self.treatedOn = treatedOn
        self.treatmentLineID = treatmentLineID
        self.priceItemID = priceItemID
        self.allergyReason = allergyReason
    }
}

/// Who the insurer pays: the practice (the claim settles the client's invoice) or the client.
public enum ClaimPayee: String, Choice {
    case vet, client

    public var displayName: String { self == .vet ? "Pay the practice" : "Pay the client" }
    public static var fieldName: String { "pay to" }
}
