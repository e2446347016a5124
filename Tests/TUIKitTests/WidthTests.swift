import Testing
import TUIKit

@Suite("Display width and truncation")
struct WidthTests {
    @Test(
        "names and symbols measure as terminals draw them",
        arguments: [
            ("Zoë", 3), ("Zoe\u{0308}", 3), ("Siân", 4), ("Ó Briain", 8), ("Łukasz", 6), ("Nguyễn", 6),
            ("王", 2), ("王小明", 6), ("😀", 2), ("👩‍⚕️", 2), ("e\u{0301}", 1), ("🇬🇧", 2), ("☺️", 2), ("☺", 1),
            ("", 0), ("ＡＢ", 4),
        ])
    func widths(text: String, expected: Int) {
        #expect(displayWidth(text) == expected)
    }

    @Test func combiningMarkOnItsOwnHasNoWidth() {
        #expect(DisplayWidth.of("\u{0301}" as Unicode.Scalar) == 0)
        #expect(DisplayWidth.of("\u{200B}" as Unicode.Scalar) == 0)
    }

    @Test func truncationKeepsShortTextAndAddsEllipsis() {
        #expect(truncate("Siân", to: 4) == "Siân")
        #expect(truncate("Ó Briain", to: 5) == "Ó Br…")
        #expect(truncate("Łukasz Nguyễn", to: 8) == "Łukasz …")
        #expect(truncate("anything", to: 0) == "")
        #expect(truncate("ab", to: 1) == "…")
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect(truncate("王王王", to: 4) == "王…")
        #expect(displayWidth(truncate("王王王", to: 4)) == 3)
        #expect(truncate("😀😀😀", to: 5) == "😀😀…")
        #expect(truncate("👩‍⚕️ checked Biscuit", to: 3) == "👩‍⚕️…")
    }

    @Test func combiningSequencesStayWhole() {
        let decomposed = "Ze\u{0301}lie"
        #expect(truncate(decomposed, to: 3) == "Ze\u{0301}…")
        #expect(displayWidth(decomposed) == 5)
    }

    @Test func padFillsToExactWidth() {
        #expect(pad("Zoë", to: 6) == "Zoë   ")
        #expect(displayWidth(pad("王王王", to: 4)) == 4)
        #expect(pad("王王王", to: 4) == "王… ")
        #expect(padLeading("£12.50", to: 8) == "  £12.50")
    }

    @Test func clipCutsWithoutEllipsis() {
        #expect(clip("王王", to: 3) == "王")
        #expect(clip("Siân", to: 10) == "Siân")
    }

    @Test func wrappingBreaksAtSpacesAndSplitsLongWords() {
        #expect(wrap("Erase client Zoë Ó Briain?", to: 12) == ["Erase client", "Zoë Ó", "Briain?"])
        #expect(wrap("王王王王", to: 5) == ["王王", "王王"])
        #expect(wrap("one\n\ntwo", to: 10) == ["one", "", "two"])
    }
}
