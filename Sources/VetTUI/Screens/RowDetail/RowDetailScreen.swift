import TUIKit

/// A list row opened in full (Enter on a row whose text the table had to cut), such as a call
/// summary: every column's heading and whole text. Arrows scroll; Esc goes back.
struct RowDetailScreen: Screen {
    var detail: RowDetailState

    init(_ detail: RowDetailState) {
        self.detail = detail
    }

    var screenID: String { AppCommands.ScreenID.rowDetail }
    var title: String { detail.title }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome { .ignored }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        let box = Self.box(in: context.screenArea)
        detail.pageSize = max(1, box.height - 2)
        _ = detail.handle(key, width: RowDetailState.bodyWidth(in: box))
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        detail.render(into: &buffer, in: Self.box(in: rect))
        return nil
    }

    /// The framed box inside the screen area: a row below the header, a column in from each side.
    static func box(in rect: Rect) -> Rect {
        Rect(row: rect.row + 1, column: rect.column + 1, height: rect.height - 1, width: rect.width - 2)
    }
}
