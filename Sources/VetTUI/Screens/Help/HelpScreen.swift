import TUIKit

/// Help for the screen underneath, generated from the command table with unavailable commands
/// and their reasons.
struct HelpScreen: Screen {
    var view: HelpViewState

    init(content: HelpContent) {
        view = HelpViewState(content: content)
    }

    var screenID: String { AppCommands.ScreenID.help }
    var title: String { "Help" }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome { .ignored }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = view.handle(key, width: 76)
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        var shown = view
        shown.pageSize = max(1, rect.height - 2)
        shown.render(into: &buffer, in: rect)
        return nil
    }
}
