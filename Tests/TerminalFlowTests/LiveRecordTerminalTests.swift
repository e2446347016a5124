import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore

/// Two real terminals on one practice file: a record open in one shows what the other saved
/// without a key being pressed, and a stale save is merged field by field instead of lost.
@Suite("live records in two real terminals", .serialized)
struct LiveRecordTerminalTests {
    /// Registers Siân Jones of St Helier and opens two 120×40 terminals logged in as Rita and Mary.
    private func twoDesks() throws -> (FlowPractice, desk: TmuxSession, office: TmuxSession) {
        let practice = try FlowPractice.make()
        var form = ClientForm()
        form.firstName = "Siân"
        form.lastName = "Jones"
        form.addressLine1 = "3 Bath Street"
        form.town = "St Helier"
        form.postcode = "JE2 4ST"
        form.phones = [.init(label: .mobile, number: "07700 900777")]
        try practice.store.registerClient(form.validated(), as: practice.manager)
        let desk = try practice.openTerminal(columns: 120, rows: 40)
        let office = try practice.openTerminal(columns: 120, rows: 40)
        for (terminal, user, password) in [(desk, "rita", "reception-pass"), (office, "mary", "manager-pass")] {
            try terminal.logIn(user, password)
            try terminal.type("jones")
            try terminal.waitFor(text: "Jones, Siân")
            try terminal.send("Enter")
            try terminal.waitFor(text: "Siân Jones")
        }
        return (practice, desk, office)
    }

    @Test func anOpenRecordShowsTheTownSavedAtAnotherTerminalWithoutAKeyPress() throws {
        let (_, desk, office) = try twoDesks()
        defer { desk.kill(); office.kill() }
        try desk.waitFor(text: "St Helier")
        try office.send("F4")
        try office.waitFor(text: "Edit client")
        for _ in 0..<5 { try office.send("Tab") }
        try office.send("C-u")
        try office.type("Gorey")
        try office.send("F2")
        try office.waitFor(text: "Saved Siân Jones")
        // No key is sent to the desk: its tick notices the change and re-reads the record.
        let screen = try desk.waitFor(text: "Updated: change details (town) by Mary Manager (manager)")
        #expect(screen.contains("Gorey"), "\(screen)")
        #expect(!screen.contains("St Helier"), "\(screen)")
    }

    @Test func aConflictingEditIsMergedFieldByField() throws {
        let (practice, desk, office) = try twoDesks()
        defer { desk.kill(); office.kill() }
        for terminal in [desk, office] {
            try terminal.send("F4")
            try terminal.waitFor(text: "Edit client")
        }
        // Both forms are open. The office changes the first name and the town and saves first.
        try office.send("Tab", "End")
        try office.type("-Wyn")
        for _ in 0..<4 { try office.send("Tab") }
        try office.send("C-u")
        try office.type("Gorey")
        try office.send("F2")
        try office.waitFor(text: "Saved Siân-Wyn Jones")
        // The desk's open form says who changed which fields, untouched and without a key press.
        try desk.waitFor(text: "Mary Manager (manager) changed First name, Town")
        try desk.send("Tab", "Tab", "End")
        try desk.type(" Davies")
        for _ in 0..<3 { try desk.send("Tab") }
        try desk.send("C-u")
        try desk.type("St Aubin")
        try desk.send("F2")
        var screen = try desk.waitFor(text: "Town · you both changed it")
        #expect(screen.contains("Mary Manager (manager) saved Siân Jones's contact details"), "\(screen)")
        #expect(screen.contains("[x] Theirs   Siân-Wyn"), "only they changed the first name:\n\(screen)")
        #expect(screen.contains("Jones Davies"), "the typed input survives:\n\(screen)")
        // First name: theirs by default (only they changed it). Last name: mine. Town: take theirs.
        try desk.send("Down", "Down", "t")
        screen = try desk.waitFor("the town to be taken from the office") { text in
            text.contains("[x] Theirs   Gorey")
        }
        try desk.send("F2")
        try desk.waitFor(text: "Saved Siân-Wyn Jones Davies with the values you chose")
        let stored = try #require(try practice.store.search("07700 900777").first)
        #expect(stored.name == "Jones Davies, Siân-Wyn")
        let client = try practice.store.viewClient(id: stored.clientID, as: practice.manager).client
        #expect(client.town == "Gorey")
        // The office's open record shows the desk's merge in its turn.
        try office.waitFor(text: "Siân-Wyn Jones Davies")
    }
}
