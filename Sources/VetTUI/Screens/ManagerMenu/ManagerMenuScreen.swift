import TUIKit
import VetCore

/// One tool on the manager's menu: the command that opens it and a line saying what it is for.
struct ManagerTool {
    let commandID: String
    let title: String
    let purpose: String
    let permission: Permission
}

/// The practice manager's tools in one place, one key each.
///
/// Sections are data. The rights themselves are carried out from a request's detail screen,
/// because each one answers a request and is recorded on it.
struct ManagerMenuScreen: Screen {
    static let sections: [(heading: String, tools: [ManagerTool])] = [
        ("Staff and practice", [
            ManagerTool(commandID: AppCommands.ManagerID.staffUsers, title: "Staff users",
                        purpose: "logins, roles and passwords; deactivate leavers", permission: .manageUsers),
            ManagerTool(commandID: AppCommands.SiteID.open, title: "Sites",
                        purpose: "branches: name, address, phone; open or close", permission: .manageSites),
            ManagerTool(commandID: AppCommands.DiarySettingsID.open, title: "Diary settings",
                        purpose: "slot length, opening hours, rooms, absences", permission: .manageDiary),
            ManagerTool(commandID: AppCommands.ManagerID.settings, title: "Practice settings",
                        purpose: "name, region, lock and retention, idle lock", permission: .editSettings),
            ManagerTool(commandID: AppCommands.ManagerID.printing, title: "Printing",
                        purpose: "VAT number on invoices; printer and paper", permission: .editSettings),
            ManagerTool(commandID: AppCommands.ReminderID.settings, title: "Reminder settings",
                        purpose: "mail command, sender, stop-line phone, overdue", permission: .editSettings),
            ManagerTool(commandID: AppCommands.ManagerID.holidays, title: "One-off holidays",
                        purpose: "extra or cancelled bank holidays; preview a year", permission: .editHolidays),
            ManagerTool(commandID: AppCommands.PriceListID.open, title: "Price list",
                        purpose: "items, dated price and VAT changes, drug classes", permission: .editPriceList),
        ]),
        ("Data protection", [
            ManagerTool(commandID: AppCommands.ManagerID.auditTrail, title: "Audit trail",
                        purpose: "who viewed or changed what; chain check", permission: .viewAudit),
            ManagerTool(commandID: AppCommands.BreachID.open, title: "Breach register",
                        purpose: "breaches, the 72-hour clock, reports", permission: .manageBreaches),
            ManagerTool(commandID: AppCommands.RightsID.retention, title: "Retention review",
                        purpose: "what is past its period, what holds it; anonymise", permission: .runRetention),
            ManagerTool(commandID: AppCommands.RightsID.marketingExport, title: "Marketing list",
                        purpose: "who may be marketed to on a channel; write a CSV", permission: .exportMarketingList),
            ManagerTool(commandID: AppCommands.OfficeID.processingRecord, title: "Processing record",
                        purpose: "purposes, bases, recipients, retention", permission: .editSettings),
            ManagerTool(commandID: AppCommands.OfficeID.privacyNotice, title: "Privacy notice",
                        purpose: "generated from the record; save a version", permission: .editSettings),
        ]),
    ]

    static var tools: [ManagerTool] { sections.flatMap(\.tools) }

    var list = ListState(itemCount: ManagerMenuScreen.tools.count)
    let printSetup = Mailbox<PrintSetup>()
    let reminderSettings = Mailbox<(settings: ReminderSettings, version: Int)>()

    var screenID: String { AppCommands.ManagerScreenID.menu }
    var title: String { "Manager's menu" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard command.id == AppCommands.ManagerID.openSelected else { return .enabled }
        guard let tool = selectedTool, let role = context.session?.role else { return .disabled(reason: "nothing is selected") }
        return PermissionTable.allows(role, tool.permission)
            ? .enabled : .disabled(reason: PermissionTable.denialMessage(role: role, permission: tool.permission))
    }

    var selectedTool: ManagerTool? {
        list.selectedIndex.flatMap { Self.tools.indices.contains($0) ? Self.tools[$0] : nil }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        let id = command.id == AppCommands.ManagerID.openSelected ? selectedTool?.commandID : command.id
        switch id {
        case AppCommands.ManagerID.staffUsers: return .push(StaffUsersScreen())
        case AppCommands.SiteID.open: return .push(SitesScreen())
        case AppCommands.DiarySettingsID.open: return .push(DiarySettingsScreen())
        case AppCommands.ManagerID.settings: return .push(SettingsScreen())
        case AppCommands.ManagerID.printing: return .run(PrintSetup.load(into: printSetup))
        case AppCommands.ReminderID.settings: return .run(ReminderSettingsForm.load(into: reminderSettings))
        case AppCommands.ManagerID.holidays: return .push(HolidaysScreen(year: context.today.year))
        case AppCommands.PriceListID.open: return .push(PriceListScreen())
        case AppCommands.ManagerID.auditTrail: return .push(AuditTrailScreen(filter: AuditFilter()))
        case AppCommands.BreachID.open: return .push(BreachRegisterScreen())
        case AppCommands.RightsID.retention: return .push(RetentionScreen())
        case AppCommands.RightsID.marketingExport: return .push(MarketingExportScreen())
        case AppCommands.OfficeID.processingRecord: return .push(ProcessingRecordScreen())
        case AppCommands.OfficeID.privacyNotice: return .push(PrivacyNoticeScreen())
        default: return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if let saved = reminderSettings.take() {
            return .push(SmallFormScreen(ReminderSettingsForm(settings: saved.settings, version: saved.version)))
        }
        guard let setup = printSetup.take() else { return .handled }
        return setup.open(PrintSettingsForm(setup: setup))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        buffer.write("Practice manager's tools", row: rect.row, column: rect.column + 2, role: .title)
        var row = rect.row + 2
        var index = 0
        for section in Self.sections {
            buffer.write(section.heading, row: row, column: rect.column + 2, role: .header)
            row += 1
            for tool in section.tools {
                let key = context.commands.command(id: tool.commandID)?.keysLabel ?? ""
                let selected = index == list.selectedIndex
                let role: StyleRole = selected ? .selected : .normal
                buffer.fill(Rect(row: row, column: rect.column + 2, height: 1, width: rect.width - 4), role: role)
                let text = (selected ? "> " : "  ") + pad(key, to: 3) + pad(tool.title, to: 20) + tool.purpose
                buffer.write(text, row: row, column: rect.column + 2, role: role, maxWidth: rect.width - 4)
                row += 1
                index += 1
            }
            row += 1
        }
        let hint = "↑↓ choose, Enter opens, or press a tool's letter; F12 or M comes back here."
        for line in wrap(hint, to: rect.width - 4) where row < rect.bottom {
            buffer.write(line, row: row, column: rect.column + 2, role: .dim)
            row += 1
        }
        return nil
    }
}
