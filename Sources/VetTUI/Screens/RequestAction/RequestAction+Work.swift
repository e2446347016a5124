import TUIKit
import VetCore
import VetStore

/// The actions that open a request to work: identity not needed, linking to a client, a third
/// party's authority, and the response sent (which closes the request, after asking).
extension RequestActions {
    static func workAction(for commandID: String, request: DataRequest, today: LocalDate) -> RequestAction? {
        let id = request.id ?? 0
        let version = request.version
        switch commandID {
        case AppCommands.RequestWorkID.letter:
            return letter(request: request)
        case AppCommands.RequestWorkID.identityNotNeeded:
            return RequestAction(heading: "Identity evidence not needed",
                                 hint: "Say why, e.g. a known client who asked in person at the desk.",
                                 fields: [FormSupport.field("text", "Reason", maxLength: 500)]) { values in
                let reason = values["text"] ?? ""
                return .run(Effect.asUser("action") { store, user in
                    try store.recordIdentityNotNeeded(requestID: id, reason: reason, expectedVersion: version, as: user)
                    return .done
                })
            }
        case AppCommands.RequestWorkID.link:
            return RequestAction(heading: "Link \(request.reference) to a client",
                                 hint: "Type the client's number (#12) or a name, phone or postcode to search; "
                                     + "if several match, they are listed with their numbers.",
                                 fields: [FormSupport.field("client", "Client", maxLength: 120)]) { values in
                let text = values["client"] ?? ""
                return .run(Effect.asUser("action") { store, user in
                    try store.linkRequest(requestID: id, toClientMatching: text, expectedVersion: version, as: user)
                    return .done
                })
            }
        case AppCommands.RequestWorkID.thirdParty:
            return RequestAction(heading: "Made by a third party for the client",
                                 hint: "Nothing is disclosed to them until the date their written authority arrived is recorded.",
                                 fields: [FormSupport.field("relationship", "Relationship", value: request.thirdPartyRelationship ?? "",
                                                            maxLength: 120),
                                          FormSupport.field("date", "Authority received (YYYY-MM-DD, blank if not yet)",
                                                            value: request.authorityReceivedOn?.iso ?? "", maxLength: 10)]) { values in
                let typed = (values["date"] ?? "").trimmingCharacters(in: .whitespaces)
                let date = LocalDate(iso: typed)
                if !typed.isEmpty, date == nil { return .invalid(["date": badDate(typed)]) }
                let relationship = values["relationship"] ?? ""
                return .run(Effect.asUser("action") { store, user in
                    try store.recordThirdParty(requestID: id, relationship: relationship, authorityReceivedOn: date,
                                               expectedVersion: version, as: user)
                    return .done
                })
            }
        case AppCommands.RequestWorkID.responseSent:
            return responseSent(request: request, today: today)
        default:
            return nil
        }
    }

    /// How a request can close when its response is sent.
    private static let closingChoices = [RequestStatus.completed, .partlyCompleted, .refused].map {
        ChoiceOption(value: $0.rawValue, label: $0.displayName)
    }

    private static func responseSent(request: DataRequest, today: LocalDate) -> RequestAction {
        let id = request.id ?? 0
        let version = request.version
        return RequestAction(heading: "Response sent: close \(request.reference)",
                             hint: "Closes as completed, partly completed (say what was kept back) or refused (give the reasons).",
                             fields: [FormSupport.field("date", "Sent on (YYYY-MM-DD)", value: today.iso, maxLength: 10),
                                      PickLists.field("status", "Closes as", options: closingChoices,
                                                      value: RequestStatus.completed.rawValue),
                                      FormSupport.field("outcome", "Outcome / reasons", maxLength: 1000)]) { values in
            guard let date = LocalDate(iso: values["date"] ?? "") else { return .invalid(["date": badDate(values["date"])]) }
            let status: RequestStatus
            do { status = try RequestStatus.parse(values["status"] ?? "", field: "status") } catch {
                return .invalid(["status": ErrorText.describe(error)])
            }
            let outcome = (values["outcome"] ?? "").trimmingCharacters(in: .whitespaces)
            if status.needsReason, outcome.isEmpty {
                return .invalid(["outcome": "outcome must give the reasons when a request is \(status.displayName.lowercased())"])
            }
            let effect = Effect.asUser("action") { store, user in
                try store.recordResponseSent(requestID: id, on: date, closingAs: status, reason: outcome.isEmpty ? nil : outcome,
                                             expectedVersion: version, as: user)
                return .done
            }
            return .confirm(.confirmDestructive(action: status.closingVerb, thing: request.reference,
                                                consequence: "The response was sent on \(date.iso); the request closes for good."),
                            effect)
        }
    }
}
