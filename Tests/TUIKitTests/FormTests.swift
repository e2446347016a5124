import Testing
import TUIKit

@Suite("Form")
struct FormTests {
    func clientForm() -> FormState {
        var form = FormState(fields: [
            .text("name", label: "Name", value: "Zoë Ó Briain"),
            .text("postcode", label: "Postcode", maxLength: 8),
            .notes("notes", label: "Notes", rows: 2),
        ])
        form.setFieldWidth(20)
        return form
    }

    @Test func tabAndShiftTabMoveFocusAndWrap() {
        var form = clientForm()
        #expect(form.focusedField?.id == "name")
        #expect(form.handle(.tab) == .handled)
        #expect(form.focusedField?.id == "postcode")
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        #expect(form.focusedField?.id == "name")
        _ = form.handle(.backTab)
        #expect(form.focusedField?.id == "notes")
    }

    @Test func typingMarksTheFormDirtyAndSavingClearsIt() {
        var form = clientForm()
        #expect(!form.isDirty)
        _ = form.handle(.left)
        #expect(!form.isDirty, "moving the cursor is not a change")
        _ = form.handle(.tab)
        for character in "JE3 7DZ" { _ = form.handle(.character(character)) }
        #expect(form.isDirty)
        #expect(form.value(of: "postcode") == "JE3 7DZ")
        form.markSaved()
        #expect(!form.isDirty)
        form.load("JE2 3AB", into: "postcode")
        #expect(!form.isDirty && form.values["postcode"] == "JE2 3AB")
    }

    @Test func enterInNotesAddsALineButFunctionKeysFallThrough() {
        var form = clientForm()
        form.focus("notes")
        form.paste("Nervous in the waiting room")
        #expect(form.handle(.enter) == .handled)
        #expect(form.value(of: "notes") == "Nervous in the waiting room\n")
        #expect(form.handle(.function(2)) == .notHandled)
    }

    @Test func editorWidthMatchesTheLayout() {
        let form = clientForm()
        #expect(Form.editorWidth(form, in: Rect(row: 0, column: 0, height: 10, width: 50)) == 40)
    }

    @Test func errorsShowUnderTheFieldAndTakeFocus() {
        var form = clientForm()
        form.load("JE3 7D", into: "postcode")
        form.setErrors(["postcode": "postcode 'JE3 7D' is incomplete"])
        #expect(form.focusedField?.id == "postcode")
        #expect(form.hasErrors)
        var buffer = ScreenBuffer(rows: 6, columns: 50)
        let cursor = Form.render(form, into: &buffer, in: buffer.bounds)
        #expect(buffer.text == """
            Name:     Zoë Ó Briain
            Postcode: JE3 7D
                      ! postcode 'JE3 7D' is incomplete
            Notes:


            """)
        #expect(cursor == CursorPosition(row: 1, column: 16))
        #expect(buffer[2, 10].role == .error)
        #expect(buffer[1, 10].role == .focusedField, "the text in error is not selected: it is corrected, not lost")
        #expect(buffer[0, 10].role == .field)
        form.setErrors([:])
        #expect(!form.hasErrors)
    }

    @Test func scrollsToShowTheFocusedField() {
        var form = FormState(fields: (1...6).map { .text("f\($0)", label: "Field \($0)") })
        for _ in 0..<5 { _ = form.handle(.tab) }
        var buffer = ScreenBuffer(rows: 3, columns: 30)
        let cursor = Form.render(form, into: &buffer, in: buffer.bounds)
        #expect(buffer.rows.map { String($0.prefix(8)) } == ["Field 4:", "Field 5:", "Field 6:"])
        #expect(cursor?.row == 2)
    }
}
