import GRDB
import VetCore

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

/// A client the full-text index found, with what ranking needs.
struct TextCandidate {
    var id: Int64
    var forename: String
    var surname: String
    var active: Bool
    /// bm25 from the index (lower is better); 0 where the statement does not rank.
    var rank: Double

    init(row: Row) {
        id = row["id"]
        forename = NameTier.compact(row["first_name"])
        surname = NameTier.compact(row["last_name"])
        active = (row["status"] as String) == "active"
        rank = row["rank"] ?? 0
    }

    /// Active clients before ceased or deceased ones (the desk serves the living first), then
    /// tier, then bm25 within the "other" tier (a name above a pet's name above a postcode), then
    /// alphabetical so equal names list steadily.
    static func ranked(_ candidates: [TextCandidate], typed: String) -> [Int64] {
        let keyed = candidates.map { ($0, NameTier.of(typed: typed, forename: $0.forename, surname: $0.surname)) }
        return keyed.sorted { lhs, rhs in
            let (left, right) = (lhs.0, rhs.0)
            if left.active != right.active { return left.active }
            if lhs.1 != rhs.1 { return lhs.1 < rhs.1 }
            if lhs.1 == .other, left.rank != right.rank { return left.rank < right.rank }
            if left.surname != right.surname { return left.surname < right.surname }
            if left.forename != right.forename { return left.forename < right.forename }
            return left.id < right.id
        }.map(\.0.id)
    }
}
