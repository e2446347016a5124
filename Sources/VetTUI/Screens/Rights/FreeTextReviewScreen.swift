import Foundation
import TUIKit
import VetCore
import VetStore

/// Before an erasure or anonymisation runs: every place the text that is kept still names the
/// person (where, what was found, the text around it) and each kept pet's microchip. The manager
/// redacts each hit (`d`, or `a` for every undecided one) or keeps it with a reason (`k`); a kept
/// pet's microchip is removed unless kept with a reason. F8 carries out the work once nothing is
/// undecided.
struct FreeTextReviewScreen: Screen {
    /// What runs once every hit is decided.
    enum Work {
        case erasure(requestID: Int64, reference: String)
        case retention(Set<RetentionItem.Key>)
    }

    enum Row {
        case hit(FreeTextHit)
        case microchip(KeptMicrochip)
        /// A file written earlier that holds the person: to delete, then record as deleted.
        case export(ExportLogEntry)
    }

    let work: Work
    let review: ErasureReview
    var list = ListState()
    var redacted: Set<String> = []
    var kept: [String: String] = [:]
    var chipsKept: [Int64: String] = [:]
    /// The reason being typed for the selected row, when keeping it.
    var typing: TextFieldState?
    /// Whether the text being typed is the requester's keep-until date and reason, not a hit's reason.
    var typingRequester = false
    /// Why the requester's name stays on the request register after the response, and until when.
    var requesterKept: (reason: String, until: LocalDate)?
    var running = false

    init(work: Work, review: ErasureReview) {
        self.work = work
        self.review = review
        list.setItemCount(review.hits.count + review.microchips.count + review.exports.count)
    }

    var screenID: String { AppCommands.RightsScreenID.freeTextReview }
    var title: String { "Names in the records that are kept" }
    var isModal: Bool { typing != nil }
    var isTextEntryActive: Bool { typing != nil }

    var rows: [Row] { review.hits.map(Row.hit) + review.microchips.map(Row.microchip) + review.exports.map(Row.export) }
    var selected: Row? { list.selectedIndex.flatMap { rows.indices.contains($0) ? rows[$0] : nil } }
    var undecided: [FreeTextHit] { review.hits.filter { !redacted.contains($0.id) && kept[$0.id] == nil } }

    /// Every hit not kept has been marked for redaction by the time F8 is offered.
    var decisions: FreeTextDecisions {
        FreeTextDecisions(redactAll: undecided.isEmpty, kept: kept, keptMicrochips: chipsKept, requesterKept: requesterKept)
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        switch command.id {
        case AppCommands.RightsID.carryOut where !undecided.isEmpty:
            return .disabled(reason: "\(undecided.count) hits are undecided: redact (d, or a for all) or keep (k)")
        case AppCommands.RightsID.carryOut where running:
            return .disabled(reason: "already under way")
        case AppCommands.RightsID.redactHit, AppCommands.RightsID.redactAllHits:
            if case .microchip = selected, command.id == AppCommands.RightsID.redactHit {
                return .disabled(reason: "a microchip is removed unless kept with a reason; nothing to redact")
            }
            return review.hits.isEmpty ? .disabled(reason: "nothing in the kept text names the person") : .enabled
        case AppCommands.RightsID.keepRequester:
            guard case .erasure = work else { return .disabled(reason: "only an erasure answers a request") }
            return .enabled
        case AppCommands.RightsID.keepHit:
            switch selected {
            case nil: return .disabled(reason: "nothing is selected")
            case .export: return .disabled(reason: "a file is deleted outside VetDesk, then recorded: vetdesk exports deleted ID --on DATE")
            default: return .enabled
            }
        default: return .enabled
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.RightsID.redactHit:
            guard case .hit(let hit) = selected else { return .ignored }
            kept[hit.id] = nil
            redacted.insert(hit.id)
            _ = list.handle(.down)
        case AppCommands.RightsID.redactAllHits:
            for hit in undecided { redacted.insert(hit.id) }
        case AppCommands.RightsID.keepHit:
            if case .export = selected { return .ignored }
            guard selected != nil else { return .ignored }
            typing = TextFieldState(maxLength: 500)
        case AppCommands.RightsID.keepRequester:
            guard case .erasure = work else { return .ignored }
            typing = TextFieldState(maxLength: 520)
            typingRequester = true
        case AppCommands.RightsID.carryOut:
            guard undecided.isEmpty, !running else { return .ignored }
            running = true
            return carryOut()
        default:
            return .ignored
        }
        return .handled
    }

    private func carryOut() -> Outcome {
        let decisions = decisions
        switch work {
        case .erasure(let requestID, _):
            return .run(Effect.asUser("rights.erase") { store, user in
                .rights(.erased(try store.eraseClient(requestID: requestID, decisions: decisions, as: user)))
            })
        case .retention(let keys):
            return .run(Effect.asUser("apply") { store, user in
                .rights(.retentionApplied(try store.applyRetention(selecting: keys, decisions: decisions, as: user)))
            })
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        guard var field = typing else {
            _ = list.handle(key)
            return .handled
        }
        switch key {
        case .escape:
            typing = nil
            typingRequester = false
        case .enter where typingRequester:
            let text = field.text.trimmingCharacters(in: .whitespaces)
            let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
            guard parts.count == 2, let until = LocalDate(iso: parts[0]), until > context.today else {
                return .message(StatusMessage("type the date to keep it until (YYYY-MM-DD, after today), a space, then why",
                                              kind: .warning))
            }
            requesterKept = (parts[1], until)
            typing = nil
            typingRequester = false
        case .enter:
            let reason = field.text.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else {
                return .message(StatusMessage("reason must not be empty: say why this stays, or press Esc", kind: .warning))
            }
            switch selected {
            case .hit(let hit): redacted.remove(hit.id); kept[hit.id] = reason
            case .microchip(let chip): chipsKept[chip.petID] = reason
            case .export, nil: break
            }
            typing = nil
            _ = list.handle(.down)
        default:
            _ = field.handle(key)
            typing = field
        }
        return .handled
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        guard var field = typing else { return .ignored }
        field.insert(text)
        typing = field
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        running = false
        switch result.result {
        case .success(.rights(.erased(let erased))):
            guard case .erasure(let requestID, let reference) = work else { return .handled }
            return .replace(RecipientsScreen(requestID: requestID, reference: reference,
                                             intro: RightsPages.erasure(erased.outcomes, reference: reference)))
        case .success(.rights(.retentionApplied(let applied))):
            return .replace(RightsPageScreen(title: "Retention applied",
                                             lines: RetentionScreen.appliedLines(applied, by: context.session?.displayName ?? "",
                                                                                 at: context.now, zone: context.store.clock.timeZone)))
        case .success:
            return .handled
        case .failure(let error):
            return .message(StatusMessage(ErrorText.describe(error), kind: .error))
        }
    }
}
