import Foundation
import TUIKit
import VetCore
import VetStore

/// Every staff login with its role, the sites it works at and whether it can log in; the manager
/// adds logins, resets passwords (to a one-time password), changes roles and sites, unlocks
/// lock-outs and deactivates leavers here. The store refuses anything that would leave the practice without an active manager,
/// and the refusal is shown as said.
struct StaffUsersScreen: Screen {
    /// A change waiting for its confirmation or its store result.
    enum Pending {
        case activate(username: String, active: Bool)
        case reset(username: String)
        case unlock(username: String)

        var doneMessage: String {
            switch self {
            case .activate(let name, let active): "\(active ? "Reactivated" : "Deactivated") \(name)."
            case .reset(let name): "Password of \(name) reset."
            case .unlock(let name): "Unlocked \(name); they can try their password again now."
            }
        }
    }

    var users: [StaffUser] = []
    /// The practice's sites and who is listed where, read with the logins.
    var siteListing = StaffSiteListing()
    let sitesBox = Mailbox<StaffSiteListing>()
    /// Lock-outs in force: username → when the lock ends.
    var locks: [String: Date] = [:]
    var list = ListState()
    var confirm: DialogState?
    var pending: Pending?

    var screenID: String { AppCommands.ManagerScreenID.staffUsers }
    var title: String { "Staff users" }
    var isModal: Bool { confirm != nil }

    var selected: StaffUser? {
        list.selectedIndex.flatMap { users.indices.contains($0) ? users[$0] : nil }
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        let needsSelection = [AppCommands.ManagerID.resetPassword, AppCommands.ManagerID.changeRole,
                              AppCommands.ManagerID.toggleActive, AppCommands.ManagerID.unlockLogin,
                              AppCommands.SiteID.staffSites]
        if needsSelection.contains(command.id), selected == nil { return .disabled(reason: "no login is selected") }
        if command.id == AppCommands.ManagerID.unlockLogin, let user = selected, locks[user.username] == nil {
            return .disabled(reason: "\(user.username) is not locked out")
        }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ManagerID.addUser:
            return .push(SmallFormScreen(StaffForms.addUser(openSites: siteListing.open, workingAt: context.session?.siteID)))
        case AppCommands.SiteID.staffSites:
            guard let user = selected, let id = user.id else { return .handled }
            return .push(StaffSitesScreen(user: user, openSites: siteListing.open, listed: siteListing.assignments[id] ?? []))
        case AppCommands.ID.showRow:
            return list.selectedIndex.flatMap { table(context: context).detail(ofRow: $0, title: "Staff login") }
                .map { .push(RowDetailScreen($0)) } ?? .handled
        case AppCommands.ManagerID.resetPassword:
            guard let user = selected else { return .handled }
            confirm = .confirmDestructive(action: "Reset the password of", thing: "\(user.displayName) (\(user.username))",
                                          consequence: "Their password stops working now. A one-time password is shown once.")
            pending = .reset(username: user.username)
            return .handled
        case AppCommands.ManagerID.unlockLogin:
            guard let user = selected else { return .handled }
            pending = .unlock(username: user.username)
            return .run(Effect.asUser("unlock") { store, session in
                try store.unlockLogin(username: user.username, as: session)
                return .done
            })
        case AppCommands.ManagerID.changeRole:
            guard let user = selected else { return .handled }
            return .push(SmallFormScreen(StaffForms.changeRole(of: user)))
        case AppCommands.ManagerID.toggleActive:
            guard let user = selected else { return .handled }
            confirm = Self.confirmation(for: user)
            pending = .activate(username: user.username, active: !user.active)
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
            switch pending {
            case .reset(let username):
                return .run(Effect.asUser("reset") { store, user in
                    .issuedLogin(try store.resetPassword(username: username, as: user))
                })
            case .activate(let username, let active):
                return .run(Effect.asUser("active") { store, user in
                    try store.setActive(username: username, active, as: user)
                    return .done
                })
            case .unlock:
                return .handled
            }
        case .cancelled: confirm = nil
        case .moved, .ignored: confirm = dialog
        }
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome { load() }

    private func load() -> Outcome {
        .run(Effect.asUser("users") { [sitesBox] store, user in
            sitesBox.put(StaffSiteListing(sites: try store.sites(), assignments: try store.staffSites()))
            return .staffList(try store.users(as: user), locks: try store.lockedLogins())
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.staffList(let found, let lockedOut)):
            let selectedName = selected?.username
            users = found
            siteListing = sitesBox.take() ?? siteListing
            locks = lockedOut
            list.setItemCount(found.count)
            if let selectedName, let index = found.firstIndex(where: { $0.username == selectedName }) { list.select(index) }
            return .handled
        case .success(.issuedLogin(let issued)):
            pending = nil
            return .push(NoticeScreen.oneTimePassword(issued, action: "Password reset"))
        case .success:
            let done = pending?.doneMessage ?? "Done."
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
        let area = Rect(row: rect.row + 2, column: rect.column, height: rect.height - 2, width: rect.width)
        let logins = table(context: context)
        var shown = list
        shown.pageSize = logins.pageSize(in: area)
        logins.render(into: &buffer, in: area, state: shown)
        if let confirm { Dialog.render(confirm, into: &buffer, in: rect) }
        return nil
    }

    /// The logins as a table; Enter shows the selected row in full.
    private func table(context: AppContext) -> TableView {
        let columns = [TableColumn("Username", width: .fixed(12)), TableColumn("Name", width: .flexible(weight: 3)),
                       TableColumn("Role", width: .fixed(16)), TableColumn("Sites", width: .flexible(weight: 3)),
                       TableColumn("Status", width: .fixed(18))]
        let rows = users.map { user in
            TableRow([user.username, user.displayName, user.role.displayName, siteListing.names(of: user),
                      status(of: user, context: context)],
                     role: user.active ? .normal : .dim)
        }
        return TableView(columns: columns, rows: rows, emptyText: "No logins yet.")
    }

    /// "active", "inactive", "locked until 14:32" or "must change password".
    private func status(of user: StaffUser, context: AppContext) -> String {
        if !user.active { return "inactive" }
        if let until = locks[user.username] {
            let formatter = DateFormatter()
            formatter.dateFormat = "HH:mm"
            formatter.timeZone = context.store.clock.timeZone
            return "locked until \(formatter.string(from: until))"
        }
        return user.mustChangePassword ? "one-time password" : "active"
    }
}
