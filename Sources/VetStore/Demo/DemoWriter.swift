import GRDB

/// The tables the demo writes, each with its columns in insert order.
enum DemoTable: String, CaseIterable {
    case client, clientPhone = "client_phone", clientChange = "client_change", pet, consultation
    case treatmentLine = "treatment_line", addendum = "consultation_addendum", petWeight = "pet_weight"
    case invoice, invoiceLine = "invoice_line", ledgerEntry = "ledger_entry", policy, claim
    case claimLine = "claim_line", claimEvent = "claim_event", consentEvent = "consent_event", suppression
    case disclosure, communication

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
                             "updated_by"]
        case .treatmentLine: ["consultation_id", "price_item_id", "description", "dose", "quantity", "batch",
                              "unit_price_pence", "vat_basis_points"]
        case .addendum: ["consultation_id", "author_id", "written_at", "text"]
        case .petWeight: ["pet_id", "weighed_on", "grams", "consultation_id"]
        case .invoice: ["client_id", "consultation_id", "number", "status", "issued_on", "net_pence", "vat_pence",
                        "gross_pence", "created_at", "version", "updated_at", "updated_by"]
        case .invoiceLine: ["invoice_id", "pet_id", "treatment_line_id", "description", "quantity", "unit_price_pence",
                            "vat_basis_points", "net_pence", "vat_pence", "treated_on"]
        case .ledgerEntry: ["client_id", "kind", "amount_pence", "balance_effect_pence", "entry_on", "invoice_id", "method",
                            "reference", "note", "recorded_at", "recorded_by"]
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
        }
    }

    var sql: String {
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        return "INSERT INTO \(rawValue) (\(columns.joined(separator: ", "))) VALUES (\(marks))"
    }
}

/// Prepared inserts for one transaction: each statement is compiled once and re-bound per
/// row, which is most of what makes 100,000 clients fit in two minutes.
struct DemoWriter {
    let db: Database
    private let statements: [Statement]
    /// Rows written per table in this transaction.
    private(set) var counts = [Int](repeating: 0, count: DemoTable.allCases.count)

    init(_ db: Database) throws {
        self.db = db
        statements = try DemoTable.allCases.map { try db.makeStatement(sql: $0.sql) }
    }

    /// Inserts one row and returns its id.
    @discardableResult
    mutating func insert(_ table: DemoTable, _ values: StatementArguments) throws -> Int64 {
        let position = table.position
        try statements[position].execute(arguments: values)
        counts[position] += 1
        return db.lastInsertedRowID
    }
}

extension DemoTable {
    var position: Int { Self.positions[self] ?? 0 }
    private static let positions: [DemoTable: Int] = Dictionary(
        uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}
