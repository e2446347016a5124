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
        // Scroll by the box drawn last: its inside is two rows and four columns smaller.
        view.pageSize = max(1, context.screenArea.height - 2)
        _ = view.handle(key, width: max(1, context.screenArea.width - 4))
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        view.render(into: &buffer, in: rect)
        return nil
    }
}
