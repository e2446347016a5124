import Testing
import VetCore
@testable import VetStore
import VetSQL

/// A demo of several sites is a practice group a person can try: open branches with their
/// own names, a vet and a receptionist who can log in at each, and a history spread over
/// the sites the way it would have happened. A one-site demo stays entirely at its one site.
@Suite("Demo practice with several sites")
struct DemoSitesTests {
    @Test("a 3-site demo has three open sites with distinct names, the first named as the practice",
          arguments: SQLDialect.allCases)
    func threeSites(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 60, sites: 3, engine: engine)
        let sites = try demo.store.sites()
        #expect(sites.count == 3)
        #expect(sites.allSatisfy { $0.active })
        #expect(Set(sites.map { $0.name.lowercased() }).count == 3)
        #expect(sites.contains { $0.name == "Teme Valley Veterinary Surgery" && $0.address.contains("Ludlow") })
        #expect(sites.allSatisfy { !$0.address.isEmpty })
    }

    @Test("every login works at a site, each site has a vet and a receptionist who can log in there, some work at two",
          arguments: SQLDialect.allCases)
    func staffRota(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 30, sites: 3, engine: engine)
        let store = demo.store
        let siteIDs = Set(try store.sites().compactMap(\.id))
        let listed = try store.staffSites()
        let staff = try store.read { db in
            try db.fetchAll("SELECT id, username, role FROM staff_user ORDER BY id").map { row in
                (id: try row.decode(Int64.self, "id"), username: try row.decode(String.self, "username"),
                 role: Role(rawValue: try row.decode(String.self, "role")))
            }
        }
        #expect(Set(staff.map(\.username)).isSuperset(of: DemoPractice.logins.map(\.username)))
        for member in staff {
            let sites = listed[member.id] ?? []
            #expect(!sites.isEmpty, "\(member.username) works nowhere")
            if member.role == .manager { #expect(sites == siteIDs, "\(member.username) is a manager") }
        }
        for role in [Role.vet, .receptionist] {
            #expect(staff.contains { $0.role == role && listed[$0.id]?.count == 2 }, "no \(role) works at two sites")
        }
        let passwords = Dictionary(DemoPractice.logins.map { ($0.role, $0.password) }) { first, _ in first }
        for siteID in siteIDs.sorted() {
            for role in [Role.vet, .receptionist] {
                let member = try #require(staff.first { $0.role == role && listed[$0.id]?.contains(siteID) == true },
                                          "site \(siteID) has no \(role)")
                let session = try store.authenticate(username: member.username, password: passwords[role] ?? "")
                #expect(try store.workAt(siteID: siteID, as: session).siteID == siteID)
            }
        }
    }

    @Test("consultations, invoices and ledger entries happen at every site; an invoice is at its consultation's",
          arguments: SQLDialect.allCases)
    func historyBySite(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 150, sites: 3, engine: engine)
        let store = demo.store
        let siteIDs = try store.sites().compactMap(\.id).sorted()
        for table in ["consultation", "invoice", "ledger_entry"] {
            let used = try store.read { db in
                try db.fetchValues(Int64.self, "SELECT DISTINCT site_id FROM \(table) ORDER BY site_id")
            }
            #expect(used == siteIDs, "\(table)")
            for siteID in siteIDs {
                let rows = try demo.value(Int.self, "SELECT count(*) FROM \(table) WHERE site_id = ?", [siteID]) ?? 0
                #expect(rows >= 10, "\(table) has only \(rows) rows at site \(siteID)")
            }
        }
        #expect(try demo.value(Int.self, """
            SELECT count(*) FROM invoice i JOIN consultation c ON c.id = i.consultation_id WHERE i.site_id <> c.site_id
            """) == 0)
        #expect(try demo.value(Int.self, """
            SELECT count(*) FROM ledger_entry e JOIN invoice i ON i.id = e.invoice_id
            WHERE e.kind IN ('invoice', 'creditNote', 'refund') AND e.site_id <> i.site_id
            """) == 0)
        // Clients see more than one site: some visits are at a branch other than their usual one.
        #expect(try demo.value(Int.self, """
            SELECT count(*) FROM (SELECT p.client_id FROM consultation c JOIN pet p ON p.id = c.pet_id
                                  GROUP BY p.client_id HAVING count(DISTINCT c.site_id) > 1) AS travellers
            """) ?? 0 > 0)
    }

    @Test("each site's takings are some, and together they are the group's", arguments: SQLDialect.allCases)
    func takingsBySite(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 150, sites: 3, engine: engine)
        let store = demo.store
        let manager = try store.authenticate(username: "manager", password: "manager123")
        let first = try #require(try store.read { db in
            try db.fetchValue(LocalDate.self, "SELECT min(entry_on) FROM ledger_entry WHERE kind = 'payment'")
        })
        let all = try store.takings(from: first, through: DemoFixture.today, siteID: nil, as: manager)
        var taken = 0
        var net = 0
        for site in try store.sites() {
            let one = try store.takings(from: first, through: DemoFixture.today, siteID: site.id, as: manager)
            #expect(one.taken.value > 0, "\(site.name) took nothing")
            #expect(one.lines.allSatisfy { $0.siteID == site.id })
            taken += one.taken.value
            net += one.net.value
        }
        #expect(taken == all.taken.value)
        #expect(net == all.net.value)
        #expect(all.refunded.value > 0)
    }

    @Test("a one-site demo keeps everything and everyone at its one site", arguments: SQLDialect.allCases)
    func oneSite(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 40, engine: engine)
        let site = try #require(try demo.store.sites().first?.id)
        #expect(try demo.store.sites().count == 1)
        for table in ["consultation", "invoice", "ledger_entry"] {
            #expect(try demo.value(Int.self, "SELECT count(*) FROM \(table) WHERE site_id <> ?", [site]) == 0, "\(table)")
            #expect(try demo.value(Int.self, "SELECT count(*) FROM \(table)") ?? 0 > 0, "\(table)")
        }
        let logins = try demo.value(Int.self, "SELECT count(*) FROM staff_user")
        #expect(logins == DemoPractice.logins.count)
        #expect(try demo.store.staffSites().values.allSatisfy { $0 == [site] })
    }

    @Test("any number of sites up to the most allowed gets unique, readable names in both regions")
    func branchNames() throws {
        for region in PracticeRegion.allCases {
            let names = [DemoSetup.practiceSettings(region).name]
                + (2...DemoPractice.maximumSites).map { DemoSites.branch($0, region: region).name }
            #expect(Set(names.map { $0.lowercased() }).count == names.count, "\(region)")
            for number in 2...DemoPractice.maximumSites {
                let details = try DemoSites.branch(number, region: region).validated()
                #expect(!details.phone.isEmpty && !details.address.isEmpty, "\(details.name)")
            }
            #expect(names.allSatisfy { name in !name.contains { $0.isNumber } }, "\(names)")
        }
    }

    @Test("sites outside 1 to 50 are refused")
    func refusesSiteCounts() throws {
        let store = try DemoFixture.emptyStore()
        #expect(throws: StoreError.self) { try DemoPractice.generate(into: store, clients: 5, sites: 0) }
        #expect(throws: StoreError.self) { try DemoPractice.generate(into: store, clients: 5, sites: 51) }
        let practices: Int? = try DemoFixture.value(store, "SELECT COUNT(*) FROM practice_settings")
        #expect(practices == 0)
    }
}
