import Foundation
import GRDB
import VetSQL
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
    private let dialect: SQLDialect

    init(_ db: any SQLConnection, clientID: Int64) throws {
        self.clientID = clientID
        dialect = db.dialect
        petIDs = try db.fetchValues(Int64.self, """
            SELECT id FROM pet WHERE client_id = ?
            UNION SELECT pet_id FROM pet_owner_change WHERE from_client_id = ? OR to_client_id = ?
            """, [clientID, clientID, clientID])
        let windows = try OwnershipWindow.all(db, clientID: clientID)
        consultationIDs = try windows.ids(db, table: "consultation", instantColumn: "seen_at")
        invoiceIDs = try db.fetchValues(Int64.self, "SELECT id FROM invoice WHERE client_id = ?", [clientID])
        claimIDs = try windows.ids(db, table: "claim", instantColumn: "created_at")
        weightIDs = try Self.byDay(db, table: "pet_weight", dayColumn: "weighed_on", windows: windows)
        policyIDs = try Self.byDay(db, table: "policy", dayColumn: "starts_on", windows: windows)
        requestIDs = try db.fetchValues(Int64.self, "SELECT id FROM dsr_request WHERE client_id = ?", [clientID])
    }

    /// The tables of the pack, in the order a person reads them, with the rows' filter.
    var filters: [(table: String, filter: String)] {
        let client = "client_id = \(clientID)"
        let pets = Self.list(petIDs)
        let consultations = Self.list(consultationIDs)
        let requests = Self.list(requestIDs)
        // The client's own email and phones, read in the same statement rather than written into it.
        let phones = "(SELECT digits FROM client_phone WHERE \(client))"
        let emailMatch = " OR " + dialect.caseInsensitiveEquals("email")
            .replacingOccurrences(of: "?", with: "(SELECT email FROM client WHERE id = \(clientID))")
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
            ("appointment", client),
            ("queue_entry", client),
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
            ("client_reminder_choice", client),
            ("reminder_delivery", client),
            ("disclosure", client),
            ("data_breach", "id IN (SELECT breach_id FROM data_breach_client WHERE \(client))"),
            ("data_breach_client", client),
            ("dsr_request", "id IN \(requests)"),
            ("dsr_pause", "request_id IN \(requests)"),
            ("dsr_event", "request_id IN \(requests)"),
            ("dsr_letter", "request_id IN \(requests)"),
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

    func sections(_ db: any SQLConnection) throws -> [PackSection] {
        try filters.map { table, filter in
            let columns = try Self.columns(db, of: table)
            let rows = try db.fetchAll("SELECT * FROM \(table) WHERE \(filter) ORDER BY \(Self.order(of: table))")
            return PackSection(table: table, title: PackFields.title(of: table), columns: columns,
                               rows: rows.map { row in columns.map { PackValue(row[$0]) } })
        }
    }

    /// The order rows were added in: by id, or by the key of the tables that have none.
    static func order(of table: String) -> String {
        switch table {
        case "export_log_client": "export_id, client_id"
        case "data_breach_client": "breach_id, client_id"
        case "claim_line": "claim_id, invoice_line_id"
        case "audit_redaction": "audit_entry_id"
        case "client_reminder_choice": "client_id"
        default: "id"
        }
    }

    /// A table's columns in schema order, read the same way on both engines: a left join that
    /// matches nothing still gives one row, all nulls, under the table's column names.
    static func columns(_ db: any SQLConnection, of table: String) throws -> [String] {
        try db.fetchOne("SELECT t.* FROM (SELECT 1 AS one) AS probe LEFT JOIN \(table) t ON 1 = 0")?.columns.names ?? []
    }

    /// Rows kept by day (weighings, policies) whose day falls in one of the client's windows.
    private static func byDay(_ db: any SQLConnection, table: String, dayColumn: String,
                              windows: [OwnershipWindow]) throws -> [Int64] {
        let pets = Set(windows.map(\.petID))
        let rows = try db.fetchAll("SELECT id, pet_id, \(dayColumn) AS day FROM \(table) WHERE pet_id IN \(list(Array(pets)))")
        return try rows.compactMap { row in
            let petID = try row.decode(Int64.self, "pet_id")
            guard let day = LocalDate(storedISO: try row.decode(String?.self, "day") ?? "") else { return nil }
            return windows.contains { $0.petID == petID && $0.contains(day: day) } ? try row.decode(Int64.self, "id") : nil
        }
    }

    /// `(1,2,3)`, or `(NULL)` when empty so the SQL stays valid and matches nothing.
    static func list(_ ids: [Int64]) -> String {
        ids.isEmpty ? "(NULL)" : "(" + ids.map(String.init).joined(separator: ",") + ")"
    }
}
