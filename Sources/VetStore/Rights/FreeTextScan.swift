import Foundation
import VetSQL
import VetCore

/// Searches every free-text field of what is kept about a client once their identity goes —
/// clinical notes and SOAP fields, addenda, treatment and invoice lines, alerts, claims and their
/// notes, their requests (notes, outcomes, questions, history), restrictions, objections,
/// overrides, disclosures and the audit trail's details — for the person's identifiers.
enum FreeTextScan {
    /// A table's free-text fields and which of its rows belong to the client (`?` is the client id).
    struct Location {
        let table: String
        let fields: [String]
        let rows: String
    }

    private static let pets = "SELECT id FROM pet WHERE client_id = ?"
    private static let consultations = "SELECT id FROM consultation WHERE pet_id IN (\(pets))"
    private static let requests = "SELECT id FROM dsr_request WHERE client_id = ?"

    static let locations: [Location] = [
        Location(table: "consultation", fields: ["reason", "subjective", "objective", "assessment", "plan"],
                 rows: "pet_id IN (\(pets))"),
        Location(table: "consultation_addendum", fields: ["text"], rows: "consultation_id IN (\(consultations))"),
        Location(table: "treatment_line", fields: ["description", "dose"], rows: "consultation_id IN (\(consultations))"),
        Location(table: "pet", fields: ["alerts", "colour", "breed", "death_cause"], rows: "client_id = ?"),
        Location(table: "invoice_line", fields: ["description"],
                 rows: "invoice_id IN (SELECT id FROM invoice WHERE client_id = ?)"),
        Location(table: "claim", fields: ["condition", "insurer_reference", "paper_copy_location"], rows: "pet_id IN (\(pets))"),
        Location(table: "claim_event", fields: ["note"], rows: "claim_id IN (SELECT id FROM claim WHERE pet_id IN (\(pets)))"),
        Location(table: "dsr_request", fields: ["notes", "outcome", "authority_note", "identity_method",
                                                "identity_waived_reason", "extension_reason", "third_party_relationship"],
                 rows: "client_id = ?"),
        Location(table: "dsr_pause", fields: ["question"], rows: "request_id IN (\(requests))"),
        Location(table: "dsr_event", fields: ["what"], rows: "request_id IN (\(requests))"),
        Location(table: "dsr_restriction", fields: ["reason"], rows: "client_id = ?"),
        Location(table: "dsr_objection_decision", fields: ["reason"], rows: "request_id IN (\(requests))"),
        Location(table: "dsr_restriction_override", fields: ["note"], rows: "client_id = ?"),
        Location(table: "dsr_erasure_outcome", fields: ["reason"], rows: "request_id IN (\(requests))"),
        Location(table: "disclosure", fields: ["categories", "purpose", "lawful_basis", "override_reason"], rows: "client_id = ?"),
        Location(table: "audit_entry", fields: ["detail"], rows: "client_id = ?"),
        Location(table: "export_log", fields: ["location", "deleted_note"],
                 rows: "id IN (SELECT export_id FROM export_log_client WHERE client_id = ?)"),
    ]

    /// Every hit for the client, in table order.
    static func hits(_ db: any SQLConnection, client: Client) throws -> [FreeTextHit] {
        let clientID = try client.id.orThrow("client")
        let phones = try ClientPhones.fetch(db, clientID: clientID).map(\.digits)
        let finder = PersonFinder(client: client, phoneDigits: phones)
        var hits: [FreeTextHit] = []
        for location in locations {
            let marks = location.rows.filter { $0 == "?" }.count
            let sql = "SELECT id, \(location.fields.joined(separator: ", ")) FROM \(location.table) WHERE \(location.rows) ORDER BY id"
            for row in try db.fetchAll(sql, SQLArguments(Array(repeating: clientID, count: marks))) {
                let id = try row.decode(Int64.self, "id")
                for field in location.fields {
                    guard let text = try row.decode(String?.self, field), !text.isEmpty else { continue }
                    for match in finder.matches(in: text) {
                        hits.append(FreeTextHit(clientID: clientID, table: location.table, rowID: id, field: field,
                                                text: text, match: match))
                    }
                }
            }
        }
        return hits
    }

    /// The client's pets that keep their record (not anonymised now or before) and still carry a microchip;
    /// `anonymisedNow` are the pets this same step anonymises, which lose it anyway.
    static func microchips(_ db: any SQLConnection, clientID: Int64, anonymisedNow: Set<Int64>) throws -> [KeptMicrochip] {
        try db.fetchAll("""
            SELECT id, name, microchip FROM pet WHERE client_id = ? AND microchip IS NOT NULL AND anonymised_on IS NULL
            ORDER BY id
            """, [clientID])
            .map { KeptMicrochip(petID: try $0.decode(Int64.self, "id"), petName: try $0.decode(String.self, "name"),
                                        microchip: try $0.decode(String.self, "microchip")) }
            .filter { !anonymisedNow.contains($0.petID) }
    }

    static func review(_ db: any SQLConnection, client: Client, anonymisedNow: Set<Int64>) throws -> ErasureReview {
        let clientID = try client.id.orThrow("client")
        return ErasureReview(hits: try hits(db, client: client),
                             microchips: try microchips(db, clientID: clientID, anonymisedNow: anonymisedNow),
                             exports: try ExportLog.holding(db, clientID: clientID))
    }
}

/// Carries out the decisions: refuses while any hit is undecided, redacts the rest, records each
/// decision (never the matched text), and removes kept pets' microchips unless a reason was given.
enum FreeTextRedaction {
    static func apply(_ db: any SQLConnection, review: ErasureReview, decisions: FreeTextDecisions, requestID: Int64?,
                      at now: Date, by userID: Int64) throws {
        let known = Set(review.hits.map(\.id))
        if let stray = decisions.kept.keys.sorted().first(where: { !known.contains($0) }) {
            throw StoreError.invalid(ValidationError(field: "keep",
                message: "\(stray) is not one of the hits found; list them again, the text may have changed"))
        }
        let pets = Set(review.microchips.map(\.petID))
        if let stray = decisions.keptMicrochips.keys.sorted().first(where: { !pets.contains($0) }) {
            throw StoreError.invalid(ValidationError(field: "keep microchip", message: "pet \(stray) is not a kept pet with a microchip"))
        }
        let undecided = review.undecided(decisions)
        guard undecided.isEmpty else {
            throw StoreError.refused("\(undecided.count) place\(undecided.count == 1 ? "" : "s") in the text that is kept "
                + "still name the person (" + undecided.prefix(5).map { "\($0.id) \($0.location)" }.joined(separator: "; ")
                + (undecided.count > 5 ? "; …" : "") + "): redact them or keep each with a reason")
        }
        for (id, reason) in decisions.kept.sorted(by: { $0.key < $1.key }) {
            _ = try reasonText(reason, field: "reason for keeping \(id)")
        }
        let grouped = Dictionary(grouping: review.hits) { "\($0.table)|\($0.rowID)|\($0.field)" }
        for key in grouped.keys.sorted() {
            guard let hits = grouped[key], let first = hits.first else { continue }
            let redacted = hits.filter { decisions.kept[$0.id] == nil }
            if !redacted.isEmpty { try redact(db, first, ranges: redacted.map(\.range), requestID: requestID, at: now, by: userID) }
            for hit in hits {
                try record(db, hit: hit, keptBecause: decisions.kept[hit.id], requestID: requestID, at: now, by: userID)
            }
        }
        for chip in review.microchips {
            let reason = try decisions.keptMicrochips[chip.petID].map {
                try reasonText($0, field: "reason for keeping \(chip.petName)'s microchip")
            }
            if reason == nil {
                try db.execute("UPDATE pet SET microchip = NULL, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                               [now, userID, chip.petID])
            }
            try db.execute("""
                INSERT INTO dsr_free_text_decision (request_id, client_id, table_name, row_id, field, match_kind, decision,
                  reason, decided_at, decided_by) VALUES (?, (SELECT client_id FROM pet WHERE id = ?), 'pet', ?, 'microchip',
                  'microchip', ?, ?, ?, ?)
                """, [requestID, chip.petID, chip.petID, reason == nil ? "redacted" : "kept", reason, now, userID])
        }
    }

    /// A stated reason, checked like every stored text.
    static func reasonText(_ text: String, field: String) throws -> String {
        do { return try TextRule.required(text, field: field, maxLength: 500) } catch { throw StoreError.invalid(error) }
    }

    private static func redact(_ db: any SQLConnection, _ hit: FreeTextHit, ranges: [NSRange], requestID: Int64?,
                               at now: Date, by userID: Int64) throws {
        let text = try db.fetchValue(String.self, "SELECT \(hit.field) FROM \(hit.table) WHERE id = ?", [hit.rowID]) ?? ""
        if hit.table == "audit_entry" {
            try db.execute("INSERT INTO audit_redaction (audit_entry_id, request_id, redacted_at, redacted_by) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", [hit.rowID, requestID, now, userID])
        }
        try db.execute("UPDATE \(hit.table) SET \(hit.field) = ? WHERE id = ?",
                       [PersonFinder.redact(text, ranges: ranges), hit.rowID])
    }

    private static func record(_ db: any SQLConnection, hit: FreeTextHit, keptBecause reason: String?, requestID: Int64?,
                               at now: Date, by userID: Int64) throws {
        try db.execute("""
            INSERT INTO dsr_free_text_decision (request_id, client_id, table_name, row_id, field, match_kind, decision, reason,
              decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [requestID, hit.clientID, hit.table, hit.rowID, hit.field, hit.kind,
                             reason == nil ? "redacted" : "kept", reason?.trimmingCharacters(in: .whitespacesAndNewlines), now, userID])
    }
}
