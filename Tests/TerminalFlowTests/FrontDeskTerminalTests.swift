import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore
import VetSQL

/// The front desk in a real terminal: tmux runs `vetdesk`, keys are typed, the screen is read back.
@Suite("front desk in a real terminal", .serialized)
struct FrontDeskTerminalTests {
    @Test(arguments: SQLDialect.allCases)
    func registerAClientWithAPetAndEmailConsentThenFindThemByPhone(engine: SQLDialect) throws {
        let practice = try FlowPractice.make(engine: engine)
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.send("F2")
        try terminal.waitFor(text: "Register a new client")
        try terminal.send("Tab")
        for (text, tabs) in [("Dafydd", 1), ("Evans", 1), ("2 Quay Street", 2), ("St Helier", 1), ("JE2 3AB", 1),
                             ("dafydd@example.com", 1), ("07700 900456", 0)] {
            try terminal.type(text)
            for _ in 0..<tabs { try terminal.send("Tab") }
        }
        try terminal.send("F2")
        try terminal.waitFor(text: "Dafydd Evans")
        try terminal.send("F5")
        try terminal.waitFor(text: "Species")
        try terminal.type("Bryn")
        try terminal.send("Tab")
        try terminal.type("Dog")
        try terminal.send("F2")
        try terminal.waitFor(text: "Bryn")
        try terminal.send("F6")
        try terminal.waitFor(text: "Marketing consent")
        try terminal.send("g")
        try terminal.waitFor(text: "Wording version")
        try terminal.send("Tab")
        try terminal.send("Tab")
        try terminal.type("2026-01")
        try terminal.send("F2")
        try terminal.waitFor(text: "Consent recorded")
        try terminal.send("Escape")
        // Wait for the record before the next key: Esc and "/" arriving together read as Alt-/.
        try terminal.waitFor("the client record") { !$0.contains("Marketing consent for") && $0.contains("Bryn") }
        try terminal.send("/")
        try terminal.waitFor(text: "Find:")
        try terminal.type("+44 7700 900456")
        let screen = try terminal.waitFor(text: "Evans, Dafydd")
        #expect(screen.contains("phone"))
        let stored = try practice.store.search("07700900456")
        let record = try practice.store.viewClient(id: try #require(stored.first?.clientID), as: practice.manager)
        #expect(record.pets.map(\.name) == ["Bryn"])
        #expect(record.currentConsent.contains { $0.channel == .email && $0.action == .granted })
    }

    @Test(arguments: SQLDialect.allCases)
    func anAccessRequestSitsInTheQueueWithItsDueDate(engine: SQLDialect) throws {
        let practice = try FlowPractice.make(region: .jersey, engine: engine)
        var form = ClientForm()
        form.firstName = "Zoë"
        form.lastName = "Ó Briain"
        form.addressLine1 = "1 Rue du Pont"
        form.town = "St Aubin"
        form.postcode = "JE3 8AB"
        form.email = "zoe@example.com"
        try practice.store.registerClient(form.validated(), as: practice.manager)
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.logIn("mary", "manager-pass")
        try terminal.type("briain")
        try terminal.waitFor(text: "Ó Briain, Zoë")
        try terminal.send("Enter")
        try terminal.waitFor(text: "Zoë Ó Briain")
        try terminal.send("F8")
        try terminal.waitFor(text: "Log a data-protection request")
        try terminal.send("Space")
        try terminal.send("F2")
        let dialog = try terminal.waitFor(text: "Reference: DSR-")
        #expect(dialog.contains("Legal due date"))
        // Keys other than Enter or Esc leave the reference up: F9 here does not open the queue,
        // so the Enter after it dismisses the dialog and lands back on the record.
        try terminal.send("F9")
        try terminal.send("Enter")
        let record = try terminal.waitFor(text: "Logged DSR-")
        #expect(record.contains("Client record") && !record.contains("Reference: DSR-"), "\(record)")
        try terminal.send("F9")
        try terminal.waitFor(text: "Request queue")
        // Jersey counts four weeks from the day received, with no roll to a working day.
        // The queue's row, not the status line (which also names the due date), is waited for.
        let due = SystemClock().today().adding(days: 28).iso
        let screen = try terminal.waitFor(text: "Ó Briain, Zoë")
        #expect(screen.contains(due))
        #expect(screen.contains("Access"))
    }

    @Test func resizingLargerSmallerThanTheMinimumAndBack() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.resize(columns: 120, rows: 40)
        #expect(try terminal.windowSize() == (120, 40))
        try terminal.waitFor("the header to span 120 columns") { screen in
            screen.split(separator: "\n").first.map { $0.hasSuffix("Client search") && $0.count > 100 } ?? false
        }
        try terminal.resize(columns: 70, rows: 20)
        try terminal.waitFor(text: "Terminal too small: 70×20, need at least 80×24.")
        try terminal.resize(columns: 80, rows: 24)
        let screen = try terminal.waitFor(text: "Find:")
        #expect(!screen.contains("too small"))
        #expect(try terminal.hasExited() == false)
    }

    @Test func escapeNeverQuitsAndQuittingWithUnsavedInputAsksFirst() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        for _ in 0..<4 { try terminal.send("Escape") }
        try terminal.waitFor(text: "To quit, press F10 or q")
        #expect(try terminal.hasExited() == false)
        try terminal.send("F3")
        try terminal.waitFor(text: "Find:")
        try terminal.send("F2")
        try terminal.waitFor(text: "Register a new client")
        try terminal.send("Tab")
        try terminal.type("Half-typed")
        try terminal.send("F10")
        try terminal.waitFor(text: "Quit and lose it?")
        try terminal.send("Enter")  // No is the default.
        try terminal.waitFor(text: "Half-typed")
        #expect(try terminal.hasExited() == false)
        try terminal.send("F10")
        try terminal.waitFor(text: "Quit and lose it?")
        try terminal.send("y")
        try terminal.waitFor("vetdesk to exit") { _ in (try? terminal.hasExited()) == true }
    }

    @Test func theCursorSitsOnTheFocusedField() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.waitFor(text: "Username:")
        try terminal.type("ri")
        try terminal.waitFor(text: "ri")
        let screen = try terminal.screen().split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(screen.firstIndex { $0.contains("Username:") })
        let cursor = try terminal.cursor()
        #expect(cursor.row == row)
        #expect(cursor.column == (screen[row].range(of: "ri").map { screen[row].distance(from: screen[row].startIndex, to: $0.upperBound) } ?? -1))
    }
}
