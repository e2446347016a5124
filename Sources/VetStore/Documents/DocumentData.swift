import Foundation
import VetCore

/// Who a printed document comes from: the practice's name, address and VAT number.
public struct DocumentSender: Sendable, Hashable {
    public var name: String
    public var address: String
    /// Empty when the practice is not VAT-registered.
    public var vatNumber: String
}

/// Money allocated to an invoice: which entry paid it, when, how, and how much of it went here.
public struct InvoicePayment: Sendable, Hashable {
    public var entry: LedgerEntry
    public var amount: Pence
}

/// Everything a printed invoice or receipt shows, read in one transaction so that its figures
/// agree with the ledger: the lines, the invoice's stored totals, what was allocated to it and
/// what is still outstanding (from the same allocation query the account screen uses).
public struct InvoiceDocumentData: Sendable, Hashable {
    public var sender: DocumentSender
    public var client: Client
    public var standing: InvoiceStanding
    public var lines: [InvoiceLine]
    public var payments: [InvoicePayment]
    /// The pets the lines name, by id.
    public var petNames: [Int64: String]
    /// The client's balance on the whole account after everything recorded so far.
    public var accountBalance: Pence
    public var printedOn: LocalDate
}

/// Everything a printed statement shows: the account statement as `accountStatement` reads it.
public struct StatementDocumentData: Sendable, Hashable {
    public var sender: DocumentSender
    public var statement: AccountStatement
}
