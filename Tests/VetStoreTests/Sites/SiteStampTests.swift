import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// What happens at a site carries it: a consultation where the animal was seen, its invoice
/// there too whoever finalises it, a payment where it was taken; and the takings add up by site.
@Suite("Work carries its site")
struct SiteStampTests {
    /// The test practice with a second site, "Gorey", where the vet and receptionist also work.
    private static func twoSites(_ engine: SQLDialect) throws -> (TestPractice, main: Site, gorey: Site) {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let gorey = try db.addSite(SiteDetails(name: "Gorey", address: "Gorey Pier, Jersey JE3 6EW", phone: "01534 853000"),
                                   as: practice.manager)
        let main = try #require(try db.sites().first { $0.id == 1 })
        let both: Set<Int64> = [1, try gorey.id.unwrapped("site")]
        try db.setStaffSites(username: practice.vet.username, siteIDs: both, as: practice.manager)
        try db.setStaffSites(username: practice.receptionist.username, siteIDs: both, as: practice.manager)
        return (practice, main, gorey)
    }

    @Test("a practice with one site needs no choice: everything is at that site", arguments: SQLDialect.allCases)
    func oneSiteNeedsNoChoice(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        #expect(billed.consultation.siteId == 1)
        #expect(billed.invoice.siteId == 1)
        let paid = try practice.database.recordPayment(clientID: try billed.client.id.unwrapped("id"), amount: Pence(1_000),
                                                       method: .cash, as: practice.receptionist)
        #expect(paid.siteId == 1)
        let sites = try practice.database.sites()
        #expect(sites.map(\.name) == ["Harbour Vets"])
        #expect(sites.first?.address == "1 Quay Street, St Helier")
    }

    @Test("with several sites, site-carrying work waits until the terminal has chosen one", arguments: SQLDialect.allCases)
    func severalSitesNeedAChoice(engine: SQLDialect) throws {
        let (practice, _, _) = try Self.twoSites(engine)
        let (client, pet) = try practice.registerClientWithPet()
        #expect(refusal { _ = try practice.database.logConsultation(petID: try pet.id.unwrapped("pet"),
                                                                    details: try Treatments.note(), as: practice.vet) }
            == "this practice has several sites: choose the site this terminal works at first")
        #expect(refusal { _ = try practice.database.recordPayment(clientID: try client.id.unwrapped("client"), amount: Pence(100),
                                                                  method: .card, keepRestOnAccount: true,
                                                                  as: practice.receptionist) }
            == "this practice has several sites: choose the site this terminal works at first")
        #expect(try practice.read { db in try db.fetchValue(Int.self, "SELECT count(*) FROM ledger_entry") } == 0)
    }

    @Test("the invoice stays at the consultation's site when finalised elsewhere; payments are where they are taken",
          arguments: SQLDialect.allCases)
    func invoiceFollowsTheConsultation(engine: SQLDialect) throws {
        let (practice, main, gorey) = try Self.twoSites(engine)
        let db = practice.database
        let goreyID = try gorey.id.unwrapped("site")
        let vetAtGorey = try db.workAt(siteID: goreyID, as: practice.vet)
        let deskAtMain = try db.workAt(siteID: try main.id.unwrapped("site"), as: practice.receptionist)
        #expect(vetAtGorey.siteName == "Gorey")
        let (client, pet) = try practice.registerClientWithPet()
        let logged = try db.logConsultation(petID: try pet.id.unwrapped("pet"), details: try Treatments.note(), as: vetAtGorey)
        #expect(logged.consultation.siteId == goreyID)
        let draft = try logged.invoice.unwrapped("draft")
        #expect(draft.siteId == goreyID)
        let invoice = try db.finaliseInvoice(id: try draft.id.unwrapped("invoice"), expectedVersion: draft.version, as: deskAtMain)
        #expect(invoice.siteId == goreyID)
        let clientID = try client.id.unwrapped("client")
        let payment = try db.recordPayment(clientID: clientID, amount: invoice.gross, method: .card, as: deskAtMain)
        #expect(payment.siteId == main.id)
        let sale = try db.draftInvoice(clientID: clientID, lines: [charge("Flea spot-on", pence: 1_250)], as: deskAtMain)
        #expect(sale.siteId == main.id)
        let entries = try practice.read { db in
            try db.fetchAll("SELECT kind, site_id FROM ledger_entry ORDER BY id").map {
                "\(try $0.decode(String.self, "kind"))@\(try $0.decode(Int64.self, "site_id"))"
            }
        }
        #expect(entries == ["invoice@\(goreyID)", "payment@\(main.id ?? 0)"])
    }

    @Test("a closed site takes no more work, and the terminal is told to choose again", arguments: SQLDialect.allCases)
    func closedSiteTakesNoWork(engine: SQLDialect) throws {
        let (practice, _, gorey) = try Self.twoSites(engine)
        let db = practice.database
        let goreyID = try gorey.id.unwrapped("site")
        let vetAtGorey = try db.workAt(siteID: goreyID, as: practice.vet)
        try db.setSiteOpen(id: goreyID, false, expectedVersion: gorey.version, as: practice.manager)
        let (_, pet) = try practice.registerClientWithPet()
        #expect(refusal { _ = try db.logConsultation(petID: try pet.id.unwrapped("pet"), details: try Treatments.note(), as: vetAtGorey) }
            == "Gorey has been closed; log in again and choose an open site")
        #expect(refusal { _ = try db.workAt(siteID: goreyID, as: practice.vet) } == "Gorey is closed; choose an open site")
    }

    @Test("takings by day, site and method add up to the group's, refunds taken off", arguments: SQLDialect.allCases)
    func takingsAddUp(engine: SQLDialect) throws {
        let (practice, main, gorey) = try Self.twoSites(engine)
        let db = practice.database
        let mainID = try main.id.unwrapped("site"), goreyID = try gorey.id.unwrapped("site")
        let deskAtMain = try db.workAt(siteID: mainID, as: practice.receptionist)
        let deskAtGorey = try db.workAt(siteID: goreyID, as: practice.receptionist)
        let managerAtGorey = try db.workAt(siteID: goreyID, as: practice.manager)
        let (client, _) = try practice.registerClientWithPet()
        let clientID = try client.id.unwrapped("client")
        _ = try db.recordPayment(clientID: clientID, amount: Pence(2_000), method: .card, keepRestOnAccount: true, as: deskAtMain)
        _ = try db.recordPayment(clientID: clientID, amount: Pence(500), method: .cash, keepRestOnAccount: true, as: deskAtMain)
        _ = try db.recordPayment(clientID: clientID, amount: Pence(1_200), method: .card, keepRestOnAccount: true, as: deskAtGorey)
        _ = try db.recordRefund(clientID: clientID, amount: Pence(300), method: .card, reason: "Overpaid", as: managerAtGorey)
        let today = TestPractice.standardDay
        let all = try db.takings(from: today, through: today, siteID: nil, as: practice.receptionist)
        #expect(all.lines.map { "\($0.siteName) \($0.method.rawValue) \($0.net.value)" }
            == ["Gorey card 900", "Harbour Vets cash 500", "Harbour Vets card 2000"])
        #expect(all.taken == Pence(3_700))
        #expect(all.refunded == Pence(300))
        #expect(all.net == Pence(3_400))
        #expect(all.netByMethod.map(\.net.value) == [500, 2_900])
        let atGorey = try db.takings(from: today, through: today, siteID: goreyID, as: practice.manager)
        let atMain = try db.takings(from: today, through: today, siteID: mainID, as: practice.manager)
        #expect(atGorey.site?.name == "Gorey")
        #expect(atGorey.lines.count == 1 && atGorey.lines.first?.refunds == 1 && atGorey.lines.first?.payments == 1)
        #expect(atGorey.net.value + atMain.net.value == all.net.value)
        let yesterday = today.adding(days: -1)
        #expect(try db.takings(from: yesterday, through: yesterday, siteID: nil, as: practice.manager).lines.isEmpty)
        #expect(refusal { _ = try db.takings(from: today, through: yesterday, siteID: nil, as: practice.manager) }
            == "to date \(yesterday) is before from date \(today)")
        #expect(refusal { _ = try db.takings(from: today, through: today, siteID: nil, as: practice.vet) }
            == "A vet cannot view the takings; ask a receptionist or a practice manager.")
    }
}
