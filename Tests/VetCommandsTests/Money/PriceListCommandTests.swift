import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// `vetdesk price-list` through the real binary.
@Suite("vetdesk price-list")
struct PriceListCommandTests {
    private static let password = "manager-pass-1"

    private func run(_ arguments: [String], _ practice: CommandPractice, login: Bool = true) throws -> CommandRunner.Result {
        try CommandRunner.run(arguments + (login ? ["--as", "mia"] : []) + ["--db", practice.path],
                              input: login ? Self.password + "\n" : nil)
    }

    @Test func addEditWithADatedPriceRetireAndList() throws {
        let practice = try CommandPractice(password: Self.password)
        let added = try run(["price-list", "add", "amoxc", "--name", "Amoxicillin-clavulanate 250 mg", "--kind", "medicine",
                             "--price", "1.20", "--drug-class", "penicillins"], practice)
        #expect(added.status == 0, "stderr: \(added.stderr)")
        #expect(added.stdout.hasPrefix("Added AMOXC Amoxicillin-clavulanate 250 mg: £1.20, VAT 20% from "))
        let edited = try run(["price-list", "edit", "AMOXC", "--price", "1.35", "--vat", "5%", "--from", "2099-01-01"], practice)
        #expect(edited.status == 0, "stderr: \(edited.stderr)")
        let listed = try run(["price-list", "list"], practice, login: false)
        #expect(listed.status == 0, "stderr: \(listed.stderr)")
        #expect(listed.stdout == "AMOXC\tAmoxicillin-clavulanate 250 mg\tmedicine\tpenicillins\t1.20\t20%\ton offer\t"
            + "from 2099-01-01: 1.35 VAT 5%\t\n")
        let future = try run(["price-list", "list", "--on", "2099-06-01", "--json"], practice, login: false)
        #expect(future.stdout.contains("\"price\" : \"1.35\""))
        #expect(future.stdout.contains("\"drugClass\" : \"penicillins\""))
        let history = try run(["price-list", "history", "amoxc"], practice, login: false)
        #expect(history.stdout.hasSuffix("\t1.20\t20%\n2099-01-01\t1.35\t5%\n"))
        let retired = try run(["price-list", "retire", "AMOXC"], practice)
        #expect(retired.stdout == "Retired AMOXC Amoxicillin-clavulanate 250 mg; it is no longer offered.\n")
        #expect(try run(["price-list", "list"], practice, login: false).stdout == "The price list is empty.\n")
        #expect(try run(["price-list", "list", "--all"], practice, login: false).stdout.contains("\tretired\t"))
        #expect(try run(["price-list", "retire", "AMOXC", "--reinstate"], practice).status == 0)
        #expect(try practice.store.priceItems(matching: "clav").map(\.code) == ["AMOXC"])
    }

    @Test func badInputNamesTheFieldAndTheRule() throws {
        let practice = try CommandPractice(password: Self.password)
        let bad = try run(["price-list", "add", "X 1", "--name", "Thing", "--kind", "toy", "--price", "abc",
                           "--drug-class", "antibiotics"], practice)
        #expect(bad.status != 0)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains("kind 'toy' is not known; use one of service, medicine"))
        #expect(bad.stderr.contains("price 'abc'"))
        #expect(bad.stderr.contains("drug class 'antibiotics' is not known"))
        let code = try run(["price-list", "add", "X 1", "--name", "Thing", "--kind", "service", "--price", "2"], practice)
        #expect(code.stderr == "Error: code 'X 1' must be 1 to 20 letters, digits or dashes\n")
        _ = try run(["price-list", "add", "CONS", "--name", "Consultation", "--kind", "service", "--price", "48.50"], practice)
        let past = try run(["price-list", "edit", "CONS", "--price", "50", "--from", "2000-01-01"], practice)
        #expect(past.status != 0)
        #expect(past.stderr.contains("price from 2000-01-01 is in the past; a new price takes effect from today"))
        let missing = try run(["price-list", "retire", "NOPE"], practice)
        #expect(missing.stderr == "Error: no price-list item has the code 'NOPE'\n")
    }

    @Test func onlyAManagerMayChangeIt() throws {
        let practice = try CommandPractice(password: Self.password)
        let issued = try practice.store.addUser(username: "priya", displayName: "Priya Shah", role: .vet, as: practice.manager)
        try practice.store.changeOwnPassword(username: "priya", current: issued.oneTimePassword, new: "vet-password-1")
        let result = try CommandRunner.run(["price-list", "add", "CONS", "--name", "Consultation", "--kind", "service",
                                            "--price", "48.50", "--as", "priya", "--db", practice.path], input: "vet-password-1\n")
        #expect(result.status != 0)
        #expect(result.stderr == "Error: A vet cannot edit the price list; ask a practice manager.\n")
        #expect(try practice.store.priceList().isEmpty)
    }
}
