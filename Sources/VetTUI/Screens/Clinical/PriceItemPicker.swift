import TUIKit
import VetCore
import VetStore

/// Picks a price-list item by typing the start of any word of its name or code (any case or
/// accents: "drops" finds "Otic ear drops"), with a quantity.
/// Shown over the consultation and draft-invoice screens; while open it takes every key.
@MainActor
struct PriceItemPicker {
    var search = TextFieldState(maxLength: 40, visibleWidth: 24)
    var quantity = TextFieldState(text: "1", maxLength: 6, visibleWidth: 6)
    var quantityFocused = false
    var matches: [PriceItem] = []
    var list = ListState(pageSize: 6)
    var error: String?
    let mailbox = Mailbox<[PriceItem]>()

    /// What a key did to the picker.
    enum Outcome {
        case stay
        case query(Effect)
        case cancel
        case chose(PriceItem, quantity: Int)
    }

    static let queryTag = "priceItems"

    /// The price items matching what is typed now.
    func query() -> Effect {
        let text = search.text
        return Effect.load(Self.queryTag, into: mailbox) { store, _ in try store.priceItems(matching: text, limit: 50) }
    }

    /// Takes the loaded matches, keeping the selection in range.
    mutating func receiveMatches() {
        guard let loaded = mailbox.take() else { return }
        matches = loaded
        list.setItemCount(loaded.count)
    }

    var selected: PriceItem? { list.selectedIndex.flatMap { matches.indices.contains($0) ? matches[$0] : nil } }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .tab, .backTab: quantityFocused.toggle(); return .stay
        case .up, .down, .pageUp, .pageDown: _ = list.handle(key); return .stay
        case .enter: return choose()
        default: break
        }
        if quantityFocused {
            _ = quantity.handle(key)
            return .stay
        }
        let before = search.text
        _ = search.handle(key)
        return search.text == before ? .stay : .query(query())
    }

    private mutating func choose() -> Outcome {
        guard let item = selected else {
            error = "no price-list item matches '\(search.text)'; type the start of any word of a name or code"
            return .stay
        }
        guard let count = Int(quantity.text.trimmingCharacters(in: .whitespaces)), (1...10_000).contains(count) else {
            error = "quantity '\(quantity.text)' must be a whole number from 1 to 10,000"
            quantityFocused = true
            return .stay
        }
        return .chose(item, quantity: count)
    }

    /// Draws the picker as a box over the lower part of `area`; returns the cursor.
    func render(into buffer: inout ScreenBuffer, in area: Rect) -> CursorPosition? {
        let height = min(area.height, 13)
        let rect = Rect(row: area.bottom - height, column: area.column, height: height, width: area.width)
        buffer.fill(rect, role: .dialog)
        let inside = buffer.drawBox(rect, role: .dialog, title: "Add from the price list (Enter adds, Esc closes)")
        let left = inside.column + 1
        var column = left + buffer.write("Code or name: ", row: inside.row, column: left, role: .label)
        let searchRect = Rect(row: inside.row, column: column, height: 1, width: 24)
        let searchCursor = TextField.render(search, into: &buffer, in: searchRect, focused: !quantityFocused)
        column += 26
        column += buffer.write("Quantity: ", row: inside.row, column: column, role: .label)
        let quantityCursor = TextField.render(quantity, into: &buffer, in: Rect(row: inside.row, column: column, height: 1, width: 6),
                                              focused: quantityFocused)
        let tableRect = Rect(row: inside.row + 1, column: inside.column, height: inside.height - 3, width: inside.width)
        let rows = matches.map { item in
            TableRow([item.code, item.name, item.unitPrice.formatted, item.vatRate.formatted])
        }
        let table = TableView(columns: [TableColumn("Code", width: .fixed(10)), TableColumn("Name", width: .flexible()),
                                        TableColumn("Price", width: .fixed(10), alignment: .trailing),
                                        TableColumn("VAT", width: .fixed(6), alignment: .trailing)],
                              rows: rows, emptyText: "No price-list item on offer matches '\(search.text)'.")
        var shown = list
        shown.pageSize = table.pageSize(in: tableRect)
        table.render(into: &buffer, in: tableRect, state: shown)
        let footer = inside.bottom - 1
        if let error {
            buffer.write("! " + error, row: footer, column: left, role: .error, maxWidth: inside.width - 2)
        } else if let item = selected {
            let count = Int(quantity.text) ?? 1
            buffer.write(item.name + ": " + MoneyText.line(quantity: count, unitPrice: item.unitPrice, vatRate: item.vatRate),
                         row: footer, column: left, role: .dialog, maxWidth: inside.width - 2)
        }
        return quantityFocused ? quantityCursor : searchCursor
    }
}
