import TUIKit
import VetStore

extension NoticeScreen {
    /// A one-time password, shown exactly once so the manager can hand it over in person; it is
    /// never shown again and never stored in clear. `action` is "Login added" or "Password reset".
    static func oneTimePassword(_ issued: IssuedLogin, action: String) -> NoticeScreen {
        let user = issued.user
        return NoticeScreen(screenID: AppCommands.ManagerScreenID.managerForm, title: "One-time password", message: """
            \(action) for \(user.displayName) (\(user.username)).
            One-time password: \(issued.oneTimePassword)
            It is shown only now. Give it to them in person: they must choose their own password when they log in.
            """, afterwards: StatusMessage(
                "\(action) for \(user.username); the one-time password is no longer shown.", kind: .success))
    }
}
