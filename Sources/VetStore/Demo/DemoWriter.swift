import VetSQL

/// The tables the demo writes, each with its columns in insert order.
enum DemoTable: String, CaseIterable {
    case client, clientPhone = "client_phone", clientChange = "client_change", pet, consultation
    case treatmentLine = "treatment_line", addendum = "consultation_addendum", petWeight = "pet_weight"
    case invoice, invoiceLine = "invoice_line", ledgerEntry = "ledger_entry", allocation, policy, claim
    case claimLine = "claim_line", claimEvent = "claim_event", consentEvent = "consent_event", suppression
    case disclosure, communication
    case appointment, queueEntry = "queue_entry"

    var columns: [String] {
        switch self {
        case .client: ["title", "first_name", "last_name", "address_line1", "address_line2", "town", "postcode", "email",
                       "notes", "status", "restricted", "objects_to_marketing", "created_at", "version", "updated_at",
                       "updated_by"]
        case .clientPhone: ["client_id", "position", "label", "digits", "display"]
        case .clientChange: ["client_id", "field", "old_value", "new_value", "changed_at", "changed_by", "reason"]
        case .pet: ["client_id", "name", "species", "breed", "sex", "neutered", "date_of_birth", "birth_approximate",
                    "colour", "microchip", "alerts", "status", "died_on", "last_seen_on", "created_at", "version",
                    "updated_at", "updated_by"]
        case .consultation: ["pet_id", "vet_id", "seen_at", "kind", "queue_minutes", "reason", "subjective", "objective",
                             "assessment", "plan", "weight_grams", "follow_up_on", "created_at", "version", "updated_at",
                             "updated_by", "site_id"]
        case .treatmentLine: ["consultation_id", "price_item_id", "description", "dose", "quantity", "batch",
                              "unit_price_pence", "vat_basis_points"]
        case .addendum: ["consultation_id", "author_id", "written_at", "text"]
        case .petWeight: ["pet_id", "weighed_on", "grams", "consultation_id"]
        case .invoice: ["client_id", "consultation_id", "number", "status", "issued_on", "net_pence", "vat_pence",
                        "gross_pence", "created_at", "version", "updated_at", "updated_by", "site_id"]
        case .invoiceLine: ["invoice_id", "pet_id", "treatment_line_id", "description", "quantity", "unit_price_pence",
                            "vat_basis_points", "net_pence", "vat_pence", "treated_on"]
        case .ledgerEntry: ["client_id", "kind", "amount_pence", "balance_effect_pence", "entry_on", "invoice_id", "method",
                            "reference", "note", "recorded_at", "recorded_by", "site_id"]
        case .allocation: ["credit_entry_id", "invoice_id", "refund_entry_id", "amount_pence", "allocated_at"]
        case .policy: ["pet_id", "insurer_id", "policy_number", "starts_on", "ends_on", "excess_pence", "version",
                       "updated_at", "updated_by"]
        case .claim: ["policy_id", "pet_id", "condition", "treatment_from", "treatment_to", "amount_claimed_pence", "pay_to",
                      "insurer_reference", "status", "settled_pence", "submitted_on", "paper_copy_location", "created_at",
                      "version", "updated_at", "updated_by"]
        case .claimLine: ["claim_id", "invoice_line_id"]
        case .claimEvent: ["claim_id", "from_status", "to_status", "amount_pence", "note", "at", "by"]
        case .consentEvent: ["client_id", "channel", "purpose", "action", "basis", "source", "wording_version",
                             "recorded_at", "recorded_by"]
        case .suppression: ["client_id", "email", "phone_digits", "reason", "created_at", "created_by"]
        case .disclosure: ["client_id", "recipient", "recipient_kind", "categories", "purpose", "lawful_basis",
                           "disclosed_at", "claim_id", "override_reason", "recorded_by"]
        case .communication: ["client_id", "direction", "channel", "summary", "occurred_at", "recorded_by"]
        case .appointment: ["site_id", "client_id", "pet_id", "staff_id", "room_id", "starts_at", "ends_at", "kind", "reason",
                            "notes", "state", "cancel_reason", "arrived_at", "consultation_id", "follow_up_of", "created_at",
                            "created_by", "version", "updated_at", "updated_by"]
        case .queueEntry: ["site_id", "client_id", "pet_id", "kind", "reason", "joined_at", "joined_by", "state", "taken_at",
                           "taken_by", "left_reason", "consultation_id", "version"]
        }
    }

    /// Whether rows have an `id` of their own (a claim's lines are keyed by what they join).
    var hasID: Bool { self != .claimLine }

    /// The columns written, the id first where there is one.
    var insertedColumns: [String] { hasID ? ["id"] + columns : columns }

    /// The table and the columns written, as an insert names them.
    var insertTarget: String { "\(rawValue) (\(insertedColumns.joined(separator: ", ")))" }

    /// An insert of one row.
    var insertSQL: String { "INSERT INTO \(insertTarget) VALUES (\(SQLList.placeholders(insertedColumns.count)))" }
}

/// Inserts for one transaction. Ids are given by the writer (the next after the table's
/// highest), so a row's id is known before it is written: on SQLite each row is written at
/// once through a prepared statement re-bound per row, which is most of what makes 100,000
/// clients fit in two minutes; on a server, rows wait and go many to a statement, so the
/// load is not one network round trip per row.
struct DemoWriter {
    let db: any SQLConnection
    private var nextIDs: [Int64]
    private var pending: [[[SQLValue]]]
    /// Rows written per table in this transaction.
    private(set) var counts = [Int](repeating: 0, count: DemoTable.allCases.count)

    /// Rows sent to a server per statement.
    static let rowsPerStatement = 1_000

    init(_ db: any SQLConnection) throws {
        self.db = db
        nextIDs = try DemoTable.allCases.map { table in
            table.hasID ? (try db.fetchValue(Int64.self, "SELECT max(id) FROM \(table.rawValue)") ?? 0) + 1 : 0
        }
        pending = Array(repeating: [], count: DemoTable.allCases.count)
    }

    /// Inserts one row and returns its id (0 for a table without one).
    @discardableResult
    mutating func insert(_ table: DemoTable, _ values: SQLArguments) throws -> Int64 {
        let position = table.position
        let id = nextIDs[position]
        nextIDs[position] += 1
        counts[position] += 1
        let row = table.hasID ? [SQLValue.integer(id)] + values.values : values.values
        switch db.dialect {
        case .sqlite:
            try db.execute(table.insertSQL, SQLArguments(row))
        case .postgresql:
            pending[position].append(row)
            if pending[position].count >= Self.rowsPerStatement { try flush() }
        }
        return table.hasID ? id : 0
    }

    /// Writes every waiting row, parents' tables before their children's, so each foreign
    /// key finds its row. Called before the transaction commits.
    mutating func flush() throws {
        for table in DemoTable.allCases where !pending[table.position].isEmpty {
            let rows = pending[table.position]
            pending[table.position] = []
            try db.insertRows(into: table.insertTarget, width: table.insertedColumns.count, Array(rows.joined()),
                              rowsPerStatement: Self.rowsPerStatement)
        }
    }
}

extension DemoTable {
    var position: Int { Self.positions[self] ?? 0 }
    private static let positions: [DemoTable: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}
