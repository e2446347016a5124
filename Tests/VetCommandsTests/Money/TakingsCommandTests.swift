import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore
import VetSQL

/// `vetdesk takings` through the real binary: by day, site and method, with totals that add up.
@Suite("vetdesk takings")
struct TakingsCommandTests {
    private static let password = "manager-pass-1"

    private func run(_ arguments: [String], _ practice: CommandPractice) throws -> CommandRunner.Result {
        try CommandRunner.run(["takings"] + arguments + ["--as", "mia", "--db", practice.path], input: Self.password + "\n")
    }

    /// £20 by card at the first site and £7.50 cash at Bath Road, less a £2.50 refund there.
    private func takenAtTwoSites(_ engine: SQLDialect = .sqlite) throws -> (CommandPractice, today: LocalDate) {
        let practice = try CommandPractice(password: Self.password, engine: engine)
        let store = practice.store
        let bathRoad = try store.addSite(SiteDetails(name: "Bath Road"), as: practice.manager)
        let first = try #require(try store.sites().first { $0.name == "Harbour Vets" })
        let atFirst = try store.workAt(siteID: try #require(first.id), as: practice.manager)
        let atBathRoad = try store.workAt(siteID: try #require(bathRoad.id), as: practice.manager)
        let zoe = try practice.zoeID
        _ = try store.recordPayment(clientID: zoe, amount: Pence(2_000), method: .card, keepRestOnAccount: true, as: atFirst)
        _ = try store.recordPayment(clientID: zoe, amount: Pence(750), method: .cash, keepRestOnAccount: true, as: atBathRoad)
        _ = try store.recordRefund(clientID: zoe, amount: Pence(250), method: .cash, reason: "Overpaid", as: atBathRoad)
        return (practice, store.clock.today())
    }

    @Test(arguments: SQLDialect.allCases)
    func everySiteThenOneSiteThenJSON(engine: SQLDialect) throws {
        let (practice, today) = try takenAtTwoSites(engine)
        let all = try run([], practice)
        #expect(all.status == 0, "stderr: \(all.stderr)")
        #expect(all.stdout == """
            Takings at every site, \(today.iso)

            Date\tSite\tMethod\tPayments\tTaken\tRefunds\tRefunded\tNet
            \(today.iso)\tBath Road\tCash\t1\t£7.50\t1\t£2.50\t£5.00
            \(today.iso)\tHarbour Vets\tCard\t1\t£20.00\t0\t£0.00\t£20.00

            Taken £27.50 · refunded £2.50 · net £25.00
            By method: Cash £5.00 · Card £20.00

            """)
        let one = try run(["--site", "bath road", "--from", today.iso, "--to", today.iso], practice)
        #expect(one.stdout.hasPrefix("Takings at Bath Road, \(today.iso)\n"))
        #expect(one.stdout.contains("net £5.00"))
        #expect(!one.stdout.contains("Harbour Vets"))
        let json = try run(["--json"], practice)
        #expect(json.stdout.contains("\"netPence\" : 2500"))
        #expect(json.stdout.contains("\"site\" : \"Bath Road\""))
        let empty = try run(["--from", "2000-01-01"], practice)
        #expect(empty.stdout.hasSuffix("Nothing was taken or refunded.\n"))
    }

    @Test func badInputNamesTheOption() throws {
        let (practice, today) = try takenAtTwoSites()
        let site = try run(["--site", "Nowhere"], practice)
        #expect(site.status != 0)
        #expect(site.stderr == "Error: --site: site 'Nowhere' is not one of this practice's sites (Bath Road, Harbour Vets)\n")
        let backwards = try run(["--from", today.iso, "--to", today.adding(days: -1).iso], practice)
        #expect(backwards.status != 0)
        #expect(backwards.stderr == "Error: --to \(today.adding(days: -1).iso) is before --from \(today.iso)\n")
        let date = try run(["--from", "2026-02-30"], practice)
        #expect(date.status != 0 && date.stderr.contains("--from"))
        #expect(date.stdout.isEmpty)
    }
}
