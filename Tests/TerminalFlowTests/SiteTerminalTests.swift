import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// The site a terminal works at, in a real terminal: asked once, remembered across runs,
/// changed from search, and never asked in a practice with one site.
@Suite("sites in a real terminal", .serialized)
struct SiteTerminalTests {
    /// The flow practice with a second open site.
    private func twoSites() throws -> FlowPractice {
        let practice = try FlowPractice.make()
        try practice.store.addSite(SiteDetails(name: "Quay Street", address: "1 Quay Street"), as: practice.manager)
        return practice
    }

    /// The header line of the screen.
    private func header(_ screen: String) -> String {
        String(screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }

    @Test func loginAsksOnceThenTheTerminalRemembersAndChangingSiteMovesTheHeader() throws {
        let practice = try twoSites()
        let first = try practice.openTerminal()
        defer { first.kill() }
        try first.waitFor(text: "Username:")
        try first.type("mary")
        try first.send("Tab")
        try first.type("manager-pass")
        try first.send("Enter")
        try first.waitFor(text: "Which site is this terminal at?")
        try first.send("Down")
        try first.send("Enter")
        let searching = try first.waitFor(text: "Online queue (")
        #expect(header(searching).contains("Harbour Vets · Quay Street · Mary Manager (Practice manager)"), "\(searching)")
        try first.send("F10")
        try first.waitFor("the program to end") { _ in (try? first.hasExited()) == true }

        let again = try practice.openTerminal()
        defer { again.kill() }
        try again.logIn("mary", "manager-pass")
        let remembered = try again.screen()
        #expect(!remembered.contains("Which site"), "a remembered site is not asked")
        #expect(header(remembered).contains("Quay Street"), "\(remembered)")

        try again.send("F7")
        try again.waitFor(text: "(here now)")
        try again.send("Up")
        try again.send("Enter")
        let moved = try again.waitFor(text: "This terminal now works at Harbour Vets")
        #expect(header(moved).contains("Harbour Vets · Harbour Vets · Mary Manager"), "\(moved)")
        let memory = try String(contentsOf: practice.stateFolder.appendingPathComponent("vetdesk/terminal-sites.json"),
                                encoding: .utf8)
        #expect(memory.contains("\"siteName\" : \"Harbour Vets\""), "\(memory)")
        #expect(memory.contains(practice.path), "the database is remembered by its absolute path: \(memory)")
    }

    @Test func aSingleSitePracticeNeverAsks() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        let screen = try terminal.screen()
        #expect(!screen.contains("Which site"))
        #expect(header(screen).hasPrefix(" Harbour Vets · Rita Reception (Receptionist)"), "\(screen)")
        #expect(!FileManager.default.fileExists(atPath: practice.stateFolder.path), "nothing to remember")
    }

    @Test func aSiteOptionNamingNoOpenSiteStopsBeforeTheUI() throws {
        let practice = try twoSites()
        let result = try CommandRunner.run(["--db", practice.path, "--site", "Nowhere"],
                                           environment: ["XDG_STATE_HOME": practice.stateFolder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--site: 'Nowhere' is not one of this practice's open sites (Harbour Vets, Quay Street)"),
                "\(result.stderr)")
        let fromEnvironment = try CommandRunner.run(["--db", practice.path],
                                                    environment: ["VETDESK_SITE": "Nowhere",
                                                                  "XDG_STATE_HOME": practice.stateFolder.path])
        #expect(fromEnvironment.status != 0)
        #expect(fromEnvironment.stderr.contains("--site: 'Nowhere'"), "\(fromEnvironment.stderr)")
    }

    @Test func aSiteOptionChoosesTheSiteWithoutAsking() throws {
        let practice = try twoSites()
        let terminal = try practice.openTerminal(arguments: ["--site", "quay street"])
        defer { terminal.kill() }
        try terminal.logIn("mary", "manager-pass")
        #expect(header(try terminal.screen()).contains("Quay Street · Mary Manager"))
    }
}
