import TUIKit
import VetStore

/// Shows a one-time password exactly once, in a dialog that stays until it is dismissed, so the
/// manager can hand it over in person. It is never shown again and never stored in clear.
struct OneTimePasswordScreen: Screen {
    let issued: IssuedLogin
    /// "Login added" or "Password reset": said again on the staff list afterwards.
    let action: String
    var dialog: DialogState

    init(issued: IssuedLogin, action: String) {
        self.issued = issued
        self.action = action
        let user = issued.user
        dialog = .notice(title: "One-time password", message: """
            \(action) for \(user.displayName) (\(user.username)).
            One-time password: \(issued.oneTimePassword)
            It is shown only now. Give it to them in person: they must choose their own password when they log in.
            """)
    }

    var screenID: String { AppCommands.ManagerScreenID.managerForm }
    var title: String { "One-time password" }
    var isModal: Bool { true }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome { .ignored }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        switch dialog.handle(key) {
        case .chose, .cancelled:
            return .pop(StatusMessage("\(action) for \(issued.user.username); the one-time password is no longer shown.",
                                      kind: .success))
        case .moved, .ignored:
            return .handled
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        Dialog.render(dialog, into: &buffer, in: rect)
        return nil
    }
}
