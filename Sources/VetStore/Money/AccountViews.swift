import Foundation
import VetCore

/// One line of a client's statement: the entry and the balance after it.
public struct StatementLine: Sendable, Hashable {
    public var entry: LedgerEntry
    /// The invoices the entry concerns: the one it bills or reverses, or those it paid.
    public var invoiceNumbers: [String]
    /// What the client owes after this entry (negative when in credit).
    public var runningBalance: Pence

    /// The entry in words, each detail once, what it paid last: "Payment · Card · auth 4411 · paid INV-2025-00001".
    public var detail: String {
        let entry = self.entry
        let invoices = invoiceNumbers.joined(separator: ", ")
        let billed = invoices.isEmpty || (entry.kind.isCredit && entry.kind != .reversal) ? nil : invoices
        let paid = invoices.isEmpty || billed != nil ? nil : "paid \(invoices)"
        // Older entries carry the invoice number as their reference too; it is shown once.
        let reference = entry.reference.flatMap { invoiceNumbers.contains($0) ? nil : $0 }
        return ([entry.kind.displayName, billed, entry.method?.displayName, reference, entry.note, paid].compactMap { $0 })
            .joined(separator: " · ")
    }
}

/// An invoice with what is still to pay on it.
public struct InvoiceStanding: Sendable, Hashable {
    public var invoice: Invoice
    /// The total less everything allocated to it; zero for drafts and reversed invoices.
    public var outstanding: Pence

    /// Outstanding, part paid or paid; nil for a draft or a reversed invoice, which are not owed.
    public var paymentStatus: PaymentStatus? {
        invoice.status == .finalised ? PaymentStatus(total: invoice.gross, outstanding: outstanding) : nil
    }

    /// What has been paid (or credited) towards it.
    public var paid: Pence { invoice.status == .draft ? .zero : invoice.gross - outstanding }
}

/// A client's statement: every entry with the running balance, each invoice with what is
/// outstanding on it, the balance and the aged debt on the day it was read.
public struct AccountStatement: Sendable, Hashable {
    public var client: Client
    public var on: LocalDate
    public var lines: [StatementLine]
    public var invoices: [InvoiceStanding]
    public var balance: Pence
    public var aged: AgedDebt
}

/// A client who owes the practice, for the debtors list.
public struct Debtor: Sendable, Hashable {
    public var client: Client
    public var balance: Pence
    public var agedDebt: AgedDebt
}
