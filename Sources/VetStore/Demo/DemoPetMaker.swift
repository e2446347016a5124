import VetSQL
import VetCore

/// Writes one pet with its history: consultations by the practice's vets with SOAP notes,
/// treatments, weights, invoices and payments, and insurance with a claim.
struct DemoPetMaker {
    let context: DemoContext
    let client: DemoClientProfile
    let clientID: Int64
    var random: DemoRandom
    /// Where visits happen and are paid, drawn apart from `random` so a one-site demo is the same.
    var siteRandom: DemoRandom
    let name: String
    let species: DemoAnimals.Species
    let birth: LocalDate
    let birthApproximate: Bool
    let firstSeen: LocalDate
    let diedOn: LocalDate?
    let visits: [LocalDate]
    /// The last visit is the pet's euthanasia.
    let farewell: Bool
    let microchip: String?
    let adultGrams: Int
    /// The pet's alert, once written: the demo's vets never give a drug the alert warns against.
    var alerts: String?

    init(context: DemoContext, client: DemoClientProfile, clientID: Int64, serial: Int, random seed: UInt64) {
        self.context = context
        self.client = client
        self.clientID = clientID
        var random = DemoRandom(seed: seed)
        siteRandom = DemoContext.siteRandom(petSeed: seed)
        name = random.pick(DemoAnimals.names)
        species = DemoAnimals.all[random.weighted(DemoAnimals.weighted)]
        let lifespanDays = min(species.lifespanYears, 25) * 365
        var birth = context.today.adding(days: -random.int(60...lifespanDays))
        birthApproximate = random.chance(0.15)
        if birthApproximate, let midYear = LocalDate(year: birth.year, month: 7, day: 1) { birth = min(midYear, birth) }
        var firstSeen = max(client.registered, birth.adding(days: 56))
        if firstSeen > client.lastActive {
            firstSeen = client.lastActive
            birth = min(birth, firstSeen.adding(days: -60))
        }
        self.birth = birth
        self.firstSeen = firstSeen
        let old = birth.days(until: context.today) > lifespanDays * 3 / 4
        let span = firstSeen.days(until: client.lastActive)
        diedOn = old && span > 0 && random.chance(0.5)
            ? client.lastActive.adding(days: -random.int(0...min(span, 700))) : nil
        let lastDay = diedOn ?? client.lastActive
        let days = firstSeen.days(until: lastDay)
        var count = Int((Double(days) / 365 * Double(random.int(4...12)) / 10).rounded())
        if count == 0, random.chance(0.8) { count = 1 }
        var visits = (0..<min(count, 10)).map { _ in firstSeen.adding(days: random.int(0...max(days, 0))) }.sorted()
        farewell = diedOn != nil && random.chance(0.6)
        if farewell, let diedOn { visits.append(diedOn) }
        self.visits = visits
        microchip = random.chance(species.chipChance)
            ? random.pick(DemoAnimals.chipPrefixes) + String(context.microchips(serial)).leftPadded(to: 12) : nil
        adultGrams = random.int(species.grams)
        self.random = random
    }

    mutating func write(with writer: inout DemoWriter, counters: inout DemoCounters, account: inout DemoAccount) throws {
        let created = DemoInstant(firstSeen, minuteOfDay: random.int(540...1_020)).text
        let neutered = (species.name == "Dog" || species.name == "Cat") && birth.days(until: firstSeen) > 200
            && random.chance(0.7)
        let sex = random.chance(0.03) ? PetSex.unknown : random.chance(0.5) ? .male : .female
        let alerts = random.chance(0.05) ? random.pick(DemoClinical.alerts) : nil
        self.alerts = alerts
        let status = diedOn == nil ? PetStatus.active : .deceased
        let petID = try writer.insert(.pet, [
            clientID, name, species.name, random.pick(species.breeds), sex.rawValue, neutered, birth, birthApproximate,
            random.pick(species.colours), microchip, alerts, status.rawValue, diedOn, visits.last, created, 1, created,
            context.receptionists(at: client.homeSiteID).first,
        ])
        var insurance = try DemoInsurancePlan(context: context, petID: petID, pet: self, with: &writer,
                                              random: &random, counters: &counters)
        for (position, day) in visits.enumerated() {
            let isLast = position == visits.count - 1
            let visit = try writeConsultation(with: &writer, petID: petID, on: day, farewell: isLast && farewell)
            let invoice = try DemoMoney.writeInvoice(with: &writer, context: context, clientID: clientID, petID: petID,
                                                     visit: visit, counters: &counters, random: &random)
            let claim = insurance.claim(for: visit.day)
            let unpaid = isLast && account.leaveLastUnpaid && account.unpaid == nil && claim == nil
            try DemoMoney.settle(invoice, with: &writer, context: context, clientID: clientID, claim: claim,
                                 leaveUnpaid: unpaid, account: &account, random: &random)
            if let claim {
                try insurance.writeClaim(claim, invoice: invoice, visit: visit, petID: petID, clientID: clientID,
                                         with: &writer, random: &random)
            }
        }
    }
}

/// One written consultation and what was charged.
struct DemoVisit {
    var consultationID: Int64
    var day: LocalDate
    var seen: DemoInstant
    var vetID: Int64
    var reason: String
    /// (price item id, description, quantity, unit pence, VAT basis points, treatment line id)
    var lines: [(Int64, String, Int, Int, Int, Int64?)]
    /// Where the pet was seen, and where its invoice is paid.
    var siteID: Int64
    var paidAtSiteID: Int64
}
