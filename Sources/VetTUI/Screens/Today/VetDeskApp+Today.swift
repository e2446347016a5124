import TUIKit

extension VetDeskApp {
    /// Back to Today, the first screen of a session: closes the screens above it, unless one
    /// holds unsaved input; starts a new stack with it when it is not there.
    func goHome() {
        guard let index = stack.firstIndex(where: { $0.screenID == AppCommands.ScreenID.today }) else {
            show(TodayScreen())
            return
        }
        if stack[(index + 1)...].contains(where: \.hasUnsavedInput) {
            message = StatusMessage("Save or cancel (Esc) the open form first.", kind: .warning)
            return
        }
        stack.removeSubrange((index + 1)...)
        refreshTop(.reappeared)
    }
}
