import Testing
@testable import VetCore

@Suite("Search folding")
struct SearchTextTests {
    @Test("folds case and diacritics", arguments: [
        ("Zoë", "zoe"), ("Siân", "sian"), ("Ó Briain", "o briain"), ("Łukasz", "lukasz"), ("łódź", "lodz"),
        ("Nguyễn", "nguyen"), ("Straße", "strasse"), ("Øyvind", "oyvind"), ("Æthelred", "aethelred"),
        ("Brontë-Smith", "bronte-smith"), ("JOSÉ", "jose"), ("Dvořák", "dvorak"), ("Ångström", "angstrom"),
    ])
    func fold(input: String, expected: String) {
        #expect(SearchText.fold(input) == expected)
    }

    @Test("splits into words; apostrophe names also give the joined form", arguments: [
        ("O'Neill", ["o", "neill", "oneill"]),
        ("O’Neill", ["o", "neill", "oneill"]),
        ("Ó Briain", ["o", "briain"]),
        ("Zoë  Smith-Jones", ["zoe", "smith", "jones"]),
        ("Nguyễn Văn An", ["nguyen", "van", "an"]),
        ("Flat 3, 12 Rue d'Égypte", ["flat", "3", "12", "rue", "d", "egypte", "degypte"]),
        ("  ", []),
    ])
    func words(input: String, expected: [String]) {
        #expect(SearchText.words(input) == expected)
    }

    @Test func queryMatchesIndex() {
        let index = Set(SearchText.words("Siân O'Neill"))
        for query in ["sian", "SIAN", "oneill", "o'neill", "neill"] {
            #expect(SearchText.words(query).allSatisfy(index.contains), "query \(query)")
        }
    }
}
