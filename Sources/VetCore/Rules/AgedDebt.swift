/// A client's debt by age, for the aged-debt report and chasing.
///
/// Built from what each charge still has outstanding after the payments, credit notes and
/// write-offs allocated to it: an invoice paid last week is not in any bucket, however old
/// other debts are. Each charge's outstanding amount is placed in a bucket by its age in days
/// on `today`: 0–30 current, 31–60, 61–90, over 90. Charges dated after `today` count as
/// current. Money received but not yet allocated to anything is `unallocatedCredit`.
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

    /// The buckets of `open` charges (each with its date and the amount still outstanding),
    /// with `credit` held unallocated. Nothing is moved between charges here: allocation has
    /// already decided which charge each payment paid.
    public static func compute(open: [(date: LocalDate, outstanding: Pence)], credit: Pence, today: LocalDate) -> AgedDebt {
        var result = AgedDebt()
        for charge in open where charge.outstanding.value > 0 {
            switch charge.date.days(until: today) {
            case ...30: result.current += charge.outstanding
            case 31...60: result.days31to60 += charge.outstanding
            case 61...90: result.days61to90 += charge.outstanding
            default: result.over90 += charge.outstanding
            }
        }
        result.unallocatedCredit = max(.zero, credit)
        return result
    }
}
