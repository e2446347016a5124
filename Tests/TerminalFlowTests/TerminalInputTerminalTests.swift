import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore

/// Keys as real terminals send them: `vetdesk` runs in tmux under `TERM=xterm-256color`, whose
/// terminfo describes none of tmux's own Home/End sequences.
@Suite("terminal input in a real terminal", .serialized)
struct TerminalInputTerminalTests {
    @Test func ctrlSSavesAFormAndTheScreenKeepsUpdating() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openXterm()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.send("F2")
        try terminal.waitFor(text: "Register a new client")
        try terminal.fillNewClientForm(firstName: "Dafydd", lastName: "Evans")
        try terminal.send("C-s")
        try terminal.waitFor(text: "Dafydd Evans")
        #expect(try practice.store.search("Evans").count == 1)
        // Flow control would have frozen the output here: what is typed next must show.
        try terminal.send("C-q")
        try terminal.send("/")
        try terminal.waitFor(text: "Find:")
        try terminal.type("evans")
        try terminal.waitFor(text: "Evans, Dafydd")
    }

    @Test func ctrlBackslashWithNothingUnsavedQuitsCleanly() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openXtermReportingExit()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.send("C-\\")
        try terminal.waitFor(text: "vetdesk exited with status 0")
    }

    @Test func ctrlBackslashWithUnsavedInputAsksFirst() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openXtermReportingExit()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.send("F2")
        try terminal.waitFor(text: "Register a new client")
        try terminal.send("Tab")
        try terminal.type("Half-typed")
        try terminal.send("C-\\")
        try terminal.waitFor(text: "Quit and lose it?")
        try terminal.send("Enter")  // No is the default.
        try terminal.waitFor { $0.contains("Half-typed") && !$0.contains("Quit and lose it?") }
        #expect(try terminal.hasExited() == false)
        try terminal.send("C-\\")
        try terminal.waitFor(text: "Quit and lose it?")
        try terminal.send("y")
        try terminal.waitFor(text: "vetdesk exited with status 0")
    }

    /// tmux's own Home/End (`ESC[1~`, `ESC[4~`), then rxvt's, xterm's and the Linux console's.
    @Test func homeAndEndMoveTheCursorInATextFieldWhateverTheTerminal() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openXterm()
        defer { terminal.kill() }
        try terminal.waitFor(text: "Username:")
        try terminal.type("ab")
        try terminal.send("Home")
        try terminal.type("<")
        try terminal.send("End")
        try terminal.type(">")
        try terminal.waitFor(text: "<ab>")
        let escape: UInt8 = 0x1B
        let encodings: [(home: [UInt8], end: [UInt8])] = [
            ([escape] + Array("[7~".utf8), [escape] + Array("[8~".utf8)),  // rxvt
            ([escape] + Array("[H".utf8), [escape] + Array("[F".utf8)),  // xterm, screen
            ([escape] + Array("OH".utf8), [escape] + Array("OF".utf8)),  // xterm application mode
            ([escape] + Array("[1;5H".utf8), [escape] + Array("[1;5F".utf8)),  // xterm Ctrl-Home/End
        ]
        var expected = "<ab>"
        for (index, encoding) in encodings.enumerated() {
            try terminal.sendBytes(encoding.home)
            try terminal.type("\(index)")
            try terminal.sendBytes(encoding.end)
            try terminal.type("\(index)")
            expected = "\(index)\(expected)\(index)"
            try terminal.waitFor(text: expected)
        }
        let screen = try terminal.screen()
        #expect(!screen.contains("~") && !screen.contains("[H") && !screen.contains("OF"), "stray text:\n\(screen)")
    }

    @Test func endOnAClientRecordStaysThereAndTypesNothing() throws {
        let practice = try FlowPractice.make()
        try practice.registerClient(firstName: "Siân", lastName: "Jones")
        let terminal = try practice.openXterm()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.type("jones")
        try terminal.waitFor(text: "Jones, Siân")
        try terminal.send("Enter")
        try terminal.waitFor(text: "Siân Jones")
        try terminal.send("End")
        try terminal.send("Home")
        try terminal.sendBytes([0x1B] + Array("[99~".utf8))  // a sequence no terminal sends for a key
        try terminal.send("F1")
        let help = try terminal.waitFor(text: "Help: Client record")
        #expect(!help.contains("[4~") && !help.contains("99~"))
        try terminal.send("Escape")
        let record = try terminal.waitFor { $0.contains("Siân Jones") && !$0.contains("Help: Client record") }
        #expect(!record.contains("Find:"), "End left the client record:\n\(record)")
    }

    @Test func aPastedBlockArrivesWholeAsOneEvent() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openXterm()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.send("F2")
        try terminal.waitFor(text: "Register a new client")
        try terminal.fillNewClientForm(firstName: "Paste", lastName: "Tester")
        try terminal.send("Tab", "Tab")  // to the notes
        let notes = String((0..<200).map { index in Character(Unicode.Scalar(UInt8(97 + index % 26))) })
        // Ctrl-S inside the pasted text must not save half of it.
        let pasted = String(notes.prefix(100)) + "\u{13}" + String(notes.dropFirst(100))
        let started = Date()
        try terminal.paste(pasted)
        try terminal.waitFor(text: String(notes.suffix(20)))
        let elapsed = Date().timeIntervalSince(started)
        try terminal.send("F2")
        try terminal.waitFor(text: "Paste Tester")
        let client = try #require(try practice.store.search("Tester").first)
        let record = try practice.store.viewClient(id: client.clientID, as: practice.manager)
        #expect(record.client.notes == notes)
        #expect(elapsed < 1.5, "the paste took \(elapsed) s to show")
    }

    @Test func keysWhileTooSmallDoNothingAndQuitStillWorks() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openXterm()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.type("abc")
        let before = try terminal.waitFor(text: "No clients match 'abc'")
        try terminal.resize(columns: 70, rows: 20)
        try terminal.waitFor(text: "Terminal too small")
        try terminal.type("xyz")
        try terminal.send("F2")
        try terminal.send("F9")
        try terminal.send("Escape")
        try terminal.send("Enter")
        try terminal.paste("pasted")
        try terminal.send("F1")
        try terminal.waitFor(text: "Terminal too small")
        try terminal.resize(columns: 80, rows: 24)
        let after = try terminal.waitFor(text: "Find:")
        #expect(after == before)
        // Back on the first screen, Today, quitting does not ask.
        try terminal.send("Escape")
        try terminal.waitFor(text: "Online queue (")
        try terminal.resize(columns: 70, rows: 20)
        try terminal.waitFor(text: "Terminal too small")
        try terminal.send("F10")
        try terminal.waitFor("vetdesk to exit") { _ in (try? terminal.hasExited()) == true }
    }

    /// Ctrl-Z under a shell with job control: the shell gets a normal terminal back, and `fg`
    /// brings VetDesk back fully drawn with its keys (Ctrl-S included) working.
    @Test func ctrlZSuspendsAndFgRedrawsEverything() throws {
        let practice = try FlowPractice.make()
        let terminal = try TmuxSession(command: ["bash", "--norc", "--noprofile", "-i"],
                                       environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color", "PS1": "shell$ "])
        defer { terminal.kill() }
        try terminal.waitFor(text: "shell$")
        try terminal.type("\(CommandRunner.executable.path) --db \(practice.path)")
        try terminal.send("Enter")
        try terminal.logIn("rita", "reception-pass")
        try terminal.send("F2")
        try terminal.waitFor(text: "Register a new client")
        try terminal.send("C-z")
        let shell = try terminal.waitFor(text: "Stopped")
        #expect(!shell.contains("Register a new client"), "the shell should see its own screen:\n\(shell)")
        try terminal.type("fg")
        try terminal.send("Enter")
        let resumed = try terminal.waitFor { $0.contains("Register a new client") && !$0.contains("shell$") }
        #expect(!resumed.contains("Stopped"))
        try terminal.fillNewClientForm(firstName: "After", lastName: "Resume")
        try terminal.send("C-s")
        try terminal.waitFor(text: "After Resume")
        #expect(try practice.store.search("Resume").count == 1)
    }
}
