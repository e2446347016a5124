import VetCore
import VetSQL

/// How well a client's own name answers what was typed, best first. A receptionist who types
/// "Smith" wants the Smiths before Smith-Jones; one who types "Zoe Smith" wants Zoe Smith first.
enum NameTier: Int, Comparable {
    /// The surname is exactly what was typed ("smith" → Smith; "le brocq" or "lebrocq" → Le Brocq).
    case exactSurname
    /// Forename and surname exactly, in either order ("zoe smith", "smith zoe").
    case exactFullName
    /// The surname starts with what was typed ("smith" → Smith-Jones, Smithson).
    case surnamePrefix
    /// Forename then surname (or surname then forename) start with what was typed ("zoe smi", "zo").
    case fullNamePrefix
    /// Everything else the index found: a word inside the name, a pet's name, a postcode.
    case other

    static func < (lhs: NameTier, rhs: NameTier) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The tier of a client for `typed`; all three are folded letters and digits only
    /// (`NameTier.compact`), so spaces, hyphens, apostrophes and accents never decide it.
    static func of(typed: String, forename: String, surname: String) -> NameTier {
        guard !typed.isEmpty else { return .other }
        if typed == surname { return .exactSurname }
        if typed == forename + surname || typed == surname + forename { return .exactFullName }
        if surname.hasPrefix(typed) { return .surnamePrefix }
        if (forename + surname).hasPrefix(typed) || (surname + forename).hasPrefix(typed) { return .fullNamePrefix }
        return .other
    }

    /// "Smith-Jones" → "smithjones", "Ó Briain" → "obriain": what tiers compare.
    static func compact(_ text: String) -> String {
        SearchText.fold(text).filter { $0.isLetter || $0.isNumber }
    }
}

/// A client the text index found, with what ranking needs.
struct TextCandidate {
    var id: Int64
    var forename: String
    var surname: String
    var active: Bool
    /// The client's indexed words (names, pets, postcode), where the statement reads them.
    var indexed: [[String]]

    init(row: SQLRow) throws {
        id = try row.decode(Int64.self, "id")
        forename = NameTier.compact(try row.decode(String.self, "first_name"))
        surname = NameTier.compact(try row.decode(String.self, "last_name"))
        active = try row.decode(String.self, "status") == "active"
        indexed = row.hasColumn("indexed_name")
            ? try ["indexed_name", "indexed_pets", "indexed_postcode"].map { column in
                try row.decode(String.self, column).split(separator: " ").map(String.init)
            }
            : []
    }

    /// How the typed words met this client's indexed words, lower being better: for each
    /// word, a whole word of the name (0) over the start of one (1), then the same in a pet's
    /// name (2, 3), then in the postcode (4, 5). So "bell" lists Mrs Bell before the owner of
    /// Bella, and a name before a postcode. Worked out from the words alone, it is the same
    /// on either engine.
    func closeness(to words: [String]) -> Int {
        guard !indexed.isEmpty else { return 0 }
        return words.reduce(0) { total, word in
            let best = indexed.enumerated().compactMap { field, fieldWords -> Int? in
                if fieldWords.contains(word) { return field * 2 }
                return fieldWords.contains { $0.hasPrefix(word) } ? field * 2 + 1 : nil
            }.min()
            return total + (best ?? indexed.count * 2)
        }
    }

    /// Active clients before ceased or deceased ones (the desk serves the living first), then
    /// tier, then closeness within the "other" tier (a name above a pet's name above a
    /// postcode), then alphabetical so equal names list steadily.
    static func ranked(_ candidates: [TextCandidate], typed: String, words: [String] = []) -> [Int64] {
        let keyed = candidates.map { candidate in
            (candidate, NameTier.of(typed: typed, forename: candidate.forename, surname: candidate.surname),
             candidate.closeness(to: words))
        }
        return keyed.sorted { lhs, rhs in
            let (left, right) = (lhs.0, rhs.0)
            if left.active != right.active { return left.active }
            if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
            if lhs.1 == .other, lhs.2 != rhs.2 { return lhs.2 < rhs.2 }
            if left.surname != right.surname { return left.surname < right.surname }
            if left.forename != right.forename { return left.forename < right.forename }
            return left.id < right.id
        }.map(\.0.id)
    }
}
