/// A client's debt by age, for the aged-debt report and chasing.
///
/// Entries are signed amounts (positive = charges such as invoices and refunds, negative =
/// payments, credit notes, write-offs and reversals). Credits are allocated first in,
/// first out: every credit, whatever its date, pays off the oldest outstanding charge first.
/// What remains of each charge is placed in a bucket by its age in days on `today`:
/// 0–30 current, 31–60, 61–90, over 90. Charges dated after `today` count as current.
/// Credit left over once every charge is paid is `unallocatedCredit` (a positive amount).
public struct AgedDebt: Hashable, Sendable, Codable {
    public var current: Pence = .zero
    public var days31to60: Pence = .zero
    public var days61to90: Pence = .zero
    public var over90: Pence = .zero
    public var unallocatedCredit: Pence = .zero

    public init() {}

    /// Everything still owed, across all buckets.
    public var totalOwed: Pence { current + days31to60 + days61to90 + over90 }

    /// The client's balance: owed less any unallocated credit.
    public var balance: Pence { totalOwed - unallocatedCredit }

    public static func compute(entries: [(date: LocalDate, amount: Pence)], today: LocalDate) -> AgedDebt {
        // Stable sort so same-day charges are paid in the order given.
        let charges = entries.enumerated()
            .filter { $0.element.amount.value > 0 }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        var credit = -entries.filter { $0.amount.value < 0 }.map(\.amount).sum()
        var result = AgedDebt()
        for charge in charges {
            let paid = min(credit, charge.amount)
            credit -= paid
            let left = charge.amount - paid
            guard left.value > 0 else { continue }
            switch charge.date.days(until: today) {
            case ...30: result.current += left
            case 31...60: result.days31to60 += left
            case 61...90: result.days61to90 += left
            default: result.over90 += left
            }
        }
        result.unallocatedCredit = credit
        return result
    }
}
