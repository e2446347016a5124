import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore

/// A manager opens a second site, lists a receptionist there and closes it again, in a real
/// terminal at 80×24.
@Suite("managing sites in a real terminal", .serialized)
struct SiteManagerTerminalTests {
    @Test func aManagerOpensASiteListsStaffThereAndClosesIt() throws {
        let practice = try FlowPractice.make()
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.logIn("mary", "manager-pass")
        try terminal.send("F12")
        try terminal.waitFor(text: "Sites")
        try terminal.send("i")
        try terminal.waitFor(text: "1 site, 1 open")
        try terminal.send("F2")
        try terminal.waitFor(text: "Add a site")
        try terminal.type("Quay Street")
        try terminal.send("Tab")
        try terminal.type("9 Quay Street")
        try terminal.send("Enter")
        try terminal.type("St Helier")
        try terminal.send("Tab")
        try terminal.type("not a phone")
        try terminal.send("F2")
        try terminal.waitFor(text: "site phone")
        try terminal.send("C-u")
        try terminal.type("01534 736000")
        try terminal.send("F2")
        try terminal.waitFor(text: "Site added.")
        let list = try terminal.waitFor(text: "2 sites, 2 open")
        #expect(list.contains("01534 736000"), "\(list)")
        try terminal.send("Down", "Enter")
        try terminal.waitFor(text: "9 Quay Street, St Helier")
        try terminal.send("Escape")
        try terminal.waitFor(text: "2 sites, 2 open")

        try terminal.send("Escape")
        try terminal.waitFor(text: "Practice manager's tools")
        try terminal.send("u")
        try terminal.waitFor(text: "Rita Reception")
        try terminal.send("Down", "w")
        try terminal.waitFor(text: "Sites Rita Reception (rita) works at")
        try terminal.send("Down", "Space", "Enter")
        try terminal.waitFor(text: "rita works at Harbour Vets, Quay Street.")
        let staff = try terminal.waitFor(text: "Harbour Vets, Quay")
        #expect(staff.contains("rita"), "\(staff)")

        try terminal.send("Escape")
        try terminal.waitFor(text: "Practice manager's tools")
        try terminal.send("i")
        try terminal.waitFor(text: "2 sites, 2 open")
        try terminal.send("Down", "F8")
        try terminal.waitFor(text: "Close Quay Street?")
        try terminal.send("y")
        try terminal.waitFor(text: "Quay Street is closed; its history stays.")
        try terminal.waitFor(text: "2 sites, 1 open")
        #expect(try practice.store.sites().map(\.active) == [true, false])
        let rita = try #require(try practice.store.users().first { $0.username == "rita" }?.id)
        #expect(try practice.store.staffSites()[rita]?.count == 2)
    }
}
