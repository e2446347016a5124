import TUIKit
import VetCore
import VetStore

/// Adding or editing an activity of the record of processing. The basis and the retention are
/// pick lists (the retention periods themselves are the practice's settings); recipient kinds are
/// typed as the disclosure log names them. Checked here as the store checks, field by field.
@MainActor
struct ProcessingActivityForm: SmallForm {
    let editing: ProcessingActivity?

    var title: String { editing == nil ? "New activity" : "Edit activity" }
    var heading: String { editing.map { "Edit \($0.name)" } ?? "Add a processing activity" }
    var hint: String? {
        "Recipient kinds, separated by commas: " + ProcessingActivityDetails.knownRecipientKinds.joined(separator: ", ")
            + ". Leave transfers blank when nothing leaves the UK and Jersey."
    }
    var screenID: String { AppCommands.OfficeScreenID.activityForm }
    var discardThing: String { editing == nil ? "the new activity" : "this activity" }
    var fieldIDs: [String: String] {
        ["activity": "name", "purpose": "purpose", "lawful basis": "basis", "legitimate interest": "interest",
         "categories of people": "people", "categories of data": "data", "recipient kinds": "recipients",
         "recipients note": "recipientsNote", "transfers": "transfers", "transfer safeguards": "safeguards",
         "retention": "retention", "retention note": "retentionNote", "paper records": "paper", "security measures": "security"]
    }

    var fields: [FormField] {
        let details = editing?.details
        let bases = LawfulBasis.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.displayName) }
        let rules = RetentionRule.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.displayName) }
        return [
            FormSupport.field("name", "Activity", value: details?.name ?? "", maxLength: 120),
            .notes("purpose", label: "Purpose", value: details?.purpose ?? "", rows: 2, maxLength: 1000),
            PickLists.field("basis", "Lawful basis", options: bases, value: details?.lawfulBasis.rawValue ?? LawfulBasis.contract.rawValue),
            FormSupport.field("interest", "Legitimate interest", value: details?.legitimateInterest ?? "", maxLength: 1000),
            FormSupport.field("people", "People", value: details?.peopleCategories ?? "", maxLength: 1000),
            FormSupport.field("data", "Data", value: details?.dataCategories ?? "", maxLength: 1000),
            FormSupport.field("recipients", "Recipient kinds", value: details?.recipientKinds.joined(separator: ", ") ?? "",
                              maxLength: 200),
            FormSupport.field("recipientsNote", "Recipients note", value: details?.recipientsNote ?? "", maxLength: 1000),
            FormSupport.field("transfers", "Transfers", value: details?.transfers ?? "", maxLength: 1000),
            FormSupport.field("safeguards", "Safeguards", value: details?.transferSafeguards ?? "", maxLength: 1000),
            PickLists.field("retention", "Retention", options: rules, value: details?.retention.rawValue ?? RetentionRule.clinical.rawValue),
            FormSupport.field("retentionNote", "Retention note", value: details?.retentionNote ?? "", maxLength: 1000),
            FormSupport.field("paper", "Paper records", value: details?.paperRecords ?? "", maxLength: 1000),
            .notes("security", label: "Security", value: details?.securityMeasures ?? ProcessingActivityDetails.standardSecurityMeasures, rows: 2,
                   maxLength: 2000),
        ]
    }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        var errors: [String: String] = [:]
        let basis: LawfulBasis
        do { basis = try LawfulBasis.parse(values["basis"] ?? "") } catch {
            errors["basis"] = error.message
            basis = .contract
        }
        let rule: RetentionRule
        do { rule = try RetentionRule.parse(values["retention"] ?? "") } catch {
            errors["retention"] = error.message
            rule = .clinical
        }
        let kinds = (values["recipients"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let details = ProcessingActivityDetails(
            name: values["name"] ?? "", purpose: values["purpose"] ?? "", lawfulBasis: basis,
            legitimateInterest: values["interest"] ?? "", peopleCategories: values["people"] ?? "",
            dataCategories: values["data"] ?? "", recipientKinds: kinds, recipientsNote: values["recipientsNote"] ?? "",
            transfers: values["transfers"] ?? "", transferSafeguards: values["safeguards"] ?? "", retention: rule,
            retentionNote: values["retentionNote"] ?? "", paperRecords: values["paper"] ?? "", securityMeasures: values["security"] ?? "")
        do { _ = try details.validated() } catch {
            for failure in error.errors {
                let id = fieldIDs[failure.field] ?? failure.field
                if errors[id] == nil { errors[id] = failure.message }
            }
        }
        if !errors.isEmpty { return .invalid(errors) }
        guard let editing, let id = editing.id else {
            return .run(Effect.asUser("add") { store, user in
                try store.addProcessingActivity(details, as: user)
                return .done
            })
        }
        let version = editing.version
        return .run(Effect.asUser("edit") { store, user in
            try store.updateProcessingActivity(id: id, details, expectedVersion: version, as: user)
            return .done
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        .pop(StatusMessage(editing == nil ? "Activity added to the record." : "Activity saved.", kind: .success))
    }
}
