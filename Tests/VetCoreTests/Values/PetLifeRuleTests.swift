import Testing
import VetCore

/// The date rules for a pet's death and transfer, with no database: the practice's day is 10 Mar 2026.
@Suite("pet life date rules")
struct PetLifeRuleTests {
    private let today = LocalDate(year: 2026, month: 3, day: 10) ?? LocalDate(daysSinceEpoch: 0)

    private func date(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d) ?? today }

    private func refusal(_ body: () throws -> Void) -> ValidationError? {
        do { try body() } catch let error as ValidationError { return error } catch {
            return ValidationError(field: "unexpected", message: "\(error)")
        }
        return nil
    }

    @Test func anApproximateBirthdayRefusesOnlyAnEarlierYear() {
        let facts = PetLifeFacts(name: "Bao", birth: DateOfBirth(date: date(2019, 7, 1), isApproximate: true),
                                 lastSeen: nil, cameToOwnerOn: nil)
        #expect(refusal { try PetLifeRules.checkDeath(on: date(2019, 2, 1), facts: facts, today: today) } == nil)
        let early = refusal { try PetLifeRules.checkDeath(on: date(2018, 12, 31), facts: facts, today: today) }
        #expect(early?.field == "date of death")
        #expect(early?.message == "date of death 2018-12-31 is before Bao was born (~2019-07-01); a pet cannot have died before its birth")
    }

    @Test func theDayOfTheLastConsultationIsAllowedButNotTheDayBefore() {
        let facts = PetLifeFacts(name: "Rex", birth: nil, lastSeen: date(2026, 3, 1), cameToOwnerOn: date(2025, 1, 5))
        #expect(refusal { try PetLifeRules.checkDeath(on: date(2026, 3, 1), facts: facts, today: today) } == nil)
        #expect(refusal { try PetLifeRules.checkTransfer(on: date(2026, 3, 1), facts: facts, today: today) } == nil)
        #expect(refusal { try PetLifeRules.checkTransfer(on: date(2026, 2, 28), facts: facts, today: today) }?.field
                == "transfer date")
        let arrival = PetLifeFacts(name: "Rex", birth: nil, lastSeen: nil, cameToOwnerOn: date(2025, 1, 5))
        #expect(refusal { try PetLifeRules.checkTransfer(on: date(2025, 1, 4), facts: arrival, today: today) }?.message
                == "transfer date 2025-01-04 is before Rex came to the current owner on Sun 5 Jan 2025; use that day or later")
        #expect(refusal { try PetLifeRules.checkDeath(on: date(2026, 3, 11), facts: arrival, today: today) }?.message
                == "date of death 2026-03-11 is in the future; today is 2026-03-10")
    }
}
