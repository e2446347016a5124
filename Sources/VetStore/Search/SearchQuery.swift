import Foundation
import VetCore

/// One typed query, read once per keystroke into every form it could take: folded words for
/// the full-text index, phone digits and microchip digits.
struct SearchQuery: Equatable {
    /// Folded words ("zoe", "smi"); each is matched as a word prefix.
    let words: [String]
    /// National phone digits for the query ("07700900123"), also with a 0 put back when a
    /// person typed the number without it; possibly only the start of a number.
    let phoneDigits: [String]
    /// The digits of a query made only of digits and spaces, when 6 to 15 long: a whole
    /// microchip or the start of one read off a scanner.
    let microchipDigits: String?
    /// "SY81D" for "sy8 1d": the start of a postcode (area letters then a digit), uppercase
    /// without spaces, as the postcode expression index holds it.
    let postcodePrefix: String?
    /// The query lowercased, when it is one word that may be the start of an email address.
    let emailPrefix: String?
    /// True when the query is one word with an @ or a dot: an email address (names are
    /// never typed like that), so it is matched on email alone, which is also much cheaper
    /// than intersecting its short word pieces ("j", "ca") in the full-text index.
    var isEmail: Bool { emailPrefix.map { $0.contains("@") || $0.contains(".") } ?? false }

    /// The whole query folded to letters and digits ("zoesmith" for "Zoë Smith"): what
    /// `NameTier` compares with a client's names.
    let compact: String
    /// The query as a surname may be stored ("o'neill", "le brocq"): single spaces, for the
    /// exact-surname lookup on the surname index when a broad query is answered in tiers.
    let spacedText: String

    /// Fewer microchip digits than this match too many pets to be useful.
    static let microchipPrefixMinimum = 6

    init(_ text: String) {
        words = SearchText.words(text)
        compact = NameTier.compact(text)
        spacedText = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var phones: [String] = []
        if let digits = PhoneNumber.searchDigits(from: text) {
            phones.append(digits)
            if !digits.hasPrefix("0") { phones.append("0" + digits) }
        }
        phoneDigits = phones
        let compact = text.filter { !$0.isWhitespace }
        let isChip = compact.allSatisfy { $0.isASCII && $0.isNumber }
            && (Self.microchipPrefixMinimum...15).contains(compact.count)
        microchipDigits = isChip ? compact : nil
        postcodePrefix = Self.postcodeShape(compact.uppercased()) ? compact.uppercased() : nil
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        emailPrefix = trimmed.count >= 3 && !trimmed.contains(where: \.isWhitespace) ? trimmed.lowercased() : nil
    }

    var isEmpty: Bool { words.isEmpty && phoneDigits.isEmpty && microchipDigits == nil && emailPrefix == nil }

    /// One or two letters, a digit, then up to four letters or digits: "JE2", "SY81D", "WR152XW".
    static func postcodeShape(_ text: String) -> Bool {
        let characters = Array(text)
        guard (2...7).contains(characters.count), characters.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              let digit = characters.firstIndex(where: \.isNumber), (1...2).contains(digit) else { return false }
        return characters[..<digit].allSatisfy(\.isLetter)
    }

    /// Every word as a prefix: `"zoe"* AND "smi"*`.
    var prefixMatch: String { words.map { "\"\($0)\"*" }.joined(separator: " AND ") }

    /// Every word whole: `"zoe" AND "smith"`; the first tier when a query matches many clients.
    var exactMatch: String { words.map { "\"\($0)\"" }.joined(separator: " AND ") }
}

/// The upper bound of a text prefix range: every string of digits, letters and the usual
/// email punctuation that starts with `prefix` sorts below `prefix` + "~" (byte 0x7E).
func prefixUpperBound(_ prefix: String) -> String { prefix + "~" }
