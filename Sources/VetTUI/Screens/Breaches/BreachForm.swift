import Foundation
import TUIKit
import VetCore
import VetStore

/// Logging a breach or changing its facts. Times are typed in local time; the categories of
/// data and of people are ticked in the register's own closed lists, so they can be counted
/// and the regulator's form answered; the clients affected are client numbers, and each one's
/// access pack then lists the breach.
@MainActor
struct BreachForm: SmallForm {
    /// The breach being edited; nil for a new one.
    let editing: BreachEntry?
    let zone: TimeZone
    let now: Date

    var title: String { editing == nil ? "Log a breach" : "Edit breach" }
    var heading: String { editing.map { "Edit \($0.breach.reference)" } ?? "Log a personal-data breach" }
    var hint: String? {
        "Times YYYY-MM-DD HH:MM, local. Categories: Enter opens the list, Space ticks, Enter accepts, Esc cancels."
    }
    var screenID: String { AppCommands.BreachScreenID.form }
    var discardThing: String { editing == nil ? "the new breach" : "this breach" }
    var fieldIDs: [String: String] {
        ["aware at": "aware", "occurred at": "occurred", "found by": "foundBy", "what happened": "what",
         "data categories": "data", "people categories": "people", "number of people": "number",
         "number of records": "records", "likely consequences": "consequences", "measures taken": "measures",
         "clients": "clients"]
    }

    var fields: [FormField] {
        let current = editing?.details(in: zone)
            ?? BreachDetails(awareAt: LocalDateTime(instant: now, in: zone).description, whatHappened: "")
        return [
            FormSupport.field("aware", "Aware at", value: current.awareAt, maxLength: 16),
            FormSupport.field("occurred", "Occurred at", value: current.occurredAt, maxLength: 16),
            PickLists.field("approximate", "Occurred is", options: [ChoiceOption(value: "exact", label: "Exact or unknown"),
                                                                 ChoiceOption(value: "approximate", label: "An estimate")],
                            value: current.occurredApproximate ? "approximate" : "exact"),
            FormSupport.field("foundBy", "Found by (login)", value: current.foundBy, maxLength: 60),
            .notes("what", label: "What happened", value: current.whatHappened, rows: 3, maxLength: BreachDetails.textLimit),
            .ticks("data", label: "Data categories", options: PickLists.options(BreachDataCategory.self),
                   value: current.dataCategories, width: FormSupport.editorWidth),
            .ticks("people", label: "People categories", options: PickLists.options(BreachPeopleCategory.self),
                   value: current.peopleCategories, width: FormSupport.editorWidth),
            FormSupport.field("number", "Number of people", value: current.peopleCount, maxLength: 12),
            FormSupport.field("records", "Number of records", value: current.recordCount, maxLength: 12),
            .notes("consequences", label: "Likely consequences", value: current.consequences, rows: 2,
                   maxLength: BreachDetails.textLimit),
            .notes("measures", label: "Measures taken", value: current.measures, rows: 2, maxLength: BreachDetails.textLimit),
            FormSupport.field("clients", "Clients (numbers)", value: current.clients, maxLength: 300),
        ]
    }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        let details = BreachDetails(
            occurredAt: values["occurred"] ?? "", occurredApproximate: values["approximate"] == "approximate",
            awareAt: values["aware"] ?? "", foundBy: values["foundBy"] ?? "", whatHappened: values["what"] ?? "",
            dataCategories: values["data"] ?? "", peopleCategories: values["people"] ?? "",
            peopleCount: values["number"] ?? "", recordCount: values["records"] ?? "",
            consequences: values["consequences"] ?? "", measures: values["measures"] ?? "", clients: values["clients"] ?? "")
        do { _ = try details.validated(now: now, zone: zone) } catch {
            return .invalid(BreachText.fieldErrors(error, fieldIDs: fieldIDs))
        }
        guard let editing, let id = editing.breach.id else {
            return .run(Effect.asUser("log") { store, user in
                try store.logBreach(details, as: user)
                return .done
            })
        }
        let version = editing.breach.version
        return .run(Effect.asUser("edit") { store, user in
            try store.updateBreach(id: id, expectedVersion: version, details: details, as: user)
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        .pop(StatusMessage(editing == nil ? "Breach logged; the 72-hour clock is running." : "Breach saved.", kind: .success))
    }
}

/// The decisions on a breach: report or not (reasons required when not), whether the risk to
/// the people affected is high (reasons either way), and when they were told.
@MainActor
struct BreachDecisionForm: SmallForm {
    let entry: BreachEntry
    let zone: TimeZone

    var title: String { "Decide" }
    var heading: String { "Decisions on \(entry.breach.reference)" }
    var hint: String? {
        "Not reportable: only when the breach is unlikely to result in a risk to people; say why. High risk: the people "
            + "affected must be told without undue delay."
    }
    var screenID: String { AppCommands.BreachScreenID.form }
    var discardThing: String { "these decisions" }
    var fieldIDs: [String: String] {
        ["decision": "decision", "decision reasons": "reason", "high risk": "highRisk", "risk reasons": "riskReason",
         "people told at": "told"]
    }

    var fields: [FormField] {
        let current = entry.decisions(in: zone)
        return [
            PickLists.field("decision", "Report to regulator", options: BreachReporting.allCases.map {
                ChoiceOption(value: $0.rawValue, label: $0.displayName) }, value: current.reporting),
            .notes("reason", label: "Reasons", value: current.reportingReason, rows: 2, maxLength: BreachDetails.textLimit),
            PickLists.field("highRisk", "High risk to people", options: [
                ChoiceOption(value: "", label: "Not yet decided"), ChoiceOption(value: "yes", label: "Yes: tell them"),
                ChoiceOption(value: "no", label: "No")], value: current.highRisk),
            .notes("riskReason", label: "Risk reasons", value: current.riskReason, rows: 2, maxLength: BreachDetails.textLimit),
            FormSupport.field("told", "People told at", value: current.peopleToldAt, maxLength: 16),
        ]
    }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        let decisions = BreachDecisionDetails(
            reporting: values["decision"] ?? "", reportingReason: values["reason"] ?? "", highRisk: values["highRisk"] ?? "",
            riskReason: values["riskReason"] ?? "", peopleToldAt: values["told"] ?? "")
        let id = entry.breach.id ?? 0
        let version = entry.breach.version
        return .run(Effect.asUser("decide") { store, user in
            try store.decideBreach(id: id, expectedVersion: version, decisions: decisions, as: user)
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage("Decisions saved.", kind: .success)) }
}

/// The report to the regulator: when, their reference, and the reasons for any delay past 72 hours.
@MainActor
struct BreachReportForm: SmallForm {
    let entry: BreachEntry
    let zone: TimeZone
    let region: PracticeRegion
    let now: Date

    var title: String { "Report" }
    var heading: String { "Report \(entry.breach.reference) to \(region.breachRegulatorShort)" }
    var hint: String? {
        "Report to \(region.breachRegulator). Due by \(LocalInstant.text(entry.breach.clock.reportBy, in: zone)); "
            + "after that, give the reasons for the delay."
    }
    var screenID: String { AppCommands.BreachScreenID.form }
    var discardThing: String { "this report" }
    var fieldIDs: [String: String] {
        ["reported at": "at", "regulator's reference": "reference", "delay reasons": "delay"]
    }

    var fields: [FormField] {
        let breach = entry.breach
        return [
            FormSupport.field("at", "Reported at", value: LocalDateTime(instant: breach.reportedAt ?? now, in: zone).description,
                              maxLength: 16),
            FormSupport.field("reference", "Their reference", value: breach.regulatorReference ?? "", maxLength: 60),
            .notes("delay", label: "Delay reasons", value: breach.delayReason ?? "", rows: 3, maxLength: BreachDetails.textLimit),
        ]
    }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        let report = BreachReportDetails(reportedAt: values["at"] ?? "", reference: values["reference"] ?? "",
                                         delayReason: values["delay"] ?? "")
        do { _ = try report.validated(awareAt: entry.breach.awareAt, now: now, zone: zone) } catch {
            return .invalid(BreachText.fieldErrors(error, fieldIDs: fieldIDs))
        }
        let id = entry.breach.id ?? 0
        let version = entry.breach.version
        return .run(Effect.asUser("report") { store, user in
            try store.reportBreach(id: id, expectedVersion: version, report: report, as: user)
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome { .pop(StatusMessage("Report recorded.", kind: .success)) }
}
