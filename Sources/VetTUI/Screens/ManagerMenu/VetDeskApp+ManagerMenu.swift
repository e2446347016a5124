import TUIKit

extension VetDeskApp {
    /// Goes back to the manager's menu if it is open underneath, else opens it on top.
    func openManagerMenu() {
        let menuID = AppCommands.ManagerScreenID.menu
        guard let index = stack.firstIndex(where: { $0.screenID == menuID }) else {
            perform(.push(ManagerMenuScreen()))
            return
        }
        guard index < stack.count - 1 else { return }
        if stack[(index + 1)...].contains(where: \.hasUnsavedInput) {
            message = StatusMessage("Save or cancel (Esc) the open form first.", kind: .warning)
            return
        }
        stack.removeSubrange((index + 1)...)
        refreshTop(.reappeared)
    }
}
