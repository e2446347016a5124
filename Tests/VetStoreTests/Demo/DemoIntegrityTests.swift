import GRDB
import Testing
import VetCore
@testable import VetStore

/// The demo practice obeys the same rules as data typed in by staff.
@Suite("Demo practice integrity")
struct DemoIntegrityTests {
    private func count(_ sql: String) throws -> Int {
        try DemoFixture.value(DemoFixture.shared(), sql) ?? -1
    }

    @Test("SQLite integrity, foreign keys and the audit chain all hold")
    func integrity() throws {
        let store = try DemoFixture.shared()
        let report = try store.integrityReport()
        #expect(report.isHealthy)
        #expect(report.audit.entries >= 8)
        let violations = try DemoFixture.rows(store, "PRAGMA foreign_key_check")
        #expect(violations.isEmpty)
    }

    @Test("every demo login works with its published password")
    func logins() throws {
        let store = try DemoFixture.shared()
        for login in DemoPractice.logins {
            #expect(try store.authenticate(username: login.username, password: login.password).role == login.role)
        }
        #expect(Set(DemoPractice.logins.map(\.role)) == Set(Role.allCases))
    }

    @Test("invoices add up, and each one's ledger entry carries its gross")
    func invoices() throws {
        #expect(try count("""
            SELECT COUNT(*) FROM invoice i WHERE net_pence <> (SELECT SUM(net_pence) FROM invoice_line WHERE invoice_id = i.id)
               OR vat_pence <> (SELECT SUM(vat_pence) FROM invoice_line WHERE invoice_id = i.id)
               OR gross_pence <> net_pence + vat_pence OR status <> 'finalised' OR number IS NULL
            """) == 0)
        #expect(try count("""
            SELECT COUNT(*) FROM invoice i WHERE gross_pence > 0 AND NOT EXISTS (SELECT 1 FROM ledger_entry
                WHERE invoice_id = i.id AND kind = 'invoice' AND amount_pence = i.gross_pence)
            """) == 0)
        #expect(try count("SELECT COUNT(*) FROM invoice_line WHERE net_pence <> quantity * unit_price_pence") == 0)
    }

    @Test("ledger signs follow the entry kind, nothing is overpaid, and some clients owe money")
    func ledger() throws {
        #expect(try count("""
            SELECT COUNT(*) FROM ledger_entry WHERE balance_effect_pence <>
                CASE WHEN kind IN ('invoice', 'refund') THEN amount_pence ELSE -amount_pence END
            """) == 0)
        #expect(try count("""
            SELECT COUNT(*) FROM invoice i WHERE (SELECT -SUM(balance_effect_pence) FROM ledger_entry
                WHERE invoice_id = i.id AND kind <> 'invoice') > i.gross_pence
            """) == 0)
        let debtors = try count("""
            SELECT COUNT(*) FROM (SELECT client_id FROM ledger_entry GROUP BY client_id HAVING SUM(balance_effect_pence) > 0)
            """)
        #expect(debtors > 5)
        #expect(try count("SELECT COUNT(*) FROM ledger_entry WHERE kind = 'payment' AND method = 'insurer'") > 0)
    }

    @Test("a client's balance on screen is the sum of their ledger")
    func balanceOnScreen() throws {
        let store = try DemoFixture.shared()
        let debtor: Int64 = try #require(try DemoFixture.value(store, """
            SELECT client_id FROM ledger_entry GROUP BY client_id HAVING SUM(balance_effect_pence) > 0 LIMIT 1
            """))
        let owed: Int = try #require(try DemoFixture.value(store,
            "SELECT SUM(balance_effect_pence) FROM ledger_entry WHERE client_id = ?", [debtor]))
        let reception = try store.authenticate(username: "reception", password: "reception123")
        #expect(try store.viewClient(id: debtor, as: reception).balance == Pence(owed))
    }

    @Test("claims reach every status along allowed moves, from their own pet's invoice lines")
    func claims() throws {
        let store = try DemoFixture.shared()
        let statuses: [String] = try DemoFixture.values(store, "SELECT DISTINCT status FROM claim")
        #expect(Set(statuses.compactMap(ClaimStatus.init(rawValue:))) == Set(ClaimStatus.allCases))
        let events = try DemoFixture.rows(store, "SELECT claim_id, from_status, to_status FROM claim_event ORDER BY claim_id, id")
        var last: [Int64: String] = [:]
        for event in events {
            let claim: Int64 = event["claim_id"]
            let from: String? = event["from_status"]
            let to: String = event["to_status"]
            #expect(from == last[claim], "claim \(claim)")
            if let from, let old = ClaimStatus(rawValue: from), let new = ClaimStatus(rawValue: to) {
                #expect(old.canMove(to: new), "claim \(claim): \(from) → \(to)")
            }
            last[claim] = to
        }
        let final = try DemoFixture.rows(store, "SELECT id, status FROM claim")
        for claim in final { #expect(last[claim["id"]] == claim["status"]) }
        #expect(try count("""
            SELECT COUNT(*) FROM claim_line cl JOIN claim c ON c.id = cl.claim_id
            JOIN invoice_line il ON il.id = cl.invoice_line_id WHERE il.pet_id <> c.pet_id
            """) == 0)
        #expect(try count("""
            SELECT COUNT(*) FROM claim c WHERE status <> 'draft' AND (submitted_on IS NULL OR NOT EXISTS
                (SELECT 1 FROM disclosure WHERE claim_id = c.id AND recipient_kind = 'insurer'))
            """) == 0)
        #expect(try count("SELECT COUNT(*) FROM claim WHERE status IN ('paid', 'partPaid') AND settled_pence IS NULL") == 0)
        #expect(try count("SELECT COUNT(*) FROM claim WHERE paper_copy_location IS NOT NULL") > 0)
    }

    @Test("consent follows the marketing rules, and objections withdraw everything")
    func consent() throws {
        let store = try DemoFixture.shared()
        let events = try store.readFile { db in try ConsentEvent.fetchAll(db) }
        for event in events {
            if let basis = event.basis {
                #expect(throws: Never.self) { try ConsentRules.validate(basis: basis, channel: event.channel, purpose: event.purpose) }
            }
        }
        #expect(events.contains { $0.action == .withdrawn })
        let objectors: [Int64] = try DemoFixture.values(store, "SELECT id FROM client WHERE objects_to_marketing = 1")
        for client in objectors {
            let state = ConsentState(events: events.filter { $0.clientId == client }.map {
                ConsentEventValue(channel: $0.channel, purpose: $0.purpose, action: $0.action,
                                  basis: $0.basis ?? .consent, at: $0.recordedAt)
            })
            #expect(state.latest.values.allSatisfy { $0.action == .withdrawn })
            #expect(try count("SELECT COUNT(*) FROM suppression WHERE client_id = \(client)") == 1)
        }
    }

    @Test("contact details pass VetDesk's own validation, and phones and microchips are unique")
    func contactDetails() throws {
        let store = try DemoFixture.shared()
        let rows = try DemoFixture.rows(store, "SELECT postcode, email FROM client WHERE status <> 'anonymised'")
        for row in rows {
            #expect(throws: Never.self) { try Postcode(parsing: row["postcode"]) }
            if let email: String = row["email"] { #expect(throws: Never.self) { try EmailAddress(parsing: email) } }
        }
        let phones: [String] = try DemoFixture.values(store, "SELECT digits FROM client_phone WHERE label <> 'work'")
        #expect(Set(phones).count == phones.count)
        for digits in phones { #expect(try PhoneNumber(parsing: digits).digits == digits) }
        let chips: [String] = try DemoFixture.values(store, "SELECT microchip FROM pet WHERE microchip IS NOT NULL")
        #expect(chips.count > 100)
        for chip in chips { #expect(try Microchip(parsing: chip).value == chip) }
    }

    @Test("the practice has the variety the screens must show")
    func variety() throws {
        let names: [String] = try DemoFixture.values(try DemoFixture.shared(), "SELECT first_name || ' ' || last_name FROM client")
        for needle in ["Zoë", "Siân", "Ó Briain", "Łukasz", "Nguyễn"] {
            #expect(names.contains { $0.contains(needle) }, "\(needle)")
        }
        for status in ["ceased", "deceased"] {
            #expect(try count("SELECT COUNT(*) FROM client WHERE status = '\(status)'") > 0, "\(status)")
        }
        #expect(try count("SELECT COUNT(*) FROM pet WHERE status = 'deceased' AND died_on IS NOT NULL") > 0)
        #expect(try count("SELECT COUNT(*) FROM pet WHERE status = 'deceased' AND died_on IS NULL") == 0)
        #expect(try count("SELECT COUNT(*) FROM pet WHERE alerts IS NOT NULL") > 0)
        #expect(try count("SELECT COUNT(*) FROM pet WHERE birth_approximate = 1") > 0)
        #expect(try count("SELECT COUNT(*) FROM disclosure WHERE recipient_kind = 'debtCollector'") > 0)
        #expect(try count("SELECT COUNT(*) FROM client_change") > 0)
        #expect(try count("SELECT COUNT(*) FROM communication") > 0)
        #expect(try count("SELECT COUNT(DISTINCT vet_id) FROM consultation") == 3)
        #expect(try count("SELECT COUNT(DISTINCT kind) FROM consultation") == 3)
        #expect(try count("SELECT COUNT(*) FROM price_item WHERE vat_basis_points = 2000") > 20)
    }

    @Test("dates make sense: births before visits, nothing after today, last-seen is the last visit")
    func dates() throws {
        let today = DemoFixture.today.iso
        #expect(try count("SELECT COUNT(*) FROM pet WHERE date_of_birth > '\(today)' OR died_on > '\(today)'") == 0)
        #expect(try count("SELECT COUNT(*) FROM consultation WHERE date(seen_at) > '\(today)'") == 0)
        #expect(try count("""
            SELECT COUNT(*) FROM pet p WHERE last_seen_on IS NOT
                (SELECT MAX(date(seen_at)) FROM consultation WHERE pet_id = p.id)
            """) == 0)
        #expect(try count("""
            SELECT COUNT(*) FROM consultation c JOIN pet p ON p.id = c.pet_id WHERE date(c.seen_at) < p.date_of_birth
            """) == 0)
        #expect(try count("SELECT COUNT(*) FROM claim WHERE submitted_on > '\(today)'") == 0)
    }
}
