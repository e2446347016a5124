import Testing
import TUIKit

@Suite("Nothing cut off")
struct WrappingTests {
    @Test func prefilledTextIsReplacedByTyping() {
        var field = TextFieldState(text: "in person")
        #expect(field.isAllSelected)
        _ = field.handle(.character("v"))
        _ = field.handle(.character("i"))
        #expect(field.text == "vi", "typing replaces pre-filled text instead of giving \"in personvi\"")
        var kept = TextFieldState(text: "小明")
        _ = kept.handle(.end)
        _ = kept.handle(.character("s"))
        #expect(kept.text == "小明s", "moving first edits the text instead")
        var form = FormState(fields: [.text("first", label: "First", value: "小明"), .text("last", label: "Last", value: "Wu")])
        _ = form.handle(.character("Z"))
        #expect(form.value(of: "first") == "Z")
        _ = form.handle(.tab)
        _ = form.handle(.backspace)
        #expect(form.value(of: "last") == "", "focus arriving selects the field's text")
    }

    @Test func fieldErrorsWrapInsteadOfStoppingShort() {
        var form = FormState(fields: [.text("name", label: "Name", value: "Zoë\u{7}"), .text("town", label: "Town")])
        let message = "first name must contain only letters, spaces, hyphens and apostrophes, not a control character"
        form.setErrors(["name": message])
        var buffer = ScreenBuffer(rows: 6, columns: 40)
        Form.render(form, into: &buffer, in: buffer.bounds)
        #expect(buffer.text == """
            Name: Zoë
                  ! first name must contain only
                  letters, spaces, hyphens and
                  apostrophes, not a control
                  character
            Town:
            """)
    }

    @Test func textAreasWordWrapGrowAndScrollWithTheCursor() {
        var area = TextAreaState(visibleSize: TerminalSize(rows: 2, columns: 12), maxRows: 3)
        #expect(area.height == 2)
        area.insert("Bright and alert, mild gingivitis, heart normal")
        #expect(area.rows.count == 5)
        #expect(area.height == 3, "the box grows with the text up to its most rows")
        var buffer = ScreenBuffer(rows: 3, columns: 12)
        let cursor = TextArea.render(area, into: &buffer, in: buffer.bounds, focused: true)
        #expect(buffer.text == """
            gingivitis,
            heart
            normal
            """)
        #expect(cursor == CursorPosition(row: 2, column: 6))
        _ = area.handle(.up)
        _ = area.handle(.up)
        _ = area.handle(.up)
        #expect(area.cursorRow == 1 && area.topRow == 1, "Up moves by shown row and scrolls back")
        buffer = ScreenBuffer(rows: 3, columns: 12)
        TextArea.render(area, into: &buffer, in: buffer.bounds, focused: true)
        #expect(buffer.rows[2].hasSuffix("↓"), "more text below is marked")
        #expect(area.text == "Bright and alert, mild gingivitis, heart normal", "wrapping never changes the text")
    }

    @Test func longMessagesWrapOverSeveralRows() {
        let conflict = StatusMessage("Siân Jones changed this client at 14:02 on 1 Dec 2025. Your typing is kept: "
                                     + "press F2 again to save over their change, or Esc to discard yours.", kind: .error)
        let lines = MessageArea.lines(for: conflict, width: 80)
        #expect(lines.count == 2)
        #expect(lines.joined(separator: " ").hasSuffix("or Esc to discard yours."))
        #expect(lines[0].hasPrefix("Error: "))
        #expect(MessageArea.height(for: nil, width: 80) == 1)
        var buffer = ScreenBuffer(rows: 2, columns: 80)
        MessageArea.render(conflict, into: &buffer, in: buffer.bounds)
        #expect(buffer.text.contains("on 1 Dec 2025"))
        let huge = StatusMessage(String(repeating: "word ", count: 200))
        #expect(MessageArea.lines(for: huge, width: 80).count == MessageArea.maxRows)
    }

    @Test func aTruncatedRowOpensInFull() throws {
        let summary = "Called about Biscuit's itchy ears; booked a recheck for Tuesday and explained the drops twice."
        let table = TableView(columns: [TableColumn("When", width: .fixed(10)), TableColumn("Summary")],
                              rows: [TableRow(["1 Dec", summary])])
        var buffer = ScreenBuffer(rows: 2, columns: 40)
        table.render(into: &buffer, in: buffer.bounds, state: ListState(itemCount: 1))
        #expect(!buffer.text.contains("twice."))
        var detail = try #require(table.detail(ofRow: 0, title: "Communication"))
        #expect(table.detail(ofRow: 1, title: "x") == nil)
        detail.pageSize = 3
        var box = ScreenBuffer(rows: 8, columns: 40)
        detail.render(into: &box, in: box.bounds)
        #expect(box.text.contains("Summary"))
        #expect(detail.lines(width: 36).map(\.text).joined(separator: " ").contains("explained the drops twice."))
        #expect(detail.handle(.down, width: 36) == .handled)
        #expect(detail.topLine == 1)
        #expect(detail.handle(.escape, width: 36) == .notHandled)
    }
}
