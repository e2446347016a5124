import Testing
import TUIKit

@Suite("Layout and boxes")
struct LayoutTests {
    @Test func splitRowsGivesFixedPartsFirst() {
        let parts = Rect(row: 0, column: 0, height: 24, width: 80).splitRows([.fixed(1), .flexible(), .fixed(1)])
        #expect(parts.map(\.height) == [1, 22, 1])
        #expect(parts.map(\.row) == [0, 1, 23])
    }

    @Test func splitColumnsSharesByWeightWithGaps() {
        let parts = Rect(row: 2, column: 0, height: 5, width: 31).splitColumns([.fixed(10), .flexible(weight: 1), .flexible(weight: 1)], gap: 1)
        #expect(parts.map(\.width) == [10, 9, 10])
        #expect(parts.map(\.column) == [0, 11, 21])
        #expect(parts.allSatisfy { $0.row == 2 && $0.height == 5 })
    }

    @Test func fixedPartsShrinkWhenSpaceRunsOut() {
        let parts = Rect(row: 0, column: 0, height: 3, width: 10).splitRows([.fixed(2), .fixed(5)])
        #expect(parts.map(\.height) == [2, 1])
    }

    @Test func boxesDrawWithLinesOrAscii() {
        var buffer = ScreenBuffer(rows: 3, columns: 12)
        let inside = buffer.drawBox(buffer.bounds, title: "Pets")
        #expect(buffer.rows == ["┌─ Pets ───┐", "│          │", "└──────────┘"])
        #expect(inside == Rect(row: 1, column: 1, height: 1, width: 10))
        var ascii = ScreenBuffer(rows: 3, columns: 6)
        ascii.drawBox(ascii.bounds, style: .ascii)
        #expect(ascii.rows == ["+----+", "|    |", "+----+"])
    }

    @Test func centeredRectStaysInside() {
        let rect = Rect(row: 0, column: 0, height: 24, width: 80).centered(height: 6, width: 40)
        #expect(rect == Rect(row: 9, column: 20, height: 6, width: 40))
    }
}
