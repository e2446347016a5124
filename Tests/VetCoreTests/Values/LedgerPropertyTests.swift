import PropertyBased
import Testing
import VetCore

/// Invariants of allocation and aged debt over random accounts.
@Suite("Ledger: properties of allocation and aged debt")
struct LedgerPropertyTests {
    static let today = LocalDate(year: 2026, month: 6, day: 30) ?? LocalDate(daysSinceEpoch: 0)
    /// Charges as (days ago, outstanding pence), some dated after today.
    static let charges = zip(Gen.int(in: -5...400), Gen.int(in: 0...50_000)).array(of: 0...12)
    static let amounts = Gen.int(in: 0...300_000)

    static func open(_ raw: [(Int, Int)]) -> [OpenCharge<Int>] {
        raw.enumerated().map { OpenCharge(id: $0.offset, date: today.adding(days: -$0.element.0), outstanding: Pence($0.element.1)) }
    }

    @Test func agedBucketsSumToTheBalance() async {
        await propertyCheck(count: 300, input: Self.charges, Self.amounts) { raw, credit in
            let open = Self.open(raw)
            let aged = AgedDebt.compute(open: open.map { ($0.date, $0.outstanding) }, credit: Pence(credit), today: Self.today)
            #expect(aged.current + aged.days31to60 + aged.days61to90 + aged.over90 == open.map(\.outstanding).sum())
            #expect(aged.balance == open.map(\.outstanding).sum() - Pence(credit))
        }
    }

    @Test func allocationNeverExceedsTheMoneyOrAnyCharge() async {
        await propertyCheck(count: 300, input: Self.charges, Self.amounts, Gen.int(in: 0...12)) { raw, amount, pick in
            let open = Self.open(raw)
            let chosen = open.isEmpty ? [] : [pick % open.count]
            let plan = Allocation.plan(Pence(amount), over: Allocation.order(open, chosen: chosen))
            #expect(plan.parts.map(\.amount).sum() + plan.left == Pence(amount))
            #expect(plan.parts.allSatisfy { $0.amount.value > 0 })
            for part in plan.parts {
                let charge = open.first { $0.id == part.id }
                #expect(part.amount <= (charge?.outstanding ?? .zero))
            }
            // Left over only when every charge is paid in full.
            if plan.left.value > 0 {
                #expect(plan.parts.map(\.amount).sum() == open.map(\.outstanding).sum())
            }
            #expect(Set(plan.parts.map(\.id)).count == plan.parts.count)
        }
    }

    @Test func oldestIsPaidBeforeNewer() async {
        await propertyCheck(count: 300, input: Self.charges, Self.amounts) { raw, amount in
            let ordered = Allocation.order(Self.open(raw))
            #expect(zip(ordered, ordered.dropFirst()).allSatisfy { $0.date <= $1.date })
            let plan = Allocation.plan(Pence(amount), over: ordered)
            // Every charge older than the last one paid is paid in full.
            if let last = plan.parts.last, let index = ordered.firstIndex(where: { $0.id == last.id }) {
                for charge in ordered[..<index] where charge.outstanding.value > 0 {
                    #expect(plan.parts.first { $0.id == charge.id }?.amount == charge.outstanding)
                }
            }
        }
    }
}
