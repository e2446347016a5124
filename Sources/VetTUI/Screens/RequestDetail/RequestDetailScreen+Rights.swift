import TUIKit
import VetCore
import VetStore

/// The rights carried out from a request. Each is offered only when the request asks for it and
/// is linked to a client; otherwise the page, the help and the message line say why not.
extension RequestDetailScreen {
    /// The request kinds each right answers.
    static let rightKinds: [String: [RequestKind]] = [
        AppCommands.RightsID.accessPack: [.access],
        AppCommands.RightsID.portability: [.portability],
        AppCommands.RightsID.rectify: [.rectification],
        AppCommands.RightsID.recipients: [.rectification, .erasure],
        AppCommands.RightsID.erase: [.erasure],
        AppCommands.RightsID.restrict: [.restriction],
        AppCommands.RightsID.liftRestriction: [.restriction, .objection],
        AppCommands.RightsID.objectToMarketing: [.objection],
        AppCommands.RightsID.objectToProcessing: [.objection],
        AppCommands.RightsID.decideObjection: [.objection],
    ]

    /// The rights behind the identity gate, and those that disclose data to the requester.
    static let gatedRights: Set<String> = [AppCommands.RightsID.accessPack, AppCommands.RightsID.portability,
                                           AppCommands.RightsID.rectify, AppCommands.RightsID.erase,
                                           AppCommands.RightsID.restrict]
    static let disclosingRights: Set<String> = [AppCommands.RightsID.accessPack, AppCommands.RightsID.portability]

    /// Why a right cannot be carried out under this request, or nil when it can (or is not a right).
    func rightAvailability(of commandID: String) -> Availability? {
        guard let kinds = Self.rightKinds[commandID] else { return nil }
        guard let request = detail?.request else { return .disabled(reason: "the request is still loading") }
        let asked = kinds.map { $0.displayName.lowercased() }.joined(separator: " or ")
        if !request.kindList.contains(where: kinds.contains) {
            return .disabled(reason: "\(request.reference) asks for \(request.kindsText.lowercased()), not \(asked)")
        }
        if request.status.isClosed {
            return .disabled(reason: "\(request.reference) is \(request.status.displayName.lowercased()), which is final")
        }
        if request.clientId == nil {
            return .disabled(reason: "\(request.reference) is not linked to a client yet; link it to the client first (C)")
        }
        if Self.gatedRights.contains(commandID), let waiting = IdentityGate.waitingFor(request) {
            return .disabled(reason: waiting)
        }
        if Self.disclosingRights.contains(commandID), let missing = IdentityGate.authorityMissing(request) {
            return .disabled(reason: missing)
        }
        return .enabled
    }

    /// Runs a right; nil when the command is not one.
    mutating func performRight(_ command: Command, in context: AppContext) -> Outcome? {
        guard Self.rightKinds[command.id] != nil, let request = detail?.request, let id = request.id else { return nil }
        let reference = request.reference
        let client = detail?.clientName ?? "the client"
        switch command.id {
        case AppCommands.RightsID.accessPack: return .push(SmallFormScreen(RightsForms.accessPack(reference: reference)))
        case AppCommands.RightsID.portability: return .push(SmallFormScreen(RightsForms.portability(reference: reference)))
        case AppCommands.RightsID.recipients: return .push(RecipientsScreen(requestID: id, reference: reference))
        case AppCommands.RightsID.liftRestriction:
            return .push(SmallFormScreen(RightsForms.liftRestriction(requestID: id, reference: reference, today: context.today)))
        case AppCommands.RightsID.decideObjection:
            return .push(SmallFormScreen(RightsForms.decideObjection(requestID: id, reference: reference)))
        case AppCommands.RightsID.rectify:
            guard let clientID = request.clientId else { return .handled }
            return .run(Effect.asUser("rights.client") { store, user in
                let view = try store.viewClient(id: clientID, as: user)
                return .rights(.client(view.client, view.phones))
            })
        case AppCommands.RightsID.erase:
            confirm = .confirmDestructive(
                action: "Erase", thing: "the data of \(client) under \(reference)",
                consequence: "Each category is erased, anonymised or kept with its legal ground and end date. "
                    + "This cannot be undone.")
            return .handled
        case AppCommands.RightsID.restrict:
            return runRight("restrict", done: "Processing of \(client)'s data restricted.") { store, user in
                try store.restrictProcessing(requestID: id, as: user)
            }
        case AppCommands.RightsID.objectToMarketing:
            return runRight("objectToMarketing", done: "\(client) will never be marketed to again: consents withdrawn, "
                + "suppression written.") { store, user in try store.objectToMarketing(requestID: id, as: user) }
        case AppCommands.RightsID.objectToProcessing:
            return runRight("objectToProcessing", done: "Processing restricted while the objection is decided (D).") { store, user in
                try store.objectToProcessing(requestID: id, as: user)
            }
        default: return nil
        }
    }

    /// A one-step right, with the message to show once the store has done it.
    private mutating func runRight(_ name: String, done: String,
                                   _ work: @escaping (AppDatabase, StaffSession) throws -> Void) -> Outcome {
        rightDone = done
        return .run(Effect.asUser("rights.\(name)") { store, user in
            try work(store, user)
            return .done
        })
    }

    /// Keys while the erase confirmation shows; No is the default.
    mutating func handleConfirmation(_ key: Key) -> Outcome {
        guard var dialog = confirm else { return .ignored }
        switch dialog.handle(key) {
        case .chose(let choice):
            confirm = nil
            guard choice == DialogButton.yes.id, let id = detail?.request.id else {
                return .message(StatusMessage("Nothing was erased."))
            }
            return .run(Effect.asUser("rights.eraseReview") { store, user in
                .rights(.freeText(try store.erasureReview(requestID: id, as: user)))
            })
        case .cancelled:
            confirm = nil
            return .message(StatusMessage("Nothing was erased."))
        case .moved, .ignored:
            confirm = dialog
            return .handled
        }
    }

    /// Results of the rights' effects; nil for the screen's other effects.
    mutating func receiveRight(_ result: EffectResult) -> Outcome? {
        guard result.tag.hasPrefix("rights."), let request = detail?.request, let id = request.id else { return nil }
        let reference = request.reference
        switch result.result {
        case .success(.rights(.client(let client, let phones))):
            return .push(RectificationScreen(requestID: id, reference: reference, client: client, phones: phones))
        case .success(.rights(.freeText(let review))) where review.isEmpty:
            return .run(Effect.asUser("rights.erase") { store, user in .rights(.erased(try store.eraseClient(requestID: id, as: user))) })
        case .success(.rights(.freeText(let review))):
            return .push(FreeTextReviewScreen(work: .erasure(requestID: id, reference: reference), review: review))
        case .success(.rights(.erased(let erased))):
            return .push(RecipientsScreen(requestID: id, reference: reference,
                                          intro: RightsPages.erasure(erased.outcomes, reference: reference)))
        case .success:
            defer { rightDone = nil }
            return .all([.message(StatusMessage(rightDone ?? "Done.", kind: .success)), reload()])
        case .failure(let error) where result.tag == "rights.erase" || result.tag == "rights.eraseReview":
            return .push(RightsPageScreen(title: "Erasure refused",
                                          lines: RightsPages.erasureRefused(ErrorText.describe(error), reference: reference)))
        case .failure(let error):
            rightDone = nil
            return .message(StatusMessage(ErrorText.describe(error), kind: .error))
        }
    }

    func reload() -> Outcome {
        let id = requestID
        return .run(Effect("load") { store, _ in .requestDetail(try store.requestDetail(id: id)) })
    }

    /// The page's "Rights to carry out" lines: each right the request asks for, with its key,
    /// dimmed with the reason when it cannot run now.
    func rightsLines(context: AppContext) -> [(text: String, role: StyleRole)] {
        guard let request = detail?.request else { return [] }
        let asked = AppCommands.requestRightsCommandIDs.filter { id in
            Self.rightKinds[id]?.contains(where: request.kindList.contains) ?? false
        }
        guard !asked.isEmpty else { return [] }
        var lines: [(String, StyleRole)] = [("Rights to carry out (keys; F1 lists them all)", .header)]
        for id in asked {
            guard let command = context.commands.command(id: id) else { continue }
            var reason = rightAvailability(of: id)?.reason
            if let role = context.session?.role, !PermissionTable.allows(role, .fulfilRights) {
                reason = PermissionTable.denialMessage(role: role, permission: .fulfilRights)
            }
            let text = "  " + pad(command.keysLabel, to: 3) + command.title + (reason.map { " (unavailable: \($0))" } ?? "")
            lines.append((text, reason == nil ? .normal : .disabled))
        }
        return lines + [("", .normal)]
    }
}
