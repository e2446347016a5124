import TUIKit

/// Something to read out or hand over (a new request's reference, a one-time password) in a
/// dialog that stays until Enter or Esc, however long that takes; then back, saying what was done.
struct NoticeScreen: Screen {
    let screenID: String
    let title: String
    var dialog: DialogState
    /// The line shown once the notice is dismissed.
    let afterwards: StatusMessage

    init(screenID: String, title: String, message: String, afterwards: StatusMessage) {
        self.screenID = screenID
        self.title = title
        self.afterwards = afterwards
        dialog = .notice(title: title, message: message)
    }

    var isModal: Bool { true }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome { .ignored }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        switch dialog.handle(key) {
        case .chose, .cancelled: return .pop(afterwards)
        case .moved, .ignored: return .handled
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        Dialog.render(dialog, into: &buffer, in: rect)
        return nil
    }
}
