import Testing
import TUIKit

@Suite("Text field")
struct TextFieldTests {
    func typed(_ text: String, into field: inout TextFieldState) {
        for character in text { _ = field.handle(.character(character)) }
    }

    @Test func insertsAndEditsByCharacter() {
        var field = TextFieldState()
        typed("Sian", into: &field)
        _ = field.handle(.left)
        _ = field.handle(.left)
        _ = field.handle(.delete)
        typed("â", into: &field)
        #expect(field.text == "Siân")
        #expect(field.cursor == 3)
        _ = field.handle(.home)
        _ = field.handle(.delete)
        #expect(field.text == "iân")
        _ = field.handle(.end)
        _ = field.handle(.backspace)
        #expect(field.text == "iâ")
    }

    @Test func backspaceRemovesAWholeGrapheme() {
        var field = TextFieldState(text: "Ze\u{0301}👩‍⚕️")
        _ = field.handle(.end)  // pre-filled text starts selected; moving keeps it
        _ = field.handle(.backspace)
        #expect(field.text == "Ze\u{0301}")
        _ = field.handle(.backspace)
        #expect(field.text == "Z")
    }

    @Test func ctrlUAndCtrlKKillToStartAndEnd() {
        var field = TextFieldState(text: "Ó Briain Siân")
        for _ in 0..<5 { _ = field.handle(.left) }
        _ = field.handle(.ctrl("k"))
        #expect(field.text == "Ó Briain")
        _ = field.handle(.left)
        _ = field.handle(.ctrl("u"))
        #expect(field.text == "n" && field.cursor == 0)
    }

    @Test func leavesNavigationKeysToTheForm() {
        var field = TextFieldState()
        #expect(field.handle(.tab) == .notHandled)
        #expect(field.handle(.enter) == .notHandled)
        #expect(field.handle(.function(2)) == .notHandled)
        #expect(field.handle(.escape) == .notHandled)
    }

    @Test func respectsMaxLength() {
        var field = TextFieldState(maxLength: 4)
        typed("JE3 7DZ", into: &field)
        #expect(field.text == "JE3 ")
        let accepted = field.insert("x")
        #expect(!accepted)
    }

    @Test func pasteDropsLineBreaks() {
        var field = TextFieldState()
        field.insert("07700\n900123")
        #expect(field.text == "07700900123")
    }

    @Test func masksPasswords() {
        var buffer = ScreenBuffer(rows: 1, columns: 10)
        let field = TextFieldState(text: "sécret", isMasked: true)
        let cursor = TextField.render(field, into: &buffer, in: Rect(row: 0, column: 2, height: 1, width: 8), focused: true)
        #expect(buffer.rows[0] == "  ******  ")
        #expect(cursor == CursorPosition(row: 0, column: 8))
        #expect(buffer[0, 2].role == .selected, "pre-filled text shows selected")
        #expect(buffer[0, 8].role == .focusedField)
    }

    @Test func scrollsHorizontallyToKeepTheCursorVisible() {
        var field = TextFieldState(visibleWidth: 6)
        typed("王小明 Nguyễn", into: &field)
        var buffer = ScreenBuffer(rows: 1, columns: 6)
        let cursor = TextField.render(field, into: &buffer, in: buffer.bounds, focused: true)
        #expect(buffer.rows[0] == "guyễn ")
        #expect(cursor == CursorPosition(row: 0, column: 5))
        _ = field.handle(.home)
        TextField.render(field, into: &buffer, in: buffer.bounds, focused: false)
        #expect(buffer.rows[0] == "王小明")
        #expect(buffer[0, 0].role == .field)
    }

    @Test func unfocusedFieldReportsNoCursor() {
        var buffer = ScreenBuffer(rows: 1, columns: 6)
        #expect(TextField.render(TextFieldState(text: "a"), into: &buffer, in: buffer.bounds, focused: false) == nil)
    }
}
