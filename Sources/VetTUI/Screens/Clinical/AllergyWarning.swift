import Foundation
import TUIKit
import VetCore
import VetStore

/// The warning shown when a treatment picked for a pet matches one of its allergy alerts. It
/// names the alert and the item, and the treatment goes on only with a typed reason, which is
/// kept on the line. Esc (or an empty Enter, which says why) leaves the treatment off.
@MainActor
struct AllergyWarning {
    let petName: String
    let item: PriceItem
    let quantity: Int
    let matches: [AllergyMatch]
    var reason = TextFieldState(maxLength: 200, visibleWidth: 40)
    var error: String?

    /// What a key did to the warning.
    enum Response {
        case stay
        case cancel
        case giveAnyway(reason: String)
    }

    mutating func handle(_ key: Key) -> Response {
        switch key {
        case .escape: return .cancel
        case .enter:
            let typed = reason.text.trimmingCharacters(in: .whitespaces)
            guard !typed.isEmpty else {
                error = "reason must not be empty: say why \(item.name) is given despite the alert, or press Esc"
                return .stay
            }
            return .giveAnyway(reason: typed)
        default:
            _ = reason.handle(key)
            error = nil
            return .stay
        }
    }

    /// What a screen showing the warning does with a key: the same on the consultation and at checkout.
    enum Answer {
        /// The key was taken by the warning, or left the item off with this message.
        case done(Outcome)
        /// Put the item on with the reason typed.
        case add(item: PriceItem, quantity: Int, reason: String)
    }

    /// Passes `key` to the open warning, closing it when it is answered.
    static func answer(_ key: Key, to warning: inout AllergyWarning?) -> Answer? {
        guard var open = warning else { return nil }
        switch open.handle(key) {
        case .stay:
            warning = open
            return .done(.handled)
        case .cancel:
            warning = nil
            return .done(.message(StatusMessage("\(open.item.name) was not added.", kind: .warning)))
        case .giveAnyway(let reason):
            warning = nil
            return .add(item: open.item, quantity: open.quantity, reason: reason)
        }
    }

    /// The message in words: each alert, why the item matches it, and what to do.
    var message: String {
        let alerts = matches.map { "'\($0.alert)': \($0.because)." }.joined(separator: " ")
        return "\(petName) has an allergy alert that matches \(item.name). \(alerts) "
            + "To give it anyway, type the reason and press Enter; Esc leaves it off."
    }

    /// Draws the warning centred in `area`; returns the reason field's cursor.
    func render(into buffer: inout ScreenBuffer, in area: Rect) -> CursorPosition? {
        let inner = max(20, min(66, area.width - 6))
        let lines = wrap(message, to: inner)
        let errorLines = error.map { wrap("! " + $0, to: inner) } ?? []
        let height = min(area.height, lines.count + errorLines.count + 5)
        let rect = area.centered(height: height, width: inner + 4)
        buffer.fill(rect, role: .dialog)
        let inside = buffer.drawBox(rect, role: .dialog, title: "Allergy alert", titleRole: .warning)
        var row = inside.row
        for line in lines where row < inside.bottom - 2 {
            buffer.write(line, row: row, column: inside.column + 1, role: .dialog, maxWidth: inside.width - 2)
            row += 1
        }
        row += 1
        let used = buffer.write("Reason: ", row: row, column: inside.column + 1, role: .label)
        let field = Rect(row: row, column: inside.column + 1 + used, height: 1, width: min(40, inside.width - used - 2))
        let cursor = TextField.render(reason, into: &buffer, in: field, focused: true)
        row += 1
        for line in errorLines where row < inside.bottom {
            buffer.write(line, row: row, column: inside.column + 1, role: .error, maxWidth: inside.width - 2)
            row += 1
        }
        return cursor
    }
}

/// A treatment picked from the price list, waiting for the allergy check before it is added.
@MainActor
struct PendingTreatment {
    let item: PriceItem
    let quantity: Int

    static let checkTag = "allergyCheck"

    /// Asks the store which of the pet's alerts the item matches.
    static func check(petID: Int64, item: PriceItem, into box: Mailbox<AllergyReport>) -> Effect {
        let itemID = item.id ?? 0
        return Effect.load(checkTag, into: box) { store, _ in try store.allergyMatches(petID: petID, priceItemID: itemID) }
    }
}
