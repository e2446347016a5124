import TUIKit
import VetCore

/// The practice manager's tools: staff logins, practice settings, the holiday table and the
/// audit trail, all reached from one menu.
extension AppCommands {
    /// Command ids of the manager's tools.
    enum ManagerID {
        static let menu = "app.managerMenu"
        static let openSelected = "manager.open"
        static let staffUsers = "manager.staffUsers"
        static let settings = "manager.settings"
        static let holidays = "manager.holidays"
        static let auditTrail = "manager.auditTrail"
        static let addUser = "staff.add"
        static let resetPassword = "staff.password"
        static let changeRole = "staff.role"
        static let toggleActive = "staff.active"
        static let unlockLogin = "staff.unlock"
        static let addHoliday = "holiday.add"
        static let removeHoliday = "holiday.remove"
        static let togglePreview = "holiday.preview"
        static let nextYear = "holiday.nextYear"
        static let previousYear = "holiday.previousYear"
        static let editFilter = "audit.filter"
        static let clearFilter = "audit.clearFilter"
        static let applyFilter = "audit.applyFilter"
    }

    /// Screen ids of the manager's tools.
    enum ManagerScreenID {
        static let menu = "managerMenu"
        static let staffUsers = "staffUsers"
        static let managerForm = "managerForm"
        static let settings = "settings"
        static let holidays = "holidays"
        static let auditTrail = "auditTrail"
        static let auditFilter = "auditFilter"
    }

    private static func manager(_ permission: Permission) -> String { permission.rawValue }

    static let managerCommands: [Command] = managerMenu + staffCommands + holidayCommands + auditCommands

    private static let managerMenu: [Command] = [
        Command(id: ManagerID.menu, title: "Practice manager's menu", group: "Everywhere",
                keys: [.function(12), .character("M")]),
        Command(id: ManagerID.openSelected, title: "Open the selected tool", group: "Manager",
                keys: [.enter], barLabel: "Open", barPriority: 1),
        Command(id: ManagerID.staffUsers, title: "Staff users", group: "Manager",
                keys: [.character("u")], permission: manager(.manageUsers)),
        Command(id: ManagerID.settings, title: "Practice settings", group: "Manager",
                keys: [.character("s")], permission: manager(.editSettings)),
        Command(id: ManagerID.holidays, title: "One-off holiday table", group: "Manager",
                keys: [.character("h")], permission: manager(.editHolidays)),
        Command(id: ManagerID.auditTrail, title: "Audit trail", group: "Manager",
                keys: [.character("a")], permission: manager(.viewAudit)),
    ]

    private static let staffCommands: [Command] = [
        Command(id: ManagerID.addUser, title: "Add a staff login", group: "Staff",
                keys: [.function(2), .character("n")], barLabel: "Add", barPriority: 1, permission: manager(.manageUsers)),
        Command(id: ManagerID.resetPassword, title: "Reset the selected user's password", group: "Staff",
                keys: [.function(5), .character("p")], barLabel: "Password", barPriority: 2,
                permission: manager(.manageUsers)),
        Command(id: ManagerID.changeRole, title: "Change the selected user's role", group: "Staff",
                keys: [.function(6), .character("o")], barLabel: "Role", barPriority: 2, permission: manager(.manageUsers)),
        Command(id: ManagerID.toggleActive, title: "Deactivate or reactivate the selected login", group: "Staff",
                keys: [.function(8), .character("d")], barLabel: "(De)activate", barPriority: 2, isDestructive: true,
                permission: manager(.manageUsers)),
        Command(id: ManagerID.unlockLogin, title: "Unlock the selected login (too many wrong passwords)", group: "Staff",
                keys: [.function(7), .character("k")], barLabel: "Unlock", barPriority: 3, permission: manager(.manageUsers)),
    ]

    private static let holidayCommands: [Command] = [
        Command(id: ManagerID.addHoliday, title: "Add a one-off day (holiday or cancelled)", group: "Holidays",
                keys: [.function(2), .character("n")], barLabel: "Add", barPriority: 1, permission: manager(.editHolidays)),
        Command(id: ManagerID.removeHoliday, title: "Remove the selected change", group: "Holidays",
                keys: [.function(8), .character("x")], barLabel: "Remove", barPriority: 2, isDestructive: true,
                permission: manager(.editHolidays)),
        Command(id: ManagerID.togglePreview, title: "Switch between the table and the computed calendar",
                group: "Holidays", keys: [.function(6), .character("v")], barLabel: "Preview", barPriority: 2,
                permission: manager(.editHolidays)),
        Command(id: ManagerID.nextYear, title: "Next year", group: "Holidays",
                keys: [.right, .character("]")], permission: manager(.editHolidays)),
        Command(id: ManagerID.previousYear, title: "Previous year", group: "Holidays",
                keys: [.left, .character("[")], permission: manager(.editHolidays)),
    ]

    private static let auditCommands: [Command] = [
        Command(id: ManagerID.editFilter, title: "Filter by user, client and dates", group: "Audit",
                keys: [.function(4), .character("f")], barLabel: "Filter", barPriority: 1, permission: manager(.viewAudit)),
        Command(id: ManagerID.clearFilter, title: "Show every entry again", group: "Audit",
                keys: [.function(5), .character("c")], barLabel: "Clear", barPriority: 2, permission: manager(.viewAudit)),
        Command(id: ManagerID.applyFilter, title: "Apply the filter", group: "Audit",
                keys: [.function(2), .enter, .character("a")], barLabel: "Apply", barPriority: 0, permission: manager(.viewAudit)),
    ]

    static let managerScreens: [ScreenCommands] = [
        ScreenCommands(id: ManagerScreenID.menu, title: "Manager's menu",
                       commandIDs: [ManagerID.openSelected, ManagerID.staffUsers, ManagerID.settings,
                                    ManagerID.holidays, PriceListID.open, SiteID.open, DiarySettingsID.open, ManagerID.printing, ReminderID.settings, ManagerID.auditTrail, BreachID.open, RightsID.retention,
                                    RightsID.marketingExport, OfficeID.processingRecord, OfficeID.privacyNotice]),
        ScreenCommands(id: ManagerScreenID.staffUsers, title: "Staff users",
                       commandIDs: [ManagerID.addUser, ManagerID.resetPassword, ManagerID.changeRole,
                                    ManagerID.toggleActive, ManagerID.unlockLogin, SiteID.staffSites, ID.showRow]),
        ScreenCommands(id: ManagerScreenID.managerForm, title: "Manager's form",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: ManagerScreenID.settings, title: "Practice settings",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: ManagerScreenID.holidays, title: "One-off holidays",
                       commandIDs: [ManagerID.addHoliday, ManagerID.removeHoliday, ManagerID.togglePreview,
                                    ManagerID.nextYear, ManagerID.previousYear]),
        ScreenCommands(id: ManagerScreenID.auditTrail, title: "Audit trail",
                       commandIDs: [ManagerID.editFilter, ManagerID.clearFilter, ID.showRow]),
        ScreenCommands(id: ManagerScreenID.auditFilter, title: "Audit trail filter",
                       commandIDs: [ManagerID.applyFilter, ID.nextField, ID.previousField]),
    ]

    /// The menu opens for anyone whose role may use at least one of its tools; the tools
    /// themselves each check their own permission, and the store checks again.
    static func managerMenuAvailability(for role: Role?) -> Availability {
        guard let role else { return .disabled(reason: "log in first") }
        let tools: [Permission] = [.manageUsers, .manageSites, .editSettings, .editHolidays, .editPriceList, .viewAudit]
        if tools.contains(where: { PermissionTable.allows(role, $0) }) { return .enabled }
        return .disabled(reason: "A \(role.displayName.lowercased()) cannot use the manager's menu (staff logins, settings, holidays, "
            + "audit trail); ask a practice manager.")
    }
}
