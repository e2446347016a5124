import Foundation

/// Folding for search, so "zoe" finds Zoë and "lukasz" finds Łukasz.
///
/// Lowercases (Swift's own, locale-free rules), rewrites letters that are not a base letter
/// plus an accent (ł, ß, ø, æ, œ, đ, ð, þ, ı), then removes every combining mark after
/// canonical decomposition. No locale is consulted, so results are the same on every machine.
///
/// Words: split on anything that is not a letter or digit. A word written with an apostrophe
/// yields its parts and the joined form ("O'Neill" → "o", "neill", "oneill"), so people who
/// type "oneill", "o'neill" or "neill" all find it. Hyphenated names only split
/// ("Smith-Jones" → "smith", "jones").
public enum SearchText {
    private static let replacements: [Character: String] = [
        "ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
        "ŀ": "l", "ħ": "h", "ŧ": "t",
    ]
    private static let apostrophes: Set<Character> = ["'", "’", "‘", "ʼ", "`", "´"]

    /// "Nguyễn Ó Briain" → "nguyen o briain".
    public static func fold(_ text: String) -> String {
        var mapped = ""
        for character in text.lowercased() {
            if let replacement = replacements[character] {
                mapped += replacement
            } else {
                mapped.append(character)
            }
        }
        let decomposed = mapped.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
        }
        return String(String.UnicodeScalarView(decomposed))
    }

    /// "O'Neill-Smith" → ["o", "neill", "oneill", "smith"]: folded words for the search index.
    public static func words(_ text: String) -> [String] {
        var result: [String] = []
        var parts: [String] = []
        var current = ""
        func endPart() {
            if !current.isEmpty { parts.append(current) }
            current = ""
        }
        func endWord() {
            endPart()
            result += parts
            if parts.count > 1 { result.append(parts.joined()) }
            parts = []
        }
        for character in fold(text) {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if apostrophes.contains(character) {
                endPart()
            } else {
                endWord()
            }
        }
        endWord()
        return result
    }
}
