import Foundation
import VetSQL
import VetCore

/// Names the pack's page needs in place of numbers: staff, insurers, pets and policies.
struct PackNames: Sendable {
    var staff: [Int64: String] = [:]
    var insurers: [Int64: String] = [:]
    var pets: [Int64: String] = [:]
    /// Policy → insurer name.
    var policies: [Int64: String] = [:]
    /// The practice's sites, where consultations, invoices and payments took place.
    var sites: [Int64: String] = [:]
    /// Diary rooms (nurse room, theatre), where appointments took place.
    var rooms: [Int64: String] = [:]
    var clientID: Int64 = 0
}

extension PackNames {
    static func read(_ db: any SQLConnection, clientID: Int64, sections: [PackSection]) throws -> PackNames {
        var names = PackNames(clientID: clientID)
        for row in try db.fetchAll("SELECT id, display_name FROM staff_user") {
            names.staff[try row.decode(Int64.self, "id")] = try row.decode(String.self, "display_name")
        }
        for row in try db.fetchAll("SELECT id, name FROM site") {
            names.sites[try row.decode(Int64.self, "id")] = try row.decode(String.self, "name")
        }
        for row in try db.fetchAll("SELECT id, name FROM room") {
            names.rooms[try row.decode(Int64.self, "id")] = try row.decode(String.self, "name")
        }
        for row in try db.fetchAll("SELECT id, name FROM insurer") {
            names.insurers[try row.decode(Int64.self, "id")] = try row.decode(String.self, "name")
        }
        if let pets = sections.first(where: { $0.table == "pet" }) {
            for row in pets.rows {
                if case .integer(let id) = pets.value("id", in: row) { names.pets[id] = pets.value("name", in: row).text }
            }
        }
        if let policies = sections.first(where: { $0.table == "policy" }) {
            for row in policies.rows {
                if case .integer(let id) = policies.value("id", in: row), case .integer(let insurer) = policies.value("insurer_id", in: row) {
                    names.policies[id] = names.insurers[insurer]
                }
            }
        }
        return names
    }
}

/// Turns a record of the pack into labelled values a member of the public can read: no internal
/// numbers, hashes or field names; money in pounds, weights in kilograms, dates in words, and
/// staff, insurers and pets by name.
struct PackReadable {
    let names: PackNames
    let zone: TimeZone

    /// Columns that only matter to the program (numbers linking records, chains, counters).
    static let hidden: Set<String> = [
        "id", "client_id", "version", "hash", "previous_hash", "seq", "position", "digits", "relevant_time",
        "paused_days", "price_item_id", "treatment_line_id", "invoice_line_id", "consultation_id", "claim_id",
        "request_id", "disclosure_id", "export_id", "audit_entry_id", "row_id", "record_id", "invoice_id",
        "target_on", "extension_notice_by", "due_on", "all_clients", "client_count", "breach_id", "follow_up_of",
    ]

    /// Columns holding a staff number.
    static let staffColumns: Set<String> = [
        "vet_id", "author_id", "user_id", "by", "recorded_by", "updated_by", "changed_by", "created_by", "decided_by",
        "started_by", "lifted_by", "assignee_id", "redacted_by", "written_by", "deleted_recorded_by", "found_by",
        "staff_id", "joined_by", "taken_by",
    ]

    static let flags: Set<String> = [
        "neutered", "birth_approximate", "restricted", "objects_to_marketing", "on_behalf_of_client", "extended", "upheld",
        "active", "occurred_approximate", "high_risk",
    ]

    static let labels: [String: String] = [
        "vet_id": "Vet", "author_id": "Written by", "user_id": "Staff member", "by": "By", "recorded_by": "Recorded by",
        "updated_by": "Last changed by", "changed_by": "Changed by", "decided_by": "Decided by", "started_by": "Started by",
        "lifted_by": "Lifted by", "assignee_id": "Handled by", "insurer_id": "Insurer", "site_id": "Where", "pet_id": "Pet", "policy_id": "Policy",
        "subjective": "History (what you told us)", "objective": "Examination", "assessment": "Assessment", "plan": "Plan",
        "seen_at": "Seen", "created_at": "Created", "updated_at": "Last changed", "recorded_at": "Recorded", "at": "When",
        "queue_minutes": "Minutes waiting in the online queue", "weight_grams": "Weight", "grams": "Weight",
        "vat_basis_points": "VAT rate", "net_pence": "Before VAT", "vat_pence": "VAT", "gross_pence": "Total",
        "amount_claimed_pence": "Amount claimed", "settled_pence": "Amount settled", "unit_price_pence": "Unit price", "display": "Number", "label": "Kind", "kinds": "Rights asked for",
        "from_client_id": "From", "to_client_id": "To", "record_type": "Record", "detail": "Details",
        "address_line1": "Address", "address_line2": "Address (second line)", "dp_contact": "Data-protection contact",
        "table_name": "Record", "match_kind": "What was found", "written_by_account": "Computer account",
        "requester_kept_reason": "Why the requester's name is kept", "requester_kept_until": "Requester's name kept until",
        "staff_id": "With", "room_id": "Room", "starts_at": "Starts", "ends_at": "Ends", "cancel_reason": "Why it was cancelled",
        "joined_at": "Joined the online queue", "joined_by": "Added by", "taken_at": "Taken by a vet", "taken_by": "Vet",
        "left_reason": "Why it left the queue",
    ]

    /// The record's values in reading order, each with a plain label; empty values left out.
    func fields(_ section: PackSection, _ row: [PackValue]) -> [(label: String, value: String)] {
        var result: [(String, String)] = []
        for (column, value) in zip(section.columns, row) where !Self.hidden.contains(column) {
            let text = self.value(column, value, table: section.table)
            guard !text.isEmpty else { continue }
            result.append((label(column), text))
        }
        return result
    }

    func label(_ column: String) -> String {
        if let label = Self.labels[column] { return label }
        var name = column
        for suffix in ["_pence", "_on", "_at"] where name.hasSuffix(suffix) { name = String(name.dropLast(suffix.count)) }
        return PackFields.humanised(name).capitalizedFirst
    }

    func value(_ column: String, _ value: PackValue, table: String) -> String {
        if case .null = value { return "" }
        let text = value.text
        if Self.staffColumns.contains(column), let id = Int64(text) { return names.staff[id] ?? "a member of staff" }
        switch column {
        case "policy_id": return Int64(text).flatMap { names.policies[$0] }.map { "your policy with \($0)" } ?? "your policy"
        case "insurer_id": return Int64(text).flatMap { names.insurers[$0] } ?? "an insurer"
        case "site_id": return Int64(text).flatMap { names.sites[$0] } ?? "one of the practice's sites"
        case "room_id": return Int64(text).flatMap { names.rooms[$0] } ?? "one of the practice's rooms"
        case "starts_at", "ends_at":
            return LocalDateTime(stored: text).map { Self.longDate($0.date) + " at \($0.time)" } ?? text
        case "pet_id": return Int64(text).flatMap { names.pets[$0] } ?? "an animal"
        case "from_client_id", "to_client_id": return Int64(text) == names.clientID ? "you" : "another owner"
        case "weight_grams", "grams": return Int(text).map { Self.kilograms($0) } ?? text
        case "vat_basis_points": return Int(text).map { Self.percent($0) } ?? text
        case "data_categories": return ChoiceList.text(ChoiceList.read(text, as: BreachDataCategory.self))
        case "people_categories": return ChoiceList.text(ChoiceList.read(text, as: BreachPeopleCategory.self))
        case "kinds": return text.split(separator: ",").map { Self.words(String($0)) }.joined(separator: ", ")
        case "record_type", "table_name": return PackFields.title(of: text).lowercased()
        default: break
        }
        if column.hasSuffix("_pence"), let pence = Int(text) { return Pence(pence).formatted }
        if Self.flags.contains(column) { return text == "1" ? "yes" : "no" }
        if let day = LocalDate(iso: text), text.count == 10 { return Self.longDate(day) }
        if let instant = Self.storedInstant(text) { return Self.dateTime(instant, zone: zone) }
        return Self.words(text)
    }

    /// "12.35 kg".
    static func kilograms(_ grams: Int) -> String {
        let kilos = Double(grams) / 1000
        return String(format: kilos < 10 ? "%.2f kg" : "%.1f kg", kilos)
    }

    static func percent(_ basisPoints: Int) -> String {
        basisPoints % 100 == 0 ? "\(basisPoints / 100)%" : String(format: "%.2f%%", Double(basisPoints) / 100)
    }

    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                         "October", "November", "December"]

    /// "3 March 2025".
    static func longDate(_ day: LocalDate) -> String { "\(day.day) \(months[max(0, min(11, day.month - 1))]) \(day.year)" }

    static func dateTime(_ instant: Date, zone: TimeZone) -> String {
        let day = LocalDate(instant: instant, in: zone)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return longDate(day) + String(format: " at %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// GRDB's stored form of a date and time ("2025-03-03 12:00:00.000", UTC).
    static func storedInstant(_ text: String) -> Date? {
        guard text.count >= 19, text.dropFirst(10).first == " " else { return nil }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = text.count > 19 ? "yyyy-MM-dd HH:mm:ss.SSS" : "yyyy-MM-dd HH:mm:ss"
        return formatter.date(from: text)
    }

    /// A stored code such as "inPerson" or "awaitingIdentity" as words ("in person"); other text as it is.
    static func words(_ text: String) -> String {
        guard let first = text.first, first.isLowercase, text.count < 40, text.allSatisfy({ $0.isLetter }),
              text.contains(where: \.isUppercase) else { return text }
        var out = ""
        for character in text {
            if character.isUppercase { out += " " + character.lowercased() } else { out.append(character) }
        }
        return out
    }
}
