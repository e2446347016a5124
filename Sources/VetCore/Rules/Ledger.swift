/// One priced line of an invoice. VAT is worked out and rounded per line, and the totals
/// are the sums of the lines, so a printed invoice always adds up.
///
/// `quantity` is a whole number of the item's pricing unit. Items dispensed in fractions
/// (2.5 ml, half a tablet) are priced per smallest unit (per 0.1 ml, per half tablet) in the
/// price list. A negative quantity is a credit line.
public struct InvoiceLineValue: Hashable, Sendable, Codable {
    public var description: String
    public var quantity: Int
    public var unitPrice: Pence
    public var vatRate: VATRate

    public init(description: String, quantity: Int, unitPrice: Pence, vatRate: VATRate) {
        self.description = description
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.vatRate = vatRate
    }

    /// Positional form: `InvoiceLineValue("Consultation", quantity: 1, unitPrice: 4250, vatRate: .standard)`.
    public init(_ description: String, quantity: Int, unitPrice: Pence, vatRate: VATRate) {
        self.init(description: description, quantity: quantity, unitPrice: unitPrice, vatRate: vatRate)
    }

    /// The longest line description accepted.
    public static let maxDescriptionLength = 200
    /// The largest quantity accepted on one line.
    public static let maxQuantity = 100_000

    /// A line checked for what a person can type: a description, a quantity from 1 to
    /// 100,000 and a price that is not negative.
    public static func validated(description: String, quantity: Int, unitPrice: Pence,
                                 vatRate: VATRate) throws(ValidationError) -> InvoiceLineValue {
        let text = try TextRule.required(description, field: "description", maxLength: maxDescriptionLength)
        guard (1...maxQuantity).contains(quantity) else {
            throw ValidationError(field: "quantity",
                                  message: "quantity \(quantity) must be between 1 and \(ValueText.grouped(maxQuantity))")
        }
        guard unitPrice.value >= 0 else {
            throw ValidationError(field: "unit price", message: "unit price \(unitPrice.formatted) must not be negative")
        }
        guard unitPrice.value <= Pence.maxTyped.value / quantity else {
            throw ValidationError(field: "unit price",
                                  message: "unit price \(unitPrice.formatted) × \(quantity) is more than the limit of \(Pence.maxTyped.formatted)")
        }
        return InvoiceLineValue(description: text, quantity: quantity, unitPrice: unitPrice, vatRate: vatRate)
    }

    public var net: Pence { unitPrice * quantity }
    public var vat: Pence { vatRate.vat(on: net) }
    public var gross: Pence { net + vat }
}

/// An invoice's totals: the sums of its lines' net, VAT and gross.
public struct InvoiceTotals: Hashable, Sendable, Codable {
    public let net: Pence
    public let vat: Pence
    public let gross: Pence

    public init(lines: [InvoiceLineValue]) {
        net = lines.map(\.net).sum()
        vat = lines.map(\.vat).sum()
        gross = net + vat
    }

    /// VAT per rate, for the VAT summary printed under the lines.
    public static func vatByRate(_ lines: [InvoiceLineValue]) -> [VATRate: Pence] {
        lines.reduce(into: [:]) { totals, line in totals[line.vatRate, default: .zero] += line.vat }
    }
}

/// The kinds of entry on a client's account. Amounts are stored positive; `balanceSign`
/// says which way each moves the balance (positive = the client owes the practice).
public enum LedgerEntryKind: String, Choice {
    case invoice, payment, refund, creditNote, writeOff, reversal

    public var displayName: String {
        switch self {
        case .invoice: "Invoice"
        case .payment: "Payment"
        case .refund: "Refund"
        case .creditNote: "Credit note"
        case .writeOff: "Write-off"
        case .reversal: "Reversal"
        }
    }

    public static var fieldName: String { "entry kind" }

    /// +1 for what the client owes more (invoice, refund paid out to them); −1 for what
    /// reduces it (payment, credit note, write-off, reversal of an invoice).
    public var balanceSign: Int {
        switch self {
        case .invoice, .refund: 1
        case .payment, .creditNote, .writeOff, .reversal: -1
        }
    }

    /// `amount` (positive) with this kind's sign applied.
    public func signed(_ amount: Pence) -> Pence { amount * balanceSign }

    /// Money in the client's favour, which is allocated to invoices and refunds.
    public var isCredit: Bool { balanceSign < 0 }
}

/// How a client paid.
public enum PaymentMethod: String, Choice {
    case cash, card, bankTransfer, insurer, cheque

    public var displayName: String {
        switch self {
        case .cash: "Cash"
        case .card: "Card"
        case .bankTransfer: "Bank transfer"
        case .insurer: "Insurer"
        case .cheque: "Cheque"
        }
    }

    public static var fieldName: String { "payment method" }
}

/// A client's balance. Positive means the client owes the practice; negative means the
/// practice holds the client's money (in credit).
public struct Balance: Hashable, Sendable, Codable, CustomStringConvertible {
    public let owed: Pence

    public init(owed: Pence) { self.owed = owed }

    /// The balance of ledger entries given as kind and positive amount.
    public init(entries: [(kind: LedgerEntryKind, amount: Pence)]) {
        owed = entries.map { $0.kind.signed($0.amount) }.sum()
    }

    public var isInDebt: Bool { owed.value > 0 }
    public var isInCredit: Bool { owed.value < 0 }

    /// "£12.00 owed", "£5.00 in credit" or "settled".
    public var formatted: String {
        if isInDebt { return "\(owed.formatted) owed" }
        if isInCredit { return "\((-owed).formatted) in credit" }
        return "settled"
    }

    public var description: String { formatted }
}
