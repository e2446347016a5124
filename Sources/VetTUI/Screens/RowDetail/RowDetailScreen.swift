import TUIKit

/// A list row opened in full (Enter on a row whose text the table had to cut), such as a call
/// summary: every column's heading and whole text. Arrows scroll; Esc goes back.
struct RowDetailScreen: Screen {
    var detail: RowDetailState
    /// The narrowest body width (80 columns), so scrolling always reaches the end.
    let bodyWidth = 74

    init(_ detail: RowDetailState) {
        self.detail = detail
    }

    var screenID: String { AppCommands.ScreenID.rowDetail }
    var title: String { detail.title }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome { .ignored }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = detail.handle(key, width: bodyWidth)
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let box = Rect(row: rect.row + 1, column: rect.column + 1, height: rect.height - 1, width: rect.width - 2)
        var shown = detail
        shown.pageSize = max(1, box.height - 2)
        shown.render(into: &buffer, in: box)
        return nil
    }
}
