import Foundation
import GRDB
import VetCore

/// Gathers every row that identifies one client: their own rows, and rows reached through their
/// pets (including pets transferred to or from them), consultations, invoices, claims and requests.
/// A transferred pet's clinical history is split at the transfer: the old owner's pack holds what
/// happened while they owned it, the new owner's what happened since (`OwnershipWindow`).
struct AccessPackCollector {
    let clientID: Int64
    private var petIDs: [Int64] = []
    private var weightIDs: [Int64] = []
    private var policyIDs: [Int64] = []
    private var consultationIDs: [Int64] = []
    private var invoiceIDs: [Int64] = []
    private var claimIDs: [Int64] = []
    private var requestIDs: [Int64] = []
    private var email: String?
    private var phoneDigits: [String] = []

    init(_ db: Database, clientID: Int64) throws {
        self.clientID = clientID
        petIDs = try Int64.fetchAll(db, sql: """
            SELECT id FROM pet WHERE client_id = ?1
            UNION SELECT pet_id FROM pet_owner_change WHERE from_client_id = ?1 OR to_client_id = ?1
            """, arguments: [clientID])
        let windows = try OwnershipWindow.all(db, clientID: clientID)
        consultationIDs = try windows.ids(db, table: "consultation", instantColumn: "seen_at")
        invoiceIDs = try Int64.fetchAll(db, sql: "SELECT id FROM invoice WHERE client_id = ?", arguments: [clientID])
        claimIDs = try windows.ids(db, table: "claim", instantColumn: "created_at")
        weightIDs = try Self.byDay(db, table: "pet_weight", dayColumn: "weighed_on", windows: windows)
        policyIDs = try Self.byDay(db, table: "policy", dayColumn: "starts_on", windows: windows)
        requestIDs = try Int64.fetchAll(db, sql: "SELECT id FROM dsr_request WHERE client_id = ?", arguments: [clientID])
        email = try String.fetchOne(db, sql: "SELECT email FROM client WHERE id = ?", arguments: [clientID])
        phoneDigits = try String.fetchAll(db, sql: "SELECT digits FROM client_phone WHERE client_id = ?", arguments: [clientID])
    }

    /// The tables of the pack, in the order a person reads them, with the rows' filter.
    var filters: [(table: String, filter: String)] {
        let client = "client_id = \(clientID)"
        let pets = Self.list(petIDs)
        let consultations = Self.list(consultationIDs)
        let requests = Self.list(requestIDs)
        let phones = phoneDigits.isEmpty ? "(NULL)" : "(" + phoneDigits.map(Self.quoted).joined(separator: ",") + ")"
        let emailMatch = email.map { " OR email = \(Self.quoted($0)) COLLATE NOCASE" } ?? ""
        return [
            ("client", "id = \(clientID)"),
            ("client_phone", client),
            ("client_change", client),
            ("pet", "id IN \(pets)"),
            ("pet_owner_change", "from_client_id = \(clientID) OR to_client_id = \(clientID)"),
            ("pet_weight", "consultation_id IN \(consultations) OR (consultation_id IS NULL AND id IN \(Self.list(weightIDs)))"),
            ("pet_allergy", "pet_id IN \(pets)"),
            ("consultation", "id IN \(consultations)"),
            ("treatment_line", "consultation_id IN \(consultations)"),
            ("consultation_addendum", "consultation_id IN \(consultations)"),
            ("invoice", "id IN \(Self.list(invoiceIDs))"),
            ("invoice_line", "invoice_id IN \(Self.list(invoiceIDs))"),
            ("ledger_entry", client),
            ("allocation", "credit_entry_id IN (SELECT id FROM ledger_entry WHERE \(client))"),
            ("policy", "id IN \(Self.list(policyIDs))"),
            ("claim", "id IN \(Self.list(claimIDs))"),
            ("claim_line", "claim_id IN \(Self.list(claimIDs))"),
            ("claim_event", "claim_id IN \(Self.list(claimIDs))"),
            ("consent_event", client),
            ("suppression", "\(client)\(emailMatch) OR phone_digits IN \(phones)"),
            ("communication", client),
            ("disclosure", client),
            ("dsr_request", "id IN \(requests)"),
            ("dsr_pause", "request_id IN \(requests)"),
            ("dsr_event", "request_id IN \(requests)"),
            ("dsr_erasure_outcome", "request_id IN \(requests)"),
            ("dsr_recipient_notice", "request_id IN \(requests)"),
            ("dsr_restriction", "\(client) OR request_id IN \(requests)"),
            ("dsr_objection_decision", "request_id IN \(requests)"),
            ("dsr_restriction_override", "\(client) OR request_id IN \(requests)"),
            ("dsr_free_text_decision", "\(client) OR request_id IN \(requests)"),
            ("audit_entry", client),
            ("export_log_client", client),
            ("export_log", "id IN (SELECT export_id FROM export_log_client WHERE \(client))"),
            ("audit_redaction", "request_id IN \(requests) OR audit_entry_id IN (SELECT id FROM audit_entry WHERE \(client))"),
        ]
    }

    func sections(_ db: Database) throws -> [PackSection] {
        try filters.map { table, filter in
            let columns = try db.columns(in: table).map(\.name)
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table) WHERE \(filter) ORDER BY rowid")
            return PackSection(table: table, title: PackFields.title(of: table), columns: columns,
                               rows: rows.map { row in columns.map { PackValue(row[$0] as DatabaseValue) } })
        }
    }

    /// Rows kept by day (weighings, policies) whose day falls in one of the client's windows.
    private static func byDay(_ db: Database, table: String, dayColumn: String, windows: [OwnershipWindow]) throws -> [Int64] {
        let pets = Set(windows.map(\.petID))
        let rows = try Row.fetchAll(db, sql: "SELECT id, pet_id, \(dayColumn) AS day FROM \(table) WHERE pet_id IN \(list(Array(pets)))")
        return rows.compactMap { row in
            let petID: Int64 = row["pet_id"]
            guard let day = LocalDate(storedISO: row["day"] ?? "") else { return nil }
            return windows.contains { $0.petID == petID && $0.contains(day: day) } ? row["id"] : nil
        }
    }

    /// `(1,2,3)`, or `(NULL)` when empty so the SQL stays valid and matches nothing.
    static func list(_ ids: [Int64]) -> String {
        ids.isEmpty ? "(NULL)" : "(" + ids.map(String.init).joined(separator: ",") + ")"
    }

    static func quoted(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
}
