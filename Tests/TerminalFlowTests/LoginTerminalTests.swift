import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// A one-time password in a real terminal: the login leads to choosing a password, typed unseen.
@Suite("logins in a real terminal", .serialized)
struct LoginTerminalTests {
    @Test func aOneTimePasswordLeadsToChoosingYourOwnAndThenIn() throws {
        let practice = try FlowPractice.make()
        let issued = try practice.store.addUser(username: "nina", displayName: "Nina Nurse", role: .receptionist,
                                                as: practice.manager)
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.waitFor(text: "Username:")
        try terminal.type("nina")
        try terminal.send("Tab")
        try terminal.type(issued.oneTimePassword)
        try terminal.send("Enter")
        let choose = try terminal.waitFor(text: "Choose your own password, nina")
        #expect(!choose.contains(issued.oneTimePassword), "passwords are never shown")
        try terminal.type("nina-chose-this")
        try terminal.send("Tab")
        try terminal.type("nina-chose-this")
        try terminal.send("F2")
        let searching = try terminal.waitFor(text: "Online queue (")
        #expect(searching.contains("Nina Nurse"), "\(searching)")
        #expect(!searching.contains("nina-chose-this"))
        #expect(try practice.store.authenticate(username: "nina", password: "nina-chose-this").role == .receptionist)
    }
}
