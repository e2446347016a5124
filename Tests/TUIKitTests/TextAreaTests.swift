import Testing
import TUIKit

@Suite("Text area")
struct TextAreaTests {
    @Test func enterSplitsLinesAndBackspaceJoinsThem() {
        var area = TextAreaState()
        area.insert("Vomiting x2")
        _ = area.handle(.enter)
        area.insert("Plan: bland diet 🍚")
        #expect(area.lines == ["Vomiting x2", "Plan: bland diet 🍚"])
        _ = area.handle(.home)
        _ = area.handle(.backspace)
        #expect(area.text == "Vomiting x2Plan: bland diet 🍚")
        _ = area.handle(.enter)
        #expect(area.lines.count == 2 && area.cursorLine == 1 && area.cursorColumn == 0)
    }

    @Test func arrowsMoveBetweenLinesKeepingTheColumnInRange() {
        var area = TextAreaState(text: "long first line\nab")
        #expect(area.cursorLine == 0 && area.cursorColumn == 0)
        _ = area.handle(.end)
        _ = area.handle(.down)
        #expect(area.cursorLine == 1 && area.cursorColumn == 2)
        _ = area.handle(.right)
        #expect(area.cursorLine == 1 && area.cursorColumn == 2)
        _ = area.handle(.up)
        _ = area.handle(.left)
        #expect(area.cursorLine == 0 && area.cursorColumn == 1)
        _ = area.handle(.delete)
        #expect(area.lines[0] == "lng first line")
    }

    @Test func tabIsLeftForTheForm() {
        var area = TextAreaState()
        #expect(area.handle(.tab) == .notHandled)
        #expect(area.handle(.escape) == .notHandled)
    }

    @Test func scrollsToKeepTheCursorVisibleAndReportsIt() {
        var area = TextAreaState(visibleSize: TerminalSize(rows: 2, columns: 10))
        area.insert("one\ntwo\nthree 王王")
        var buffer = ScreenBuffer(rows: 2, columns: 10)
        let cursor = TextArea.render(area, into: &buffer, in: buffer.bounds, focused: true)
        #expect(buffer.rows == ["three     ", "王王      "], "wrapped at the space; the box shows the cursor's row")
        #expect(cursor == CursorPosition(row: 1, column: 4))
    }

    @Test func respectsMaxLengthCountingLineBreaks() {
        var area = TextAreaState(maxLength: 5)
        area.insert("ab\ncdef")
        #expect(area.text == "ab\ncd")
    }
}
