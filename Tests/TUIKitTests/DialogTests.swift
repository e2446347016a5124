import Testing
import TUIKit

@Suite("Dialog")
struct DialogTests {
    @Test func destructiveConfirmationNamesTheThingAndDefaultsToNo() {
        var dialog = DialogState.confirmDestructive(action: "Erase", thing: "client Zoë Ó Briain")
        #expect(dialog.message.contains("Erase client Zoë Ó Briain?"))
        #expect(dialog.selectedButton == .no)
        #expect(dialog.handle(.enter) == .chose("no"))
    }

    @Test func letterShortcutsChooseDirectly() {
        var dialog = DialogState.confirmDestructive(action: "Delete", thing: "pet Biscuit")
        #expect(dialog.handle(.character("Y")) == .chose("yes"))
        #expect(dialog.handle(.character("n")) == .chose("no"))
        #expect(dialog.handle(.character("z")) == .ignored)
        #expect(dialog.handle(.escape) == .cancelled)
    }

    @Test func arrowsMoveTheSelection() {
        var dialog = DialogState.discardChanges(of: "client Siân")
        #expect(dialog.handle(.right) == .moved)
        #expect(dialog.handle(.enter) == .chose("yes"))
        _ = dialog.handle(.left)
        #expect(dialog.selectedButton == .no)
    }

    @Test func rendersACentredBoxWithTheDefaultBracketed() {
        let dialog = DialogState.confirmDestructive(action: "Erase", thing: "client Zoë")
        var buffer = ScreenBuffer(rows: 8, columns: 36)
        Dialog.render(dialog, into: &buffer, in: buffer.bounds)
        #expect(buffer.text == """

                 ┌─ Erase ────────────────┐
                 │ Erase client Zoë?      │
                 │ This cannot be undone. │
                 │                        │
                 │     [ No ]   Yes       │
                 └────────────────────────┘

            """)
        let noColumn = buffer.rows[5].distance(from: buffer.rows[5].startIndex, to: buffer.rows[5].firstIndex(of: "[") ?? buffer.rows[5].startIndex)
        #expect(buffer[5, noColumn].role == .selected)
    }
}
