import VetSQL
import VetCore

extension DemoPetMaker {
    /// Writes a consultation with its SOAP note, treatments and weighing.
    mutating func writeConsultation(with writer: inout DemoWriter, petID: Int64, on day: LocalDate,
                                    farewell: Bool) throws -> DemoVisit {
        let template = farewell ? Self.farewellTemplate : pickTemplate()
        let kind: ConsultationKind = farewell ? .inPerson : random.weighted([(.inPerson, 90), (.video, 6), (.phone, 4)])
        let seen = DemoInstant(day, minuteOfDay: random.int(510...1_050))
        let siteID = farewell ? client.homeSiteID : context.visitSite(home: client.homeSiteID, random: &siteRandom)
        let vetID = random.pick(context.vets(at: siteID))
        let grams = kind == .inPerson ? max(1, adultGrams * random.int(92...108) / 100) : nil
        let followUp = template.followUpDays.map { day.adding(days: $0) }
        let stamp = seen.adding(minutes: 15).text
        let consultationID = try writer.insert(.consultation, [
            petID, vetID, seen.text, kind.rawValue, kind.isOnline ? random.int(0...40) : nil, template.reason,
            template.subjective, template.objective, template.assessment, template.plan, grams, followUp,
            stamp, 1, stamp, vetID, siteID,
        ])
        let fee = kind == .video ? "VIDEO" : kind == .phone ? "PHONE" : "CONS"
        var lines: [(Int64, String, Int, Int, Int, Int64?)] = []
        if let item = context.priceItem(fee) {
            lines.append((item.id, item.item.name, 1, item.item.pence, item.item.vat, nil))
        }
        var given = template.given
        if template.reason.hasPrefix("Annual"), let vaccine = species.vaccine {
            given.append(DemoClinical.Given(code: vaccine, quantity: 1...1, dose: "1 dose SC"))
        }
        for item in given {
            guard let priced = context.priceItem(item.code) else { continue }
            let quantity = random.int(item.quantity)
            let batch = priced.item.batched ? "\(item.code.prefix(2))\(random.int(10_000...99_999))" : nil
            if collidesWithAlert(priced.item) { continue }
            let lineID = try writer.insert(.treatmentLine, [
                consultationID, priced.id, priced.item.name, item.dose, quantity, batch, priced.item.pence, priced.item.vat,
            ])
            lines.append((priced.id, priced.item.name, quantity, priced.item.pence, priced.item.vat, lineID))
        }
        if let grams {
            try writer.insert(.petWeight, [petID, day, grams, consultationID])
        }
        if random.chance(0.01), day.days(until: context.today) > 3 {
            try writer.insert(.addendum, [consultationID, vetID, seen.adding(minutes: 3 * 24 * 60).text,
                                          random.pick(Self.addenda)])
        }
        let paidAt = context.paymentSite(invoiceSite: siteID, home: client.homeSiteID, random: &siteRandom)
        return DemoVisit(consultationID: consultationID, day: day, seen: seen, vetID: vetID, reason: template.reason,
                         lines: lines, siteID: siteID, paidAtSiteID: paidAt)
    }

    /// Whether the pet's allergy alert warns against `item` (drawn after the random numbers, so
    /// the rest of the demo stays the same whichever way this falls).
    private func collidesWithAlert(_ item: DemoPriceList.Item) -> Bool {
        guard let alerts else { return false }
        let facts = AllergyItemFacts(id: nil, code: item.code, name: item.name, isMedicine: item.kind == "medicine",
                                     drugClass: item.drugClass)
        return !AllergyCheck.matches(item: facts, structured: [], freeText: alerts).isEmpty
    }

    private mutating func pickTemplate() -> DemoClinical.Template {
        var choices = DemoClinical.common
        switch species.name {
        case "Dog": choices += DemoClinical.dog
        case "Cat": choices += DemoClinical.cat
        case "Rabbit": choices += DemoClinical.rabbit
        default: break
        }
        // Annual checks are the commonest visit of all.
        return random.chance(0.35) ? DemoClinical.common[0] : random.pick(choices)
    }

    static let farewellTemplate = DemoClinical.Template(
        reason: "Euthanasia",
        subjective: "Declining quality of life over several weeks; owner has decided to say goodbye.",
        objective: "Very poor body condition, weak, reluctant to stand.",
        assessment: "End-stage disease; euthanasia on welfare grounds with the owner's consent.",
        plan: "Euthanasia by intravenous pentobarbital after sedation. Communal cremation arranged.",
        given: [DemoClinical.Given(code: "EUTH", quantity: 1...1, dose: nil),
                DemoClinical.Given(code: "CREM", quantity: 1...1, dose: nil)],
        followUpDays: nil)

    static let addenda = [
        "Laboratory results received: within normal limits. Owner informed by phone.",
        "Correction: weight recorded in the note was taken before the meal; see nurse clinic weight.",
        "Owner called: much improved after treatment, no further action needed.",
    ]
}
