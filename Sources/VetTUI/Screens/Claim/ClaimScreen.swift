import Foundation
import TUIKit
import VetCore
import VetStore

/// One claim: what was claimed and from whom, its status with the amounts settled, where the
/// paper copy is filed, its lines and history. Status actions follow the claim status machine.
struct ClaimScreen: Screen {
    let claimID: Int64
    var detail: ClaimDetail?
    var scroll = 0
    let mailbox = Mailbox<ClaimDetail>()

    /// The claim with its list row (names), lines, events and staff names.
    struct ClaimDetail {
        var row: ClaimListRow
        var lines: [InvoiceLine]
        var events: [ClaimEvent]
        var names: [Int64: String]

        static func load(_ store: AppDatabase, claimID: Int64) throws -> ClaimDetail {
            guard let row = try store.claims().first(where: { $0.claim.id == claimID }) else {
                throw StoreError.refused("claim \(claimID) no longer exists")
            }
            let names = Dictionary(try store.users().compactMap { user in user.id.map { ($0, user.displayName) } },
                                   uniquingKeysWith: { first, _ in first })
            return ClaimDetail(row: row, lines: try store.claimLines(claimID: claimID),
                               events: try store.claimEvents(claimID: claimID), names: names)
        }
    }

    var screenID: String { AppCommands.ScreenID.claim }
    var title: String { "Claim \(claimID)" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard let claim = detail?.row.claim else { return .disabled(reason: "the claim is still loading") }
        switch command.id {
        case AppCommands.ID.submitClaim where !claim.status.canMove(to: .submitted):
            return .disabled(reason: ClaimStatus.transitionError(from: claim.status, to: .submitted).message)
        case AppCommands.ID.moveClaim where claim.status.allowedNext.isEmpty:
            return .disabled(reason: "the claim is \(claim.status.displayName.lowercased()), which is final")
        case AppCommands.ID.moveClaim where claim.status == .partPaid && !claim.awaitsSettlement,
             AppCommands.ID.closeClaim where claim.status == .partPaid && !claim.awaitsSettlement:
            return .disabled(reason: "the claim is closed; it takes no further settlement")
        case AppCommands.ID.closeClaim where claim.status != .partPaid:
            return .disabled(reason: "only a part-paid claim is closed; this one is \(claim.status.displayName.lowercased())")
        default:
            return .enabled
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard let detail else { return .handled }
        let claim = detail.row.claim
        switch command.id {
        case AppCommands.ID.submitClaim:
            let version = claim.version
            let id = claimID
            return .run(Effect.asUser("submit") { store, user in
                try store.submitClaim(id: id, expectedVersion: version, as: user)
                return .done
            })
        case AppCommands.ID.moveClaim:
            return .push(SmallFormScreen(ClaimForms.move(claim)))
        case AppCommands.ID.closeClaim:
            return .push(SmallFormScreen(ClaimForms.close(claim)))
        case AppCommands.ID.paperCopy:
            return .push(SmallFormScreen(ClaimForms.paperCopy(claim)))
        default:
            return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        return PageScroll.handle(key, offset: &scroll) ? .handled : .ignored
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        let id = claimID
        return .run(Effect.load("load", into: mailbox) { store, _ in try ClaimDetail.load(store, claimID: id) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if case .failure(let error) = result.result, result.tag == "submit", let claim = detail?.row.claim {
            let id = claimID
            let version = claim.version
            let insurer = detail?.row.insurerName ?? "the insurer"
            if let offer = RestrictionOverrideForm.offer(for: error, context: context, action: "send their details to \(insurer)",
                tag: "submit", retry: { store, user, reason in
                    try store.submitClaim(id: id, expectedVersion: version, overrideReason: reason, as: user)
                    return .done
                }, done: { _ in .pop(StatusMessage("Submitted to \(insurer) under the override; it is logged.", kind: .success)) }) {
                return offer
            }
        }
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == "submit" {
            let insurer = detail?.row.insurerName ?? "the insurer"
            return .all([.message(StatusMessage("Submitted to \(insurer); the disclosure is in the client's log.",
                                                kind: .success)),
                         refresh(in: context, reason: .reappeared)])
        }
        detail = mailbox.take() ?? detail
        return .handled
    }
}
