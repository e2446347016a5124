import TUIKit
import VetCore
import VetStore

/// Every staff login with its role and whether it can log in; the manager adds logins, resets
/// passwords, changes roles and deactivates leavers here. The store refuses anything that
/// would leave the practice without an active manager, and the refusal is shown as said.
struct StaffUsersScreen: Screen {
    var users: [StaffUser] = []
    var list = ListState()
    var confirm: DialogState?
    /// The login the open confirmation is about, and whether it would become active.
    var pending: (username: String, activate: Bool)?

    var screenID: String { AppCommands.ManagerScreenID.staffUsers }
    var title: String { "Staff users" }
    var isModal: Bool { confirm != nil }

    var selected: StaffUser? {
        list.selectedIndex.flatMap { users.indices.contains($0) ? users[$0] : nil }
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        let needsSelection = [AppCommands.ManagerID.resetPassword, AppCommands.ManagerID.changeRole,
                              AppCommands.ManagerID.toggleActive]
        if needsSelection.contains(command.id), selected == nil { return .disabled(reason: "no login is selected") }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ManagerID.addUser:
            return .push(SmallFormScreen(StaffForms.addUser()))
        case AppCommands.ManagerID.resetPassword:
            guard let user = selected else { return .handled }
            return .push(SmallFormScreen(StaffForms.resetPassword(for: user)))
        case AppCommands.ManagerID.changeRole:
            guard let user = selected else { return .handled }
            return .push(SmallFormScreen(StaffForms.changeRole(of: user)))
        case AppCommands.ManagerID.toggleActive:
            guard let user = selected else { return .handled }
            confirm = Self.confirmation(for: user)
            pending = (user.username, !user.active)
            return .handled
        default:
            return .ignored
        }
    }

    /// Names the person and says what changes; "No" is the default.
    static func confirmation(for user: StaffUser) -> DialogState {
        let thing = "\(user.displayName) (\(user.username))"
        return user.active
            ? .confirmDestructive(action: "Deactivate", thing: thing,
                                  consequence: "They will not be able to log in. Their history stays in the audit trail.")
            : .confirmDestructive(action: "Reactivate", thing: thing,
                                  consequence: "They will be able to log in again with their old password.")
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        guard var dialog = confirm else {
            _ = list.handle(key)
            return .handled
        }
        switch dialog.handle(key) {
        case .chose(let id):
            confirm = nil
            guard id == DialogButton.yes.id, let pending else { return .handled }
            return .run(Effect.asUser("active") { store, user in
                try store.setActive(username: pending.username, pending.activate, as: user)
                return .done
            })
        case .cancelled: confirm = nil
        case .moved, .ignored: confirm = dialog
        }
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome { load() }

    private func load() -> Outcome {
        .run(Effect("users") { store, _ in .staff(try store.users()) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.staff(let found)):
            let selectedName = selected?.username
            users = found
            list.setItemCount(found.count)
            if let selectedName, let index = found.firstIndex(where: { $0.username == selectedName }) { list.select(index) }
            return .handled
        case .success:
            let done = pending.map { "\($0.activate ? "Reactivated" : "Deactivated") \($0.username)." } ?? "Done."
            pending = nil
            return .all([.message(StatusMessage(done, kind: .success)), load()])
        case .failure(let error):
            pending = nil
            return .message(StatusMessage(ErrorText.describe(error), kind: .error))
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let active = users.filter(\.active).count
        buffer.write("\(users.count) logins, \(active) active", row: rect.row, column: rect.column + 1, role: .label,
                     maxWidth: rect.width - 2)
        let columns = [TableColumn("Username", width: .fixed(16)), TableColumn("Name", width: .flexible(weight: 3)),
                       TableColumn("Role", width: .fixed(17)), TableColumn("Active", width: .fixed(6))]
        let rows = users.map { user in
            TableRow([user.username, user.displayName, user.role.displayName, user.active ? "yes" : "no"],
                     role: user.active ? .normal : .dim)
        }
        let area = Rect(row: rect.row + 2, column: rect.column, height: rect.height - 2, width: rect.width)
        let table = TableView(columns: columns, rows: rows, emptyText: "No logins yet.")
        var shown = list
        shown.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: shown)
        if let confirm { Dialog.render(confirm, into: &buffer, in: rect) }
        return nil
    }
}
