import Testing
import TUIKit

@Suite("Function bar")
struct FunctionBarTests {
    let table = SampleCommands.table

    @Test func fitsEightyColumnsWithEverything() {
        let bar = table.functionBar(onScreen: "clientSearch", width: 80)
        #expect(bar.plainText == "Enter Open F3 Search F7 New F5 Refresh F6 Pets F8 Erase F1 Help F10 Quit")
        #expect(FunctionBar.requiredWidth(bar.entries) <= 80)
    }

    @Test func dropsLowPriorityEntriesWhenNarrow() {
        let bar = table.functionBar(onScreen: "clientSearch", width: 40)
        #expect(bar.plainText == "F3 Search F7 New F1 Help F10 Quit")
        #expect(FunctionBar.requiredWidth(bar.entries) <= 40)
        let tiny = table.functionBar(onScreen: "clientSearch", width: 8)
        #expect(tiny.plainText == "F1 Help")
    }

    @Test func rendersKeysAndTextsInTheirRoles() {
        var buffer = ScreenBuffer(rows: 1, columns: 80)
        let bar = table.functionBar(onScreen: "clientForm", width: 80) { command in
            command.id == "client.save" ? .disabled(reason: "nothing changed") : .enabled
        }
        bar.render(into: &buffer, row: 0, width: 80)
        #expect(buffer.text == "F2 Save F1 Help F10 Quit")
        #expect(buffer[0, 0].role == .keyLabel)
        #expect(buffer[0, 3].role == .disabled)
        #expect(buffer[0, 11].role == .keyText)
        #expect(buffer[0, 79].role == .statusBar)
    }
}
