import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore

/// Pick lists, a wrapped field error and a confirmation, in a real terminal at 80×24.
@Suite("pick lists, wrapping and confirmations in a real terminal", .serialized)
struct WidgetTerminalTests {
    @Test func aPetIsRegisteredFromPickListsPastAWrappedErrorAndQuitAsksFirst() throws {
        let practice = try FlowPractice.make()
        var form = ClientForm()
        form.firstName = "Dafydd"
        form.lastName = "Evans"
        form.addressLine1 = "2 Quay Street"
        form.town = "St Helier"
        form.postcode = "JE2 3AB"
        form.email = "dafydd@example.com"
        let client = try practice.store.registerClient(form.validated(), as: practice.manager)
        let terminal = try practice.openTerminal()
        defer { terminal.kill() }
        try terminal.logIn("rita", "reception-pass")
        try terminal.type("Evans")
        try terminal.waitFor(text: "Evans, Dafydd")
        try terminal.send("Enter")
        try terminal.waitFor(text: "Dafydd Evans")
        try terminal.send("F5")
        try terminal.waitFor(text: "Species")
        try terminal.type("Pip")
        try terminal.send("Tab")
        try terminal.type("rab")
        let list = try terminal.waitFor(text: ">Rabbit")
        #expect(list.contains("Guinea pig"), "the open list shows the other entries")
        try terminal.send("Enter")
        try terminal.send("Tab", "Tab")
        try terminal.type("f")
        try terminal.waitFor(text: "Female")
        for _ in 0..<4 { try terminal.send("Tab") }
        try terminal.type("98511200345")
        try terminal.send("F2")
        let refused = try terminal.waitFor("the whole microchip rule") { screen in
            let flowing = screen.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return flowing.contains("! microchip '98511200345' must be 15 digits (it has 11)")
        }
        #expect(!refused.contains("…"), "the error wraps instead of being cut off")
        try terminal.type("4567")
        try terminal.send("F2")
        try terminal.waitFor(text: "Registered Pip")
        let pip = try practice.store.viewClient(id: client.id ?? 0, as: practice.manager).pets.first
        #expect(pip?.species == "Rabbit" && pip?.sex == .female && pip?.microchip == "985112003454567")

        try terminal.send("q")
        try terminal.waitFor(text: "Quit VetDesk now?")
        #expect(try terminal.screen().contains("[ No ]"))
        try terminal.send("Escape")
        try terminal.waitFor(text: "Nothing was changed.")
        #expect(try !terminal.hasExited())
        try terminal.send("q")
        try terminal.waitFor(text: "Quit VetDesk now?")
        try terminal.send("y")
        try terminal.waitFor("VetDesk to exit") { _ in (try? terminal.hasExited()) ?? false }
    }
}
