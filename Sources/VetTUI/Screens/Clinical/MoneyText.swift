import Foundation
import VetCore
import VetStore

/// How money, VAT, weights and statuses read on the clinical and money screens.
enum MoneyText {
    /// "2 × £12.50 + 20% VAT = £30.00".
    static func line(quantity: Int, unitPrice: Pence, vatRate: VATRate) -> String {
        let value = InvoiceLineValue(description: "", quantity: quantity, unitPrice: unitPrice, vatRate: vatRate)
        return "\(quantity) × \(unitPrice.formatted) + \(vatRate.formatted) VAT = \(value.gross.formatted)"
    }

    /// "INV-2026-00001", or "Draft invoice" before it has a number.
    static func invoiceName(_ invoice: Invoice) -> String {
        invoice.number ?? "Draft invoice"
    }

    static func status(_ invoice: Invoice) -> String {
        switch invoice.status {
        case .draft: "Draft"
        case .finalised: "Finalised"
        case .reversed: "Reversed"
        }
    }

    /// Draft or reversed, or for a finalised invoice whether it is outstanding, part paid or paid.
    static func status(_ standing: InvoiceStanding) -> String {
        standing.paymentStatus?.displayName ?? status(standing.invoice)
    }

    /// A typed amount, or the field's message.
    static func amount(_ text: String?, field: String) -> Result<Pence, ValidationError> {
        do { return .success(try Pence(parsing: text ?? "", field: field)) } catch { return .failure(error) }
    }

    /// A typed date, or the field's message.
    static func date(_ text: String?, field: String) -> Result<LocalDate, ValidationError> {
        let typed = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard let date = LocalDate(iso: typed) else {
            return .failure(LocalDate.refusal(of: typed, field: field))
        }
        return .success(date)
    }

    /// Blank text as nil.
    static func optional(_ text: String?) -> String? {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
