import Foundation
import Testing
@testable import VetCore

@Suite("Ledger, aged debt and record locks")
struct LedgerTests {
    @Test("entry signs on the client balance", arguments: [
        (LedgerEntryKind.invoice, 1), (.payment, -1), (.refund, 1), (.creditNote, -1), (.writeOff, -1), (.reversal, -1),
    ])
    func signs(kind: LedgerEntryKind, sign: Int) {
        #expect(kind.balanceSign == sign)
        #expect(kind.signed(Pence(500)) == Pence(500 * sign))
    }

    @Test func balance() {
        let owing = Balance(entries: [(.invoice, 10_000), (.payment, 4_000), (.creditNote, 1_000)])
        #expect(owing.owed == Pence(5_000))
        #expect(owing.isInDebt)
        #expect(owing.formatted == "£50.00 owed")
        let credit = Balance(entries: [(.invoice, 1_000), (.payment, 1_500)])
        #expect(credit.isInCredit)
        #expect(credit.formatted == "£5.00 in credit")
        #expect(Balance(entries: [(.invoice, 1_000), (.reversal, 1_000)]).formatted == "settled")
        #expect(Balance(entries: [(.invoice, 1_000), (.payment, 1_000), (.refund, 200)]).owed == Pence(200))
    }

    static let today = LocalDate(year: 2026, month: 6, day: 30) ?? LocalDate(daysSinceEpoch: 0)
    static func daysAgo(_ days: Int) -> LocalDate { today.adding(days: -days) }

    @Test func agedDebtBuckets() {
        let aged = AgedDebt.compute(open: [
            (Self.daysAgo(0), 100), (Self.daysAgo(30), 200), (Self.daysAgo(31), 300), (Self.daysAgo(60), 400),
            (Self.daysAgo(61), 500), (Self.daysAgo(90), 600), (Self.daysAgo(91), 700), (Self.today.adding(days: 3), 800),
        ], credit: .zero, today: Self.today)
        #expect(aged.current == Pence(1_100))
        #expect(aged.days31to60 == Pence(700))
        #expect(aged.days61to90 == Pence(1_100))
        #expect(aged.over90 == Pence(700))
        #expect(aged.unallocatedCredit == .zero)
        #expect(aged.totalOwed == Pence(3_600))
    }

    @Test("each invoice's outstanding amount stays in the bucket of its own date")
    func bucketsFollowAllocation() {
        // A new £68.40 invoice paid in full leaves the old debt where it was: the payment paid the new one.
        let aged = AgedDebt.compute(open: [(Self.daysAgo(100), 19_740), (Self.daysAgo(1), 0)], credit: .zero,
                                    today: Self.today)
        #expect(aged.over90 == Pence(19_740))
        #expect(aged.current == .zero)
        #expect(aged.balance == Pence(19_740))
    }

    @Test func creditIsUnallocated() {
        let aged = AgedDebt.compute(open: [(Self.daysAgo(70), 0)], credit: 500, today: Self.today)
        #expect(aged.totalOwed == .zero)
        #expect(aged.unallocatedCredit == Pence(500))
        #expect(aged.balance == Pence(-500))
    }

    @Test("payment status from what is outstanding", arguments: [
        (6_880, 6_880, PaymentStatus.outstanding), (6_880, 1_880, .partPaid), (6_880, 0, .paid), (0, 0, .paid),
    ])
    func paymentStatus(total: Int, outstanding: Int, status: PaymentStatus) {
        #expect(PaymentStatus(total: Pence(total), outstanding: Pence(outstanding)) == status)
    }

    @Test func allocationPaysChosenThenOldest() {
        let charges = [OpenCharge(id: 1, date: Self.daysAgo(10), outstanding: 3_000),
                       OpenCharge(id: 2, date: Self.daysAgo(100), outstanding: 5_000),
                       OpenCharge(id: 3, date: Self.daysAgo(45), outstanding: 2_000)]
        #expect(Allocation.order(charges).map(\.id) == [2, 3, 1])
        #expect(Allocation.order(charges, chosen: [1]).map(\.id) == [1, 2, 3])
        let plan = Allocation.plan(Pence(6_000), over: Allocation.order(charges, chosen: [1]))
        #expect(plan.parts.map(\.id) == [1, 2])
        #expect(plan.parts.map(\.amount) == [Pence(3_000), Pence(3_000)])
        #expect(plan.left == .zero)
        #expect(Allocation.plan(Pence(11_000), over: charges).left == Pence(1_000))
    }

    @Test func chequeIsAMethod() throws {
        #expect(try PaymentMethod.parse("cheque") == .cheque)
        #expect(try PaymentMethod.parse("Cheque") == .cheque)
    }

    @Test("consultation locks after the practice's period", arguments: [
        (0.0, false), (23.99, false), (24.0, true), (30.0, true), (-1.0, false),
    ])
    func lock(hoursLater: Double, locked: Bool) {
        let created = Date(timeIntervalSince1970: 1_750_000_000)
        let now = created.addingTimeInterval(hoursLater * 3_600)
        #expect(ConsultationLock.isLocked(createdAt: created, now: now, lockPeriodHours: 24) == locked)
    }

    @Test func zeroPeriodLocksAtOnce() {
        let created = Date(timeIntervalSince1970: 1_750_000_000)
        #expect(ConsultationLock.isLocked(createdAt: created, now: created, lockPeriodHours: 0))
        #expect(ConsultationLock.lockTime(createdAt: created, lockPeriodHours: 48) == created.addingTimeInterval(172_800))
    }
}
