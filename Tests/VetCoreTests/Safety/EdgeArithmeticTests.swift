import PropertyBased
import Testing
@testable import VetCore

/// Dates and money at the edges of what they can hold: arithmetic stops at the edge or gives
/// the exact answer, and never traps.
@Suite("Arithmetic at the edges")
struct EdgeArithmeticTests {
    @Test func decemberNineNineNineNineIsRefusedNotACrash() throws {
        #expect(throws: ValidationError(field: "fee paid", message: "fee paid '9999-12-31' must be in the years 1900 to 2199")) {
            try LocalDate(parsing: "9999-12-31", field: "fee paid")
        }
        #expect(throws: ValidationError(field: "date", message: "date '0000-01-01' must be in the years 1900 to 2199")) {
            try LocalDate(parsing: "0000-01-01")
        }
        #expect(throws: ValidationError(field: "date", message: "date '2026-02-30' is not a date; use YYYY-MM-DD, such as 2026-03-31")) {
            try LocalDate(parsing: "2026-02-30")
        }
        #expect(LocalDate.refusal(of: "9999-12-31", field: "date").message == "date '9999-12-31' must be in the years 1900 to 2199")
        #expect(LocalDate.refusal(of: "31/12/2026", field: "date").message
                == "date '31/12/2026' is not a date; use YYYY-MM-DD, such as 2026-03-31")
        #expect(LocalDate(iso: "9999-12-31") == nil)
        #expect(LocalDate(iso: "2199-12-31") != nil)
        #expect(LocalDate(storedISO: "2200-03-31") != nil)
        let last = try #require(LocalDate(year: 9999, month: 12, day: 31))
        #expect(last.adding(months: 1) == last)
        #expect(last.adding(days: 1) == last)
        #expect(last.adding(days: Int.max) == last)
        let first = try #require(LocalDate(year: 1, month: 1, day: 1))
        #expect(first.adding(months: Int.min) == first)
        #expect(first.adding(days: -1) == first)
    }

    @Test func dateArithmeticNeverTraps() async {
        let anyDay = Gen.int(in: -800_000...3_000_000).map { LocalDate(daysSinceEpoch: $0) }
        let steps = Gen<Int>.oneOf(Gen.int(in: -100_000...100_000), Gen.int())
        await propertyCheck(count: 2_000, input: anyDay, steps, Gen.int()) { date, step, huge in
            for result in [date.adding(months: step), date.adding(days: step), date.adding(months: huge),
                           date.adding(days: huge), LocalDate(daysSinceEpoch: huge)] {
                #expect(LocalDate.representableYears.contains(result.year))
                #expect(LocalDate(storedISO: result.iso) == result)
                _ = result.long
            }
            _ = date.days(until: LocalDate(daysSinceEpoch: huge))
        }
    }

    @Test func deadlinesAtTheEdgesOfTheEnteredYearsNeverTrap() async throws {
        let lastTyped = try #require(LocalDate(year: 2199, month: 12, day: 31))
        let firstTyped = try #require(LocalDate(year: 1900, month: 1, day: 1))
        let edgeDays = Gen.int(in: 0...120)
        await propertyCheck(count: 200, input: Gen<PracticeRegion>.case, edgeDays, Gen.bool, Gen.bool) {
            region, back, extended, fromStart in
            let received = fromStart ? firstTyped.adding(days: back) : lastTyped.adding(days: -back)
            let pause = ClarificationPause(asked: received.adding(days: back / 2))
            let input = RequestClockInput(received: received, region: region, feeAsked: received, feePaid: lastTyped,
                                          pauses: [pause], extended: extended)
            do throws(ValidationErrors) {
                let result = try DeadlineEngine.deadline(for: input, asOf: lastTyped)
                #expect(result.due >= received)
            } catch {
                for refusal in error.errors { #expect(!refusal.message.isEmpty) }
            }
        }
    }

    @Test func moneyArithmeticSaturatesInsteadOfTrapping() async {
        await propertyCheck(count: 2_000, input: Gen.int(), Gen.int(), Gen.int()) { a, b, points in
            let sum = Pence(a) + Pence(b)
            let difference = Pence(a) - Pence(b)
            let product = Pence(a) * b
            _ = -Pence(a)
            _ = VATRate(basisPoints: points).vat(on: Pence(a))
            if case (let exact, false) = a.addingReportingOverflow(b) { #expect(sum.value == exact) }
            if case (let exact, false) = a.subtractingReportingOverflow(b) { #expect(difference.value == exact) }
            if case (let exact, false) = a.multipliedReportingOverflow(by: b) { #expect(product.value == exact) }
            _ = Pence(a).formatted
            _ = Pence(a).plain
        }
    }

    @Test func vatOnLargeAmountsIsExactWhereItUsedToOverflow() {
        let net = Pence(99_999_999_999 * 10_000)
        #expect(VATRate.standard.vat(on: net) == Pence(99_999_999_999 * 2_000))
        #expect(VATRate(basisPoints: 1_750).vat(on: Pence(1_001)) == Pence(175))
        #expect(VATRate(basisPoints: 1_750).vat(on: Pence(-1_001)) == Pence(-175))
    }
}
