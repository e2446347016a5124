import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore

/// The manager's retention review in a real terminal.
@Suite("retention review in a real terminal", .serialized)
struct RetentionTerminalTests {
    @Test func theManagerReviewsRetentionAndAnonymisesAClientAfterConfirmingByName() throws {
        let practice = try FlowPractice.make()
        // A client last seen in 2015: long past the seven-year clinical and six-year financial periods.
        let then = try #require(LocalDate(iso: "2015-04-20"))
        let past = try AppDatabase(path: practice.path, mode: .existing, clock: FixedClock(date: then))
        var form = ClientForm()
        form.firstName = "Olive"
        form.lastName = "Oldham"
        form.addressLine1 = "3 Quay Road"
        form.town = "Truro"
        form.postcode = "TR1 1AA"
        form.phones = [.init(label: .mobile, number: "07700 900999")]
        try past.registerClient(form.validated(), as: practice.manager)
        #expect(try practice.store.search("Oldham").count == 1)

        let office = try practice.openTerminal(columns: 120, rows: 40)
        defer { office.kill() }
        try office.logIn("mary", "manager-pass")
        try office.send("F12")
        try office.waitFor(text: "Retention review")
        try office.send("t")
        try office.waitFor(text: "Olive Oldham")
        try office.send("a")
        try office.waitFor(text: "[x]")
        try office.send("x")
        try office.waitFor(text: "Anonymise")
        try office.send("y")
        try office.waitFor(text: "Type ANONYMISE")
        try office.type("ANONYMISE")
        try office.send("Enter")
        let screen = try office.waitFor(text: "Anonymised (1)")
        let search = try CommandRunner.run(["search", "Oldham", "--as", "mary", "--db", practice.path],
                                            input: "manager-pass\n")
        #expect(search.stdout.contains("No clients match"), "\(search.stdout)\n\(screen)")
        #expect(try practice.store.search("Oldham").isEmpty, "this process sees the other terminal's change")
        let audit = try practice.store.auditTrail(userID: nil, clientID: nil, from: nil, to: nil, limit: 50, as: practice.manager)
        #expect(audit.contains { $0.action == "apply retention review" })
    }
}
