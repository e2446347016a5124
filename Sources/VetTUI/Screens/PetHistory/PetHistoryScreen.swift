import Foundation
import TUIKit
import VetCore
import VetStore

/// A pet's whole clinical history as one page: alerts first, then weights and every
/// consultation with its treatments and addenda. It reads like a pager: ↑↓ PgUp PgDn Space
/// Home End scroll, `/` searches, `n` and `N` find the next and previous match.
struct PetHistoryScreen: Screen {
    let petID: Int64
    let ownerName: String
    var history: PetHistory?
    var scroll = 0
    /// The search being typed, while the prompt is open.
    var prompt: TextFieldState?
    var searchText = ""
    var matchLine: Int?
    let mailbox = Mailbox<PetHistory>()
    let medicines = Mailbox<[PriceItem]>()

    var screenID: String { AppCommands.ScreenID.petHistory }
    var title: String { "History of " + (history?.pet.name ?? "pet") }
    /// Plain keys are the pager's own (like less); F-keys, Ctrl-F and Esc still run commands.
    var isTextEntryActive: Bool { true }
    var isModal: Bool { prompt != nil }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if command.id == AppCommands.PriceListID.addAllergy {
            return .run(Effect.load("medicines", into: medicines) { store, _ in
                try store.priceList(includeRetired: false).filter { $0.itemKind == .medicine }
            })
        }
        guard command.id == AppCommands.ID.historySearch else { return .ignored }
        prompt = TextFieldState(text: searchText, maxLength: 60, visibleWidth: 40)
        return .handled
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if var typing = prompt {
            switch key {
            case .escape: prompt = nil
            case .enter:
                prompt = nil
                searchText = typing.text
                return find(from: scroll, step: 1, context: context)
            default:
                _ = typing.handle(key)
                prompt = typing
            }
            return .handled
        }
        let page = 10
        switch key {
        case .character("/"): prompt = TextFieldState(maxLength: 60, visibleWidth: 40)
        case .character("n"): return find(from: (matchLine ?? scroll) + 1, step: 1, context: context)
        case .character("N"): return find(from: (matchLine ?? scroll) - 1, step: -1, context: context)
        case .down, .character("j"), .enter: scroll += 1
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .pageDown, .character(" "): scroll += page
        case .pageUp, .character("b"): scroll = max(0, scroll - page)
        case .home, .character("g"): scroll = 0
        case .end, .character("G"): scroll = Int.max / 2
        default: return .ignored
        }
        return .handled
    }

    /// Moves to the next line (in `step`'s direction) that contains the search text, any case.
    private mutating func find(from start: Int, step: Int, context: AppContext) -> Outcome {
        guard !searchText.isEmpty, let history else { return .handled }
        let lines = PetHistoryText.lines(history, zone: context.store.clock.timeZone, width: 76)
        var index = min(max(0, start), lines.count - 1)
        while lines.indices.contains(index) {
            if lines[index].text.localizedCaseInsensitiveContains(searchText) {
                matchLine = index
                scroll = max(0, index - 2)
                return .handled
            }
            index += step
        }
        return .message(StatusMessage("'\(searchText)' not found \(step > 0 ? "below" : "above") this point.", kind: .warning))
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        let id = petID
        return .run(Effect.load("load", into: mailbox) { store, _ in try PetHistory.load(store, petID: id) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == "medicines", let items = medicines.take() {
            return .push(SmallFormScreen(AllergyAlertForm(petID: petID, petName: history?.pet.name ?? "this pet", medicines: items)))
        }
        history = mailbox.take() ?? history
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let width = rect.width - 4
        guard let history else {
            buffer.write("Loading…", row: rect.row + 1, column: left, role: .dim)
            return nil
        }
        let lines = PetHistoryText.lines(history, zone: context.store.clock.timeZone, width: width)
        let height = rect.height - 1
        let top = min(scroll, max(0, lines.count - height))
        for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
            let role = top + offset == matchLine ? StyleRole.selected : line.role
            buffer.write(line.text, row: rect.row + offset, column: left, role: role, maxWidth: width)
        }
        let footer = rect.bottom - 1
        if let prompt {
            let used = buffer.write("Search: ", row: footer, column: left, role: .label)
            return TextField.render(prompt, into: &buffer, in: Rect(row: footer, column: left + used, height: 1, width: 40),
                                    focused: true)
        }
        let shownTo = min(lines.count, top + height)
        buffer.write("Lines \(min(lines.count, top + 1))–\(shownTo) of \(lines.count). / search, n next, N previous, "
            + "Space/PgDn page", row: footer, column: left, role: .dim, maxWidth: width)
        return nil
    }
}
