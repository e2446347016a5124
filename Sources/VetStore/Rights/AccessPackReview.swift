import Foundation

/// Finds what a person must check before the pack is released: other people's data and staff
/// remarks. It flags conservatively: any free text naming someone who is not the client or one
/// of their pets, or mentioning a relation, is listed.
struct AccessPackReview {
    let sections: [PackSection]
    private let ownNames: Set<String>

    init(sections: [PackSection]) {
        self.sections = sections
        var names = Set<String>()
        for section in sections where section.table == "client" || section.table == "pet" {
            for row in section.rows {
                for column in ["first_name", "last_name", "title", "name"] {
                    for word in section.value(column, in: row).text.split(whereSeparator: { !$0.isLetter }) {
                        names.insert(word.lowercased())
                    }
                }
            }
        }
        ownNames = names
    }

    static let relationWords: Set<String> = [
        "husband", "wife", "partner", "spouse", "son", "daughter", "mother", "father", "mum", "dad", "brother",
        "sister", "friend", "neighbour", "neighbor", "sitter", "walker", "ex", "boyfriend", "girlfriend",
        "landlord", "tenant", "colleague", "child", "children", "grandson", "granddaughter", "carer", "relative",
    ]

    /// Capitalised words that name no one: roles, animals, days and months.
    static let commonWords: Set<String> = [
        "owner", "owners", "client", "clients", "pet", "pets", "dog", "cat", "rabbit", "vet", "vets", "nurse", "practice",
        "ok", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "please",
    ]

    /// Free-text columns that staff or third parties write, by table.
    static let freeText: [String: [String]] = [
        "client": ["notes"],
        "consultation": ["reason", "subjective", "objective", "assessment", "plan"],
        "consultation_addendum": ["text"],
        "communication": ["summary"],
        "appointment": ["reason", "notes", "cancel_reason"],
        "queue_entry": ["reason", "left_reason"],
        "claim_event": ["note"],
        "ledger_entry": ["note"],
        "dsr_request": ["notes", "authority_note", "outcome"],
        "dsr_pause": ["question"],
        "disclosure": ["override_reason"],
    ]

    func items() -> [ReviewItem] {
        var found: [ReviewItem] = []
        for section in sections {
            for row in section.rows {
                let rowID: Int64? = if case .integer(let id) = section.value("id", in: row) { id } else { nil }
                found += rowItems(section, row: row, rowID: rowID)
            }
        }
        return found
    }

    private func rowItems(_ section: PackSection, row: [PackValue], rowID: Int64?) -> [ReviewItem] {
        var found: [ReviewItem] = []
        switch section.table {
        case "pet_owner_change":
            found.append(ReviewItem(table: section.table, rowID: rowID, reason: "a pet moved between owners on "
                + "\(section.value("changed_at", in: row).text.prefix(10)): records from the other owner's time, and "
                + "the other owner's client number, concern another person"))
        case "client" where !section.value("notes", in: row).text.isEmpty:
            found.append(ReviewItem(table: section.table, rowID: rowID,
                                    reason: "client notes are staff remarks; check them for opinions about or details of others"))
        case "dsr_request" where section.value("on_behalf_of_client", in: row) == .integer(1):
            found.append(ReviewItem(table: section.table, rowID: rowID,
                                    reason: "made by a third party for the client: the requester's own details are theirs"))
        default:
            break
        }
        for column in Self.freeText[section.table] ?? [] where section.table != "client" {
            let text = section.value(column, in: row).text
            if let hint = mentionOfOthers(in: text) {
                let field = PackReadable(names: PackNames(), zone: .current).label(column).lowercased()
                let kind = Self.relationWords.contains(hint.lowercased()) ? "the relation '\(hint)'" : "the name-like word '\(hint)'"
                found.append(ReviewItem(table: section.table, rowID: rowID,
                                        reason: "the \(field) mentions \(kind), which may be another person: their details "
                                            + "are theirs, not the client's, and may need redacting",
                                        place: PackFields.title(of: section.table) + (rowID.map { ", record \($0)" } ?? "")
                                            + ", " + field,
                                        found: Self.excerpt(text, around: hint)))
            }
        }
        return found
    }

    /// Up to 40 characters either side of `word`'s first appearance, on one line.
    static func excerpt(_ text: String, around word: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        guard let range = flat.range(of: word) else { return String(flat.prefix(80)) }
        let start = flat.index(range.lowerBound, offsetBy: -40, limitedBy: flat.startIndex) ?? flat.startIndex
        let end = flat.index(range.upperBound, offsetBy: 40, limitedBy: flat.endIndex) ?? flat.endIndex
        return (start > flat.startIndex ? "…" : "") + flat[start..<end] + (end < flat.endIndex ? "…" : "")
    }

    /// The first word suggesting another person: a relation, or a capitalised word (not starting
    /// a sentence) that is not the client's or a pet's name, nor a common word.
    func mentionOfOthers(in text: String) -> String? {
        let words = text.split(whereSeparator: \.isWhitespace).map(String.init)
        var sentenceStart = true
        for word in words {
            let letters = word.filter(\.isLetter)
            defer { sentenceStart = word.last.map { ".!?:".contains($0) } ?? false }
            guard !letters.isEmpty else { continue }
            if Self.relationWords.contains(letters.lowercased()) { return letters }
            let capitalised = letters.first?.isUppercase == true && letters.dropFirst().contains { $0.isLowercase }
            if capitalised, !sentenceStart, !ownNames.contains(letters.lowercased()), !Self.commonWords.contains(letters.lowercased()) {
                return letters
            }
        }
        return nil
    }

    /// Claims whose paper copy is filed somewhere, to fetch for the pack.
    func paperRecords() -> [PaperRecord] {
        guard let claims = sections.first(where: { $0.table == "claim" }) else { return [] }
        let pets = sections.first { $0.table == "pet" }
        var petNames: [Int64: String] = [:]
        for row in pets?.rows ?? [] {
            if case .integer(let id) = pets?.value("id", in: row) ?? .null { petNames[id] = pets?.value("name", in: row).text }
        }
        return claims.rows.compactMap { row in
            let location = claims.value("paper_copy_location", in: row).text
            guard !location.isEmpty, case .integer(let id) = claims.value("id", in: row) else { return nil }
            let petID: Int64? = if case .integer(let pet) = claims.value("pet_id", in: row) { pet } else { nil }
            return PaperRecord(claimID: id, pet: petID.flatMap { petNames[$0] } ?? "", condition:
                claims.value("condition", in: row).text, location: location)
        }
    }
}
