import Foundation
import VetCore
import VetSQL

/// The values a request's letter is filled with, from the request, the practice and its records.
enum LetterFields {
    static func values(_ db: any SQLConnection, request: DataRequest, pauses: [RequestPause], date: LocalDate,
                       signatory: String) throws -> [String: String] {
        let settings = try PracticeSettingsRow.current(db)
        let law = RegionLaw(region: settings.region)
        let open = pauses.last { $0.answeredOn == nil }
        var values: [String: String] = [
            "practice_name": settings.name,
            "practice_address": settings.address,
            "dp_contact": settings.dataProtectionContact.isEmpty ? settings.name : settings.dataProtectionContact,
            "date": date.long,
            "reference": request.reference,
            "requester_name": request.requesterName,
            "requester_contact": request.requesterContact,
            "kinds": request.kindsText.lowercased(),
            "received_on": request.receivedOn.long,
            "due_on": request.dueOn.long,
            "law": law.law,
            "time_limit": law.timeLimit,
            "extension_period": law.extensionPeriod,
            "regulator": law.regulator,
            "court": law.court,
            "signatory": signatory,
            "identity_method": request.identityMethod.flatMap { $0.isEmpty ? nil : $0 }
                ?? "a copy of a document showing your name and address, such as a recent utility bill or bank statement",
            "clarification_question": open?.question ?? "",
            "clarification_asked_on": open?.askedOn.long ?? "",
            "fee_asked_on": request.feeAskedOn?.long ?? "",
            "fee_reason": try feeReason(db, request) ?? "",
            "extension_reason": request.extensionReason ?? "",
            "refusal_reasons": request.status == .refused ? request.outcome ?? "" : "",
            "outcome_note": outcomeNote(request),
        ]
        values["supplementary_information"] = try supplementary(db, request: request, settings: settings)
        return values
    }

    /// The reason given when the fee was asked for, as the request's history records it.
    private static func feeReason(_ db: any SQLConnection, _ request: DataRequest) throws -> String? {
        guard let asked = request.feeAskedOn else { return nil }
        let prefix = "Fee asked for on \(asked.long): "
        let events = try db.fetchValues(String.self, "SELECT what FROM dsr_event WHERE request_id = ? ORDER BY at DESC, id DESC",
                                        [request.id])
        return events.first { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    private static func outcomeNote(_ request: DataRequest) -> String {
        guard request.status == .partlyCompleted, let outcome = request.outcome, !outcome.isEmpty else { return "" }
        return "\nSome of what you asked for has been kept back, for these reasons:\n\n\(outcome)\n"
    }

    /// The information an access response must carry besides the data, as plain text.
    private static func supplementary(_ db: any SQLConnection, request: DataRequest, settings: PracticeSettings) throws -> String {
        let info = SupplementaryInformation(settings: settings, sections: [])
        var lines = ["Why we use your data, and the lawful basis:"]
        lines += SupplementaryInformation.purposes.map { "  - \($0.purpose): \($0.basis)." }
        lines += ["", "Who has received your data:"]
        let recipients = try request.clientId.map { clientID in
            try db.fetchAll("SELECT DISTINCT recipient, recipient_kind FROM disclosure WHERE client_id = ? ORDER BY recipient",
                            [clientID]).map { row in
                "  - \(try row.decode(String.self, "recipient")) (\(RecipientKindName.name(try row.decode(String.self, "recipient_kind"))))"
            }
        } ?? []
        lines += recipients.isEmpty ? ["  - No one outside the practice."] : recipients
        lines += ["", "How long we keep it:"] + info.retention.map { "  - \($0)" }
        lines += ["", "Your rights: you have the right"] + SupplementaryInformation.rights.map { "  - \($0);" }
        lines += ["", "Where your data came from:"] + SupplementaryInformation.sources.map { "  - \($0)" }
        lines += ["", SupplementaryInformation.automatedDecisions, "", info.complaint]
        return lines.joined(separator: "\n")
    }
}

/// Recipient kinds of the disclosure log in plain words.
public enum RecipientKindName {
    public static func name(_ kind: String) -> String {
        switch kind {
        case "insurer": "insurer"
        case "practice": "another veterinary practice"
        case "referral": "referral centre"
        case "debtCollector": "debt collector"
        case "regulator": "regulator or authority"
        case "servicePartner": "service partner"
        default: "other recipient"
        }
    }
}
