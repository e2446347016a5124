import Testing
import TUIKit

@Suite("Screen buffer writes")
struct ScreenBufferTests {
    @Test func writesTextAndDumpsRows() {
        var buffer = ScreenBuffer(rows: 2, columns: 10)
        buffer.write("Nguyễn 王", row: 0, column: 0)
        #expect(buffer.rows[0] == "Nguyễn 王 ")
        #expect(buffer[0, 7].grapheme == "王")
        #expect(buffer[0, 8].isContinuation)
        #expect(buffer.text == "Nguyễn 王\n")
    }

    @Test func clipsAtMaxWidthWithoutSplittingWideCharacters() {
        var buffer = ScreenBuffer(rows: 1, columns: 8)
        let used = buffer.write("王王王", row: 0, column: 0, maxWidth: 5)
        #expect(used == 5)
        #expect(buffer.rows[0] == "王王    ")
        #expect(buffer[0, 4].grapheme == " ")
    }

    @Test func clipsAtTheRightEdge() {
        var buffer = ScreenBuffer(rows: 1, columns: 5)
        buffer.write("abcd王", row: 0, column: 0)
        #expect(buffer.rows[0] == "abcd ")
        buffer.write("Łukasz", row: 0, column: 3)
        #expect(buffer.rows[0] == "abcŁu")
    }

    @Test func ignoresWritesOutsideTheBuffer() {
        var buffer = ScreenBuffer(rows: 1, columns: 4)
        #expect(buffer.write("x", row: 3, column: 0) == 0)
        buffer.write("abcdef", row: 0, column: -2)
        #expect(buffer.rows[0] == "cdef")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(rows: 1, columns: 4)
        buffer.write("王王", row: 0, column: 0)
        buffer.write("x", row: 0, column: 1)
        #expect(buffer.rows[0] == " x王")
        buffer.write("y", row: 0, column: 2)
        #expect(buffer.rows[0] == " xy ")
        #expect(!buffer[0, 3].isContinuation)
    }

    @Test func combiningMarksAttachToThePreviousCell() {
        var buffer = ScreenBuffer(rows: 1, columns: 4)
        buffer.write("e\u{0301}x", row: 0, column: 0)
        #expect(buffer.rows[0] == "éx  ")
        buffer.write("a", row: 0, column: 2)
        buffer.write("\u{0301}", row: 0, column: 3)
        #expect(buffer[0, 2].grapheme == "a\u{0301}")
        #expect(buffer.rows[0] == "éxá ")
    }

    @Test func emojiSequencesTakeTwoColumns() {
        var buffer = ScreenBuffer(rows: 1, columns: 6)
        buffer.write("👩‍⚕️😀!", row: 0, column: 0)
        #expect(buffer.rows[0] == "👩‍⚕️😀! ")
        #expect(buffer[0, 1].isContinuation && buffer[0, 3].isContinuation)
    }

    @Test func rolesAreKeptPerCell() {
        var buffer = ScreenBuffer(rows: 1, columns: 4)
        buffer.write("ab", row: 0, column: 1, role: .error)
        #expect(buffer.roles(row: 0) == [.normal, .error, .error, .normal])
        buffer.applyRole(.selected, to: Rect(row: 0, column: 0, height: 1, width: 4))
        #expect(buffer.roles(row: 0) == [.selected, .selected, .selected, .selected])
    }

    @Test func applyingARoleKeepsWideCharactersWhole() {
        var buffer = ScreenBuffer(rows: 1, columns: 3)
        buffer.write("王x", row: 0, column: 0)
        buffer.applyRole(.overdue, to: buffer.bounds)
        #expect(buffer.rows[0] == "王x")
        #expect(buffer[0, 1].isContinuation)
    }

    @Test func writeWithWidthPadsAndTruncates() {
        var buffer = ScreenBuffer(rows: 1, columns: 10)
        buffer.write("Ó Briain, Siân", row: 0, column: 0, width: 8)
        #expect(buffer.rows[0] == "Ó Briai…  ")
    }
}

@Suite("Keys")
struct KeyTests {
    @Test func labelsReadAsPeopleSayThem() {
        #expect(Key.function(2).label == "F2")
        #expect(Key.control("U") == .ctrl("u"))
        #expect(Key.ctrl("u").label == "Ctrl-U")
        #expect(Key.backTab.label == "Shift-Tab")
        #expect(Key.character(" ").label == "Space")
        #expect(Key.character("王").isPrintable && !Key.enter.isPrintable)
    }

    @Test func wideCharacterCutByTheLeftEdgeLeavesABlank() {
        var buffer = ScreenBuffer(rows: 1, columns: 3)
        buffer.write("王ab", row: 0, column: -1)
        #expect(buffer.rows[0] == " ab")
        #expect(!buffer[0, 0].isContinuation)
    }
}
