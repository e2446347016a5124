import VetSQL
import VetCore

extension DemoInsurancePlan {
    /// Writes the claim, its lines, its status history and, once submitted, the disclosure
    /// of the client's data to the insurer.
    func writeClaim(_ plan: DemoClaimPlan, invoice: DemoInvoice, visit: DemoVisit, petID: Int64, clientID: Int64,
                    with writer: inout DemoWriter, random: inout DemoRandom) throws {
        guard let policyID, let insurer else { return }
        let clerk = random.pick(context.receptionists(at: invoice.siteID))
        let events = history(plan, day: invoice.day)
        let submitted = plan.status != .draft
        let paperCopy = submitted && random.chance(0.5)
            ? random.pick(Self.paperLocations).replacingOccurrences(of: "%Y", with: String(plan.submittedOn.year)) : nil
        let created = events.first?.at.text ?? DemoInstant(invoice.day, minuteOfDay: 600).text
        let claimID = try writer.insert(.claim, [
            policyID, petID, visit.reason, invoice.day, invoice.day, max(0, invoice.gross - plan.excess), plan.payTo,
            submitted ? plan.reference : nil, plan.status.rawValue, plan.settled(gross: invoice.gross),
            submitted ? plan.submittedOn : nil, paperCopy, created, events.count, events.last?.at.text ?? created, clerk,
        ])
        for lineID in invoice.lineIDs {
            try writer.insert(.claimLine, [claimID, lineID])
        }
        var previous: ClaimStatus?
        for event in events {
            let amount = event.status == .paid || event.status == .partPaid ? plan.settled(gross: invoice.gross) : nil
            try writer.insert(.claimEvent, [claimID, previous?.rawValue, event.status.rawValue, amount, event.note,
                                            event.at.text, clerk])
            previous = event.status
        }
        if submitted {
            try writer.insert(.disclosure, [
                clientID, insurer.name, "insurer", "name, address and contact details; pet's clinical history; invoice",
                "insurance claim \(plan.reference) for \(visit.reason.lowercased())",
                "contract: the client asked the practice to make the claim",
                DemoInstant(plan.submittedOn, minuteOfDay: 660).text, claimID, nil, clerk,
            ])
        }
    }

    /// The claim's moves through its statuses, each allowed by `ClaimStatus.canMove`.
    private func history(_ plan: DemoClaimPlan, day: LocalDate) -> [(status: ClaimStatus, at: DemoInstant, note: String?)] {
        let drafted = min(day.adding(days: 1), plan.submittedOn)
        var events: [(status: ClaimStatus, at: DemoInstant, note: String?)] = [
            (.draft, DemoInstant(drafted, minuteOfDay: 600), nil),
        ]
        guard plan.status != .draft else { return events }
        events.append((.submitted, DemoInstant(plan.submittedOn, minuteOfDay: 660), "Sent through the insurer's portal"))
        let asks = plan.status == .moreInfoRequested || (plan.askedForMore && plan.status.isSettled)
        if asks {
            events.append((.moreInfoRequested, DemoInstant(plan.submittedOn, minuteOfDay: 680),
                           "Insurer asked for the full clinical history"))
        }
        if asks && plan.status != .moreInfoRequested {
            events.append((.submitted, DemoInstant(plan.decidedOn, minuteOfDay: 700), "Clinical history sent"))
        }
        switch plan.status {
        case .paid, .partPaid, .declined:
            events.append((plan.status, DemoInstant(plan.decidedOn, minuteOfDay: 840),
                           plan.status == .declined ? "Pre-existing condition" : "Settlement received"))
        case .withdrawn:
            events.append((.withdrawn, DemoInstant(plan.decidedOn, minuteOfDay: 840), "Client chose to pay instead"))
        case .draft, .submitted, .moreInfoRequested:
            break
        }
        return events
    }
}
