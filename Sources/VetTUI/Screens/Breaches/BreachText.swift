import Foundation
import TUIKit
import VetCore
import VetStore

/// Words the breach screens share.
enum BreachText {
    /// Store field names → form field ids, each with its message.
    static func fieldErrors(_ errors: ValidationErrors, fieldIDs: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        for failure in errors.errors where result[fieldIDs[failure.field] ?? failure.field] == nil {
            result[fieldIDs[failure.field] ?? failure.field] = failure.message
        }
        return result
    }

    /// Every fact and decision of a breach, times in local time, for the row view.
    static func detail(_ entry: BreachEntry, zone: TimeZone, now: Date, region: PracticeRegion) -> RowDetailState {
        let breach = entry.breach
        let clock = breach.clock
        let local = { (instant: Date?) in instant.map { LocalInstant.text($0, in: zone) } ?? "" }
        let yesNo = { (value: Bool?) in value.map { $0 ? "yes" : "no" } ?? "not yet decided" }
        let items: [(String, String)] = [
            ("Report by", local(clock.reportBy) + " to " + region.breachRegulator),
            ("Clock", clock.text(at: now)),
            ("Decision", breach.decision.displayName),
            ("Aware at", local(breach.awareAt)),
            ("Occurred at", breach.occurredAt == nil ? "not known"
                : local(breach.occurredAt) + (breach.occurredApproximate ? " (estimate)" : "")),
            ("Found by", entry.foundByName),
            ("What happened", breach.whatHappened),
            ("Data", ChoiceList.text(breach.dataCategoryList)),
            ("People", ChoiceList.text(breach.peopleCategoryList)),
            ("Number of people", breach.peopleCount.map(String.init) ?? ""),
            ("Number of records", breach.recordCount.map(String.init) ?? ""),
            ("Clients affected", entry.clientIDs.map(String.init).joined(separator: ", ")),
            ("Likely consequences", breach.consequences),
            ("Measures taken", breach.measures),
            ("Reasons", breach.decisionReason ?? ""),
            ("Reported at", local(breach.reportedAt)),
            ("Their reference", breach.regulatorReference ?? ""),
            ("Delay reasons", breach.delayReason ?? ""),
            ("High risk", yesNo(breach.highRisk)),
            ("Risk reasons", breach.riskReason ?? ""),
            ("People told at", local(breach.peopleToldAt)),
        ]
        return RowDetailState(title: "Breach \(breach.reference)",
                              items: items.filter { !$0.1.isEmpty }.map { RowDetailState.Item(label: $0.0, text: $0.1) })
    }

    /// The selected breach under the register: when the practice became aware, what happened
    /// in full, and where the decisions stand.
    static func preview(_ entry: BreachEntry, zone: TimeZone, region: PracticeRegion, width: Int) -> [String] {
        let breach = entry.breach
        let people = breach.peopleCount.map { "about \($0) \($0 == 1 ? "person" : "people")" } ?? "number of people not known"
        let clients = entry.clientIDs.count
        let risk = breach.highRisk.map { $0 ? (breach.peopleToldAt == nil ? "high risk: tell the people affected"
                                                                         : "high risk: people told") : "not high risk" }
            ?? "risk to people not yet decided"
        let lines = [
            "\(breach.reference): aware \(LocalInstant.text(breach.awareAt, in: zone)), found by \(entry.foundByName); "
                + "report by \(LocalInstant.text(breach.clock.reportBy, in: zone)) to \(region.breachRegulatorShort).",
            breach.whatHappened,
            "Decision: \(breach.decision.displayName.lowercased()); \(risk); \(people); "
                + "\(clients) client\(clients == 1 ? "" : "s") linked.",
        ]
        return lines.flatMap { wrap($0, to: width) }.prefix(8).map { $0 }
    }
}
