import Foundation
@testable import VetStore
import VetSQL
import VetCore

/// Demo-style data for the rights tests, written directly where this branch has no action for it
/// (consultations, money, insurance), plus the tools to prove a failed action changed nothing.
extension TestPractice {
    /// Logs a request of `kinds` about `clientID` through the receptionist.
    func logRequest(_ kinds: [RequestKind], clientID: Int64?, channel: RequestChannel = .email) throws -> DataRequest {
        try database.logRequest(NewRequest(kinds: kinds, requesterName: "Zoë Le Brun", clientID: clientID,
                                           channel: channel, receivedOn: database.clock.today()), as: receptionist)
    }

    /// A consultation for `petID` on `date`, with a treatment line, an addendum and a weighing; moves last_seen_on.
    @discardableResult
    func addConsultation(petID: Int64, on date: LocalDate, notes: String = "Lame left fore. Rest advised.") throws -> Int64 {
        let at = date.instant(hour: 10, in: TimeZone(identifier: "Europe/London") ?? .current)
        let vetID = vet.userID
        return try database.performUnattended { db in
            let id = try db.fetchValue(Int64.self, """
                INSERT INTO consultation (pet_id, vet_id, seen_at, kind, reason, subjective, plan, weight_grams, created_at, updated_at)
                VALUES (?, ?, ?, 'inPerson', 'Check-up', ?, 'Review in two weeks', 12000, ?, ?) RETURNING id
                """, [petID, vetID, at, notes, at, at]).orThrow("consultation")
            try db.execute("""
                INSERT INTO treatment_line (consultation_id, description, quantity, unit_price_pence, vat_basis_points)
                VALUES (?, 'Meloxicam 1.5mg/ml', 1, 1250, 2000)
                """, [id])
            try db.execute("INSERT INTO consultation_addendum (consultation_id, author_id, written_at, text) VALUES (?, ?, ?, 'Dose confirmed')",
                           [id, vetID, at])
            try db.execute("INSERT INTO pet_weight (pet_id, weighed_on, grams, consultation_id) VALUES (?, ?, 12000, ?)",
                           [petID, date, id])
            try db.execute("UPDATE pet SET last_seen_on = ? WHERE id = ? AND (last_seen_on IS NULL OR last_seen_on < ?)",
                           [date, petID, date])
            return id
        }
    }

    /// An invoice of `pence` on `date`, charged to the ledger; `paid` adds the matching payment.
    func addInvoice(clientID: Int64, petID: Int64?, pence: Int, on date: LocalDate, paid: Bool) throws {
        let at = date.instant(hour: 11, in: TimeZone(identifier: "Europe/London") ?? .current)
        let userID = manager.userID
        try database.performUnattended { db in
            let number = "INV-\(try db.fetchValue(Int.self, "SELECT count(*) + 1 FROM invoice") ?? 1)"
            let invoiceID = try db.fetchValue(Int64.self, """
                INSERT INTO invoice (client_id, number, status, issued_on, net_pence, gross_pence, created_at, updated_at)
                VALUES (?, ?, 'finalised', ?, ?, ?, ?, ?) RETURNING id
                """, [clientID, number, date, pence, pence, at, at]).orThrow("invoice")
            try db.execute("""
                INSERT INTO invoice_line (invoice_id, pet_id, description, quantity, unit_price_pence, vat_basis_points,
                  net_pence, vat_pence, treated_on) VALUES (?, ?, 'Consultation', 1, ?, 0, ?, 0, ?)
                """, [invoiceID, petID, pence, pence, date])
            try db.execute("""
                INSERT INTO ledger_entry (client_id, kind, amount_pence, balance_effect_pence, entry_on, invoice_id, recorded_at, recorded_by)
                VALUES (?, 'invoice', ?, ?, ?, ?, ?, ?)
                """, [clientID, pence, pence, date, invoiceID, at, userID])
            if paid {
                try db.execute("""
                    INSERT INTO ledger_entry (client_id, kind, amount_pence, balance_effect_pence, entry_on, method, recorded_at, recorded_by)
                    VALUES (?, 'payment', ?, ?, ?, 'card', ?, ?)
                    """, [clientID, pence, -pence, date, at, userID])
            }
        }
    }

    /// A policy and a claim on `petID` in `status`, with its paper copy filed at `paperCopy`.
    @discardableResult
    func addClaim(petID: Int64, status: ClaimStatus, paperCopy: String? = nil, on date: LocalDate) throws -> Int64 {
        let at = date.instant(hour: 12, in: TimeZone(identifier: "Europe/London") ?? .current)
        let userID = manager.userID
        return try database.performUnattended { db in
            try db.execute("INSERT INTO insurer (name) VALUES ('Channel Pet Insurance') ON CONFLICT DO NOTHING")
            let insurerID = try db.fetchValue(Int64.self, "SELECT id FROM insurer WHERE name = 'Channel Pet Insurance'") ?? 1
            let policyID = try db.fetchValue(Int64.self, """
                INSERT INTO policy (pet_id, insurer_id, policy_number, starts_on, updated_at) VALUES (?, ?, 'CPI-889', ?, ?)
                RETURNING id
                """, [petID, insurerID, date, at]).orThrow("policy")
            let claimID = try db.fetchValue(Int64.self, """
                INSERT INTO claim (policy_id, pet_id, condition, treatment_from, treatment_to, amount_claimed_pence, pay_to,
                  status, paper_copy_location, created_at, updated_at)
                VALUES (?, ?, 'Cruciate ligament', ?, ?, 90000, 'vet', ?, ?, ?, ?) RETURNING id
                """, [policyID, petID, date, date, status.rawValue, paperCopy, at, at]).orThrow("claim")
            try db.execute("INSERT INTO claim_event (claim_id, to_status, at, by) VALUES (?, ?, ?, ?)",
                           [claimID, status.rawValue, at, userID])
            return claimID
        }
    }

    /// Records that contact details went to an insurer (through the disclosure action).
    @discardableResult
    func discloseToInsurer(clientID: Int64, categories: String = "contact details, clinical history") throws -> Disclosure {
        try database.logDisclosure(clientID: clientID, AppDatabase.DisclosureDetails(
            recipient: "Channel Pet Insurance", recipientKind: "insurer", categories: categories,
            purpose: "insurance claim", lawfulBasis: "contract"), as: receptionist)
    }

    /// Every row of every table, so a test can show a failed action changed nothing.
    func dump() throws -> [String: [String]] {
        try database.read { db in
            let tables = try EngineCatalogue.tables(db)
            var result: [String: [String]] = [:]
            for table in tables {
                result[table] = try db.fetchAll("SELECT * FROM \"\(table)\"").map(\.valuesText).sorted()
            }
            return result
        }
    }

    /// Makes the next insert into `table` (matching `condition`) fail, as a crash half-way would.
    func failOnInsert(into table: String, when condition: String? = nil) throws {
        try database.performUnattended { db in
            try EngineCatalogue.failOnInsert(db, into: table, when: condition)
        }
    }

    /// Runs `action` with a failure injected on the request's history (written after every other
    /// change of a right) and checks that every table is exactly as it was.
    func expectNothingChanged(failingOn table: String = "dsr_event", when condition: String? = nil,
                              _ action: () throws -> Void) throws -> Bool {
        try failOnInsert(into: table, when: condition)
        let before = try dump()
        var failed = false
        do { try action() } catch { failed = true }
        let after = try dump()
        return failed && before == after
    }
}
