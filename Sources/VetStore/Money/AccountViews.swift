import Foundation
import VetCore

/// One line of a client's statement: the entry and the balance after it.
public struct StatementLine: Sendable, Hashable {
    public var entry: LedgerEntry
    /// The number of the invoice the entry concerns, when there is one.
    public var invoiceNumber: String?
    /// What the client owes after this entry (negative when in credit).
    public var runningBalance: Pence
}

/// A client who owes the practice, for the debtors list.
public struct Debtor: Sendable, Hashable {
    public var client: Client
    public var balance: Pence
    public var agedDebt: AgedDebt
}
