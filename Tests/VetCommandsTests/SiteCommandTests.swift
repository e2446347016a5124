import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// `vetdesk site` and the sites of `vetdesk user` through the real binary.
@Suite("vetdesk site")
struct SiteCommandTests {
    private static let password = "manager-pass-1"

    private func run(_ arguments: [String], _ practice: CommandPractice, login: Bool = true) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments + (login ? ["--as", "mia"] : []) + ["--db", practice.path],
                              input: login ? Self.password + "\n" : nil)
    }

    @Test func addEditListCloseAndReopenSites() throws {
        let practice = try CommandPractice(password: Self.password)
        let added = try run(["site", "add", "Quay Street", "--address", "9 Quay Street, Bath", "--phone", "01225 123456"], practice)
        #expect(added.status == 0, "stderr: \(added.stderr)")
        let phone = try PhoneNumber(parsing: "01225 123456", label: .work).formatted
        #expect(added.stdout == "Added site Quay Street (\(phone)).\n")
        #expect(try run(["site", "list"], practice, login: false).stdout
            == "Harbour Vets\t-\topen\t1 staff\t\nQuay Street\t\(phone)\topen\t0 staff\t9 Quay Street, Bath\n")
        let edited = try run(["site", "edit", "QUAY street", "--name", "Quay St", "--phone", ""], practice)
        #expect(edited.stdout == "Saved site Quay St.\n", "stderr: \(edited.stderr)")
        let json = try run(["site", "list", "--json"], practice, login: false)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["Harbour Vets", "Quay St"])
        #expect(rows.last?["phone"] as? String == "")
        #expect(rows.last?["address"] as? String == "9 Quay Street, Bath")
        #expect(rows.first?["open"] as? Bool == true)
        #expect(rows.first?["staff"] as? Int == 1)
        let closed = try run(["site", "close", "harbour vets"], practice)
        #expect(closed.stdout == "Closed Harbour Vets; its history stays.\n", "stderr: \(closed.stderr)")
        #expect(try run(["site", "list"], practice, login: false).stdout
            == "Quay St\t-\topen\t0 staff\t9 Quay Street, Bath\nHarbour Vets\t-\tclosed\t1 staff\t\n")
        let last = try run(["site", "close", "Quay St"], practice)
        #expect(last.status != 0)
        #expect(last.stdout.isEmpty)
        #expect(last.stderr == "Error: Quay St is the practice's only open site; open another before closing it\n")
        let reopened = try run(["site", "reopen", "HARBOUR VETS"], practice)
        #expect(reopened.stdout == "Reopened Harbour Vets.\n", "stderr: \(reopened.stderr)")
        #expect(try practice.store.sites().allSatisfy(\.active))
    }

    @Test func badSitesAreRefusedNamingTheFieldOrTheOption() throws {
        let practice = try CommandPractice(password: Self.password)
        let bad = try run(["site", "add", " ", "--phone", "call us"], practice)
        #expect(bad.status != 0)
        #expect(bad.stderr.hasPrefix("Error: site name must not be empty\nsite phone"), "\(bad.stderr)")
        let taken = try run(["site", "add", "HARBOUR vets"], practice)
        #expect(taken.stderr == "Error: site name 'HARBOUR vets' is already used by another site\n")
        let unknown = try run(["site", "edit", "Gorey", "--name", "Gorey Pier"], practice)
        #expect(unknown.status != 0)
        #expect(unknown.stderr == "Error: site 'Gorey' is not one of this practice's sites (Harbour Vets)\n")
        let nothing = try run(["site", "edit", "Harbour Vets"], practice)
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains("give --name, --address or --phone"), "\(nothing.stderr)")
        let wrongPassword = try CommandRunner.run(["site", "add", "Gorey", "--as", "mia", "--db", practice.path], input: "guess\n")
        #expect(wrongPassword.status != 0)
        #expect(try practice.store.sites().map(\.name) == ["Harbour Vets"])
    }

    @Test func loginsAreListedAtTheSitesGiven() throws {
        let practice = try CommandPractice(password: Self.password)
        #expect(try run(["user", "add", "tom", "--name", "Tom", "--role", "receptionist"], practice).stdout
            .hasPrefix("Added tom (Tom, receptionist) at Harbour Vets.\n"))
        #expect(try run(["site", "add", "Quay Street"], practice).status == 0)
        let ambiguous = try run(["user", "add", "ann", "--name", "Ann", "--role", "vet"], practice)
        #expect(ambiguous.status != 0)
        #expect(ambiguous.stderr == "Error: --site: this practice has 2 sites; give --site for each site the login works at\n")
        let unknown = try run(["user", "add", "ann", "--name", "Ann", "--role", "vet", "--site", "Gorey"], practice)
        #expect(unknown.stderr == "Error: --site: site 'Gorey' is not one of this practice's sites (Harbour Vets, Quay Street)\n")
        let ann = try run(["user", "add", "ann", "--name", "Ann", "--role", "vet", "--site", "quay street", "--site", "Harbour Vets"],
                          practice)
        #expect(ann.stdout.hasPrefix("Added ann (Ann, vet) at Harbour Vets, Quay Street.\n"), "stderr: \(ann.stderr)")
        let moved = try run(["user", "sites", "tom", "--site", "QUAY STREET"], practice)
        #expect(moved.stdout == "tom works at Quay Street.\n", "stderr: \(moved.stderr)")
        let none = try run(["user", "sites", "tom"], practice)
        #expect(none.status != 0)
        #expect(none.stderr.contains("give at least one --site"), "\(none.stderr)")
        #expect(try run(["site", "close", "Harbour Vets"], practice).status == 0)
        let closed = try run(["user", "sites", "tom", "--site", "Harbour Vets"], practice)
        #expect(closed.stderr == "Error: Harbour Vets is closed; staff cannot be listed there\n")
        let list = try run(["user", "list"], practice)
        #expect(list.stdout.contains("ann\tAnn\tvet\tactive, one-time password\tHarbour Vets (closed), Quay Street\n"), "\(list.stdout)")
        #expect(list.stdout.contains("tom\tTom\treceptionist\tactive, one-time password\tQuay Street\n"))
        #expect(list.stdout.contains("mia\tMia Manager\tmanager\tactive\tHarbour Vets (closed)\n"))
    }
}
