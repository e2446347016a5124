import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// The practice's sites: added and changed by a manager, one always open, staff listed where they
/// work, terminals working only where their person may, and every change in the audit trail.
@Suite("Sites")
struct SiteTests {
    /// The practice's first site, made at set-up and named as the practice.
    private func firstSite(_ practice: TestPractice) throws -> Site {
        try #require(try practice.database.sites().first)
    }

    /// A second open site, "Quay Street".
    private func addQuayStreet(_ practice: TestPractice) throws -> Site {
        try practice.database.addSite(SiteDetails(name: "Quay Street", address: "9 Quay Street\nSt Helier",
                                                  phone: "01534 736 000"), as: practice.manager)
    }

    @Test("a manager adds a site and renames it; the phone is stored formatted", arguments: SQLDialect.allCases)
    func addAndRename(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let added = try addQuayStreet(practice)
        #expect(added.active)
        #expect(added.version == 1)
        #expect(added.phone == (try PhoneNumber(parsing: "01534 736 000", label: .work).formatted))
        #expect(try db.sites().map(\.name) == ["Harbour Vets", "Quay Street"])
        let id = try added.id.unwrapped("site id")
        let renamed = try db.updateSite(id: id, expectedVersion: 1, details: SiteDetails(name: "  Quay Street North ",
                                                                                         address: added.address), as: practice.manager)
        #expect(renamed.name == "Quay Street North")
        #expect(renamed.phone == "")
        #expect(renamed.version == 2)
        #expect(try db.site(named: "quay street NORTH").id == id)
        #expect(refusal { _ = try db.site(named: "Quay Street") }
            == "site 'Quay Street' is not one of this practice's sites (Harbour Vets, Quay Street North)")
    }

    @Test("a name used by another site in any case is refused, on adding and on renaming", arguments: SQLDialect.allCases)
    func duplicateNames(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let quay = try addQuayStreet(practice)
        #expect(refusal { _ = try db.addSite(SiteDetails(name: "QUAY street"), as: practice.manager) }
            == "site name 'QUAY street' is already used by another site")
        #expect(refusal { _ = try db.updateSite(id: try quay.id.unwrapped("id"), expectedVersion: 1,
                                                details: SiteDetails(name: "harbour vets"), as: practice.manager) }
            == "site name 'harbour vets' is already used by another site")
        // Its own name in another case is not "another site".
        let recased = try db.updateSite(id: try quay.id.unwrapped("id"), expectedVersion: 1,
                                        details: SiteDetails(name: "QUAY STREET"), as: practice.manager)
        #expect(recased.name == "QUAY STREET")
        #expect(try db.sites().count == 2)
    }

    @Test("an empty or over-long name and a phone that is not one are refused, each naming its field",
          arguments: SQLDialect.allCases)
    func validation(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        do {
            _ = try db.addSite(SiteDetails(name: " ", phone: "call us"), as: practice.manager)
            Issue.record("an empty name was accepted")
        } catch StoreError.invalid(let errors) {
            #expect(errors.errors.map(\.field) == ["site name", "site phone"])
            #expect(errors.message(for: "site name") == "site name must not be empty")
            #expect(errors.message(for: "site phone")?.hasPrefix("site phone") == true, "\(errors)")
        }
        let long = String(repeating: "x", count: 61)
        #expect(refusal { _ = try db.addSite(SiteDetails(name: long), as: practice.manager) }.hasPrefix("site name"))
        #expect(try db.sites().count == 1)
        #expect(refusal { _ = try db.addSite(SiteDetails(name: "Gorey"), as: practice.receptionist) }
            == "A receptionist cannot manage the practice's sites; ask a practice manager.")
    }

    @Test("the practice's last open site cannot be closed; a closed one reopens", arguments: SQLDialect.allCases)
    func closeLastOpenSite(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let harbour = try firstSite(practice)
        let harbourID = try harbour.id.unwrapped("id")
        #expect(refusal { _ = try db.setSiteOpen(id: harbourID, false, expectedVersion: harbour.version, as: practice.manager) }
            == "Harbour Vets is the practice's only open site; open another before closing it")
        let quay = try addQuayStreet(practice)
        let closed = try db.setSiteOpen(id: harbourID, false, expectedVersion: harbour.version, as: practice.manager)
        #expect(!closed.active)
        #expect(try db.sites().map(\.name) == ["Quay Street", "Harbour Vets"], "open sites first")
        #expect(refusal { _ = try db.setSiteOpen(id: try quay.id.unwrapped("id"), false, expectedVersion: 1, as: practice.manager) }
            == "Quay Street is the practice's only open site; open another before closing it")
        let reopened = try db.setSiteOpen(id: harbourID, true, expectedVersion: closed.version, as: practice.manager)
        #expect(reopened.active)
    }

    @Test("a save over someone else's change is a conflict naming who and when", arguments: SQLDialect.allCases)
    func staleEdit(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let quay = try addQuayStreet(practice)
        let id = try quay.id.unwrapped("id")
        _ = try db.updateSite(id: id, expectedVersion: 1, details: SiteDetails(name: "Quay St"), as: practice.manager)
        let stale = refusal { _ = try db.updateSite(id: id, expectedVersion: 1, details: SiteDetails(name: "Old Quay"),
                                                    as: practice.manager) }
        #expect(stale.hasPrefix("Site Quay St was changed by Morgan Le Sueur (manager) on 3 Mar 2025"), "\(stale)")
        #expect(refusal { _ = try db.setSiteOpen(id: id, false, expectedVersion: 1, as: practice.manager) }.hasPrefix("Site Quay St was changed"))
        #expect(try db.site(named: "quay st").version == 2)
    }

    @Test("staff are listed at open sites only, and at one at least", arguments: SQLDialect.allCases)
    func staffListing(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let harbourID = try firstSite(practice).id.unwrapped("id")
        let quay = try addQuayStreet(practice)
        let quayID = try quay.id.unwrapped("id")
        #expect(try db.staffSites()[practice.receptionist.userID] == [harbourID], "listed at the only site when added")
        try db.setStaffSites(username: "TOM", siteIDs: [harbourID, quayID], as: practice.manager)
        #expect(try db.staffSites()[practice.receptionist.userID] == [harbourID, quayID])
        #expect(refusal { try db.setStaffSites(username: "tom", siteIDs: [], as: practice.manager) }
            == "sites: choose at least one site")
        #expect(refusal { try db.setStaffSites(username: "nobody", siteIDs: [quayID], as: practice.manager) }
            == "there is no user called 'nobody'")
        #expect(refusal { try db.setStaffSites(username: "tom", siteIDs: [harbourID], as: practice.vet) }
            == "A vet cannot manage staff logins; ask a practice manager.")
        _ = try db.setSiteOpen(id: quayID, false, expectedVersion: quay.version, as: practice.manager)
        #expect(refusal { try db.setStaffSites(username: "tom", siteIDs: [quayID], as: practice.manager) }
            == "Quay Street is closed; staff cannot be listed there")
        #expect(try db.staffSites()[practice.receptionist.userID] == [harbourID, quayID], "a refused change leaves the list")
    }

    @Test("a new login is listed where the manager works, at the sites chosen, or refused when several could be meant",
          arguments: SQLDialect.allCases)
    func newLoginSites(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let harbourID = try firstSite(practice).id.unwrapped("id")
        let quayID = try addQuayStreet(practice).id.unwrapped("id")
        #expect(refusal { _ = try db.addUser(username: "ann", displayName: "Ann", role: .vet, as: practice.manager) }
            == "sites: this practice has 2 sites; choose where the login works")
        let atQuay = try db.workAt(siteID: quayID, as: practice.manager)
        let ann = try db.addUser(username: "ann", displayName: "Ann", role: .vet, as: atQuay).user
        #expect(try db.staffSites()[try ann.id.unwrapped("id")] == [quayID])
        let bob = try db.addUser(username: "bob", displayName: "Bob", role: .receptionist, sites: [harbourID, quayID],
                                 as: practice.manager).user
        #expect(try db.staffSites()[try bob.id.unwrapped("id")] == [harbourID, quayID])
    }

    @Test("a receptionist works only where listed and only at an open site; a manager at any open site",
          arguments: SQLDialect.allCases)
    func workAt(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let harbourID = try firstSite(practice).id.unwrapped("id")
        let quay = try addQuayStreet(practice)
        let quayID = try quay.id.unwrapped("id")
        #expect(refusal { _ = try db.workAt(siteID: quayID, as: practice.receptionist) }
            == "Tom Renouf does not work at Quay Street; a manager can add the site to their login")
        #expect(try db.sitesToWorkAt(practice.receptionist).map(\.name) == ["Harbour Vets"])
        let atHarbour = try db.workAt(siteID: harbourID, as: practice.receptionist)
        #expect(atHarbour.siteID == harbourID)
        #expect(atHarbour.siteName == "Harbour Vets")
        #expect(try db.sitesToWorkAt(practice.manager).map(\.name) == ["Harbour Vets", "Quay Street"])
        let managerAtQuay = try db.workAt(siteID: quayID, as: practice.manager)
        #expect(managerAtQuay.siteID == quayID, "a manager is not listed at Quay Street yet works there")
        try db.setStaffSites(username: "tom", siteIDs: [harbourID, quayID], as: practice.manager)
        _ = try db.setSiteOpen(id: quayID, false, expectedVersion: quay.version, as: practice.manager)
        #expect(refusal { _ = try db.workAt(siteID: quayID, as: practice.receptionist) }
            == "Quay Street is closed; choose an open site")
        #expect(refusal { _ = try db.workAt(siteID: quayID, as: practice.manager) } == "Quay Street is closed; choose an open site")
        #expect(try db.sitesToWorkAt(practice.receptionist).map(\.name) == ["Harbour Vets"])
        #expect(refusal { _ = try db.workAt(siteID: 999, as: practice.manager) } == "there is no site numbered 999")
    }

    @Test("with several open sites a row is written only at the site the terminal chose", arguments: SQLDialect.allCases)
    func workingSite(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let harbourID = try firstSite(practice).id.unwrapped("id")
        #expect(try practice.read { db in try Sites.working(db, for: practice.vet) } == harbourID, "the only open site")
        let quay = try addQuayStreet(practice)
        let quayID = try quay.id.unwrapped("id")
        #expect(refusal { _ = try practice.read { db in try Sites.working(db, for: practice.vet) } }
            == "this practice has several sites: choose the site this terminal works at first")
        let (_, pet) = try practice.registerClientWithPet()
        #expect(refusal { _ = try db.logConsultation(petID: try pet.id.unwrapped("pet"), details: try Treatments.note(),
                                                    as: practice.vet) }
            == "this practice has several sites: choose the site this terminal works at first")
        try db.setStaffSites(username: "priya", siteIDs: [quayID], as: practice.manager)
        let vetAtQuay = try db.workAt(siteID: quayID, as: practice.vet)
        let logged = try db.logConsultation(petID: try pet.id.unwrapped("pet"), details: try Treatments.note(), as: vetAtQuay)
        #expect(logged.consultation.siteId == quayID)
        _ = try db.setSiteOpen(id: quayID, false, expectedVersion: quay.version, as: practice.manager)
        #expect(refusal { _ = try practice.read { db in try Sites.working(db, for: vetAtQuay) } }
            == "Quay Street has been closed; log in again and choose an open site")
    }

    @Test("every site action is in the audit trail", arguments: SQLDialect.allCases)
    func audited(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let harbourID = try firstSite(practice).id.unwrapped("id")
        let before = try practice.auditActions().count
        let quay = try addQuayStreet(practice)
        let quayID = try quay.id.unwrapped("id")
        let renamed = try db.updateSite(id: quayID, expectedVersion: 1, details: SiteDetails(name: "Quay St"), as: practice.manager)
        try db.setStaffSites(username: "tom", siteIDs: [harbourID, quayID], as: practice.manager)
        _ = try db.workAt(siteID: quayID, as: practice.receptionist)
        let closed = try db.setSiteOpen(id: quayID, false, expectedVersion: renamed.version, as: practice.manager)
        _ = try db.setSiteOpen(id: quayID, true, expectedVersion: closed.version, as: practice.manager)
        #expect(Array(try practice.auditActions().dropFirst(before))
            == ["add site", "change site", "change sites", "work at site", "close site", "reopen site"])
        let details = try practice.read { db in
            try db.fetchValues(String.self, "SELECT detail FROM audit_entry WHERE record_type IN ('site', 'staff_user') "
                                   + "AND action <> 'view' ORDER BY id")
        }
        #expect(details.suffix(6) == ["Quay Street", "Quay St", "tom at Harbour Vets, Quay St", "Quay St", "Quay St", "Quay St"])
    }
}
