import VetSQL
import VetCore

/// How one claim goes, decided before its invoice is paid so the ledger matches the outcome.
struct DemoClaimPlan {
    var status: ClaimStatus
    var payTo: String
    var excess: Int
    var partPercent: Int
    var submittedOn: LocalDate
    var decidedOn: LocalDate
    var reference: String
    var askedForMore: Bool

    /// What the insurer paid: all of the claim, part of it, or nothing; nil while undecided.
    func settled(gross: Int) -> Int? {
        let claimed = max(0, gross - excess)
        switch status {
        case .paid: return claimed
        case .partPaid: return claimed * partPercent / 100
        case .declined: return 0
        case .draft, .submitted, .moreInfoRequested, .withdrawn: return nil
        }
    }
}

/// A pet's policy (about a quarter of dogs and cats are insured) and the one visit claimed for.
struct DemoInsurancePlan {
    let context: DemoContext
    var policyID: Int64?
    var insurer: (id: Int64, name: String)?
    var claimVisit: LocalDate?
    var plan: DemoClaimPlan?

    static let paperLocations = ["Claims cabinet B, %Y folder", "Claims cabinet A, drawer 2", "Archive box 14 (%Y)",
                                 "Front office lever-arch file, %Y claims"]

    init(context: DemoContext, petID: Int64, pet: DemoPetMaker, with writer: inout DemoWriter,
         random: inout DemoRandom, counters: inout DemoCounters) throws {
        self.context = context
        let insurable = pet.species.name == "Dog" || pet.species.name == "Cat"
        guard insurable, random.chance(0.28), let lastVisit = pet.visits.last else { return }
        let insurer = random.pick(context.insurers)
        let starts = min(pet.firstSeen.adding(days: random.int(0...365)), lastVisit)
        let ends = pet.diedOn ?? (random.chance(0.15) ? min(starts.adding(days: 364), context.today) : nil)
        let excess = random.pick([0, 5_000, 9_900, 12_500, 15_000])
        counters.policies += 1
        let number = "\(insurer.name.prefix(2).uppercased())\(String(counters.policies).leftPadded(to: 8))"
        policyID = try writer.insert(.policy, [petID, insurer.id, number, starts, ends, excess, 1,
                                               DemoInstant(starts, minuteOfDay: 600).text,
                                               context.receptionists(at: pet.client.homeSiteID).first])
        self.insurer = insurer
        let covered = pet.visits.filter { $0 >= starts && $0 <= (ends ?? context.today) }
        guard let day = covered.last, random.chance(0.55) else { return }
        claimVisit = day
        let today = context.today
        let submitted = min(day.adding(days: random.int(2...21)), today)
        plan = DemoClaimPlan(status: counters.nextClaimStatus(), payTo: random.chance(0.6) ? "vet" : "client",
                             excess: excess, partPercent: random.int(50...90), submittedOn: submitted,
                             decidedOn: min(submitted.adding(days: random.int(7...45)), today),
                             reference: "CLM\(random.int(1_000_000...9_999_999))", askedForMore: random.chance(0.3))
    }

    /// The claim for the visit on `day`, once.
    mutating func claim(for day: LocalDate) -> DemoClaimPlan? {
        guard day == claimVisit, let plan else { return nil }
        claimVisit = nil
        return plan
    }
}
