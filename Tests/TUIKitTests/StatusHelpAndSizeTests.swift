import Testing
import TUIKit

@Suite("Status line, help view and size guard")
struct StatusHelpAndSizeTests {
    @Test func statusLineShowsPracticeUserAndMessage() {
        var status = StatusLine(practiceName: "Harbour Vets", userName: "Siân Jones", roleName: "vet")
        var buffer = ScreenBuffer(rows: 1, columns: 60)
        status.render(into: &buffer, row: 0, width: 60)
        #expect(buffer.text == " Harbour Vets · Siân Jones (vet)")
        status.message = StatusMessage("Only the practice manager may erase", kind: .error)
        status.render(into: &buffer, row: 0, width: 60)
        #expect(buffer.text == " Harbour… · Siân Jones (vet)  Error: Only the practice man…",
                "the practice name yields first, then the message; the role never")
        #expect(buffer[0, 59].role == .statusBar)
        #expect(buffer[0, 58].role == .error)
    }

    @Test func statusLineWithoutLogin() {
        #expect(StatusLine(practiceName: "St Helier Vets").identity == "St Helier Vets · not logged in")
    }

    @Test func tooSmallViewGivesCurrentAndMinimumSize() {
        var buffer = ScreenBuffer(rows: 10, columns: 40)
        TooSmallView.render(into: &buffer)
        #expect(buffer.text == """



            Terminal too small: 40×10, need at least
                             80×24.
                   Please enlarge the window.




            """)
        #expect(!TerminalSize(rows: 23, columns: 100).isAtLeast(.minimum))
        #expect(TerminalSize(rows: 24, columns: 80).isAtLeast(.minimum))
    }

    @Test func tooSmallViewSurvivesTinyTerminals() {
        var buffer = ScreenBuffer(rows: 1, columns: 3)
        TooSmallView.render(into: &buffer)
        #expect(buffer.rows[0] == "Ter")
    }

    @Test func helpViewRendersAndScrolls() {
        let content = SampleCommands.table.helpContent(onScreen: "clientForm")
        var help = HelpViewState(content: content)
        help.pageSize = 3
        var buffer = ScreenBuffer(rows: 5, columns: 30)
        help.render(into: &buffer, in: buffer.bounds)
        #expect(buffer.rows == [
            "┌─ Help: Client form ────────┐",
            "│ Editing                    │",
            "│ F2 / Ctrl-S …  Save client │",
            "│                            │",
            "└──── more below: ↓ or PgDn ─┘",
        ])
        let scrolled = help.handle(.down, width: 26)
        #expect(scrolled == .handled)
        help.render(into: &buffer, in: buffer.bounds)
        #expect(buffer.rows[1] == "│ F2 / Ctrl-S …  Save client │")
        let ignored = help.handle(.character("x"), width: 26)
        #expect(ignored == .notHandled)
    }
}
