import Foundation
import TUIKit
import VetCore
import VetStore

/// The marketing-list export: pick a channel and a purpose, see how many clients may be
/// marketed to and the first of them, then write the list to a CSV file only the manager can read.
/// The store decides who is on it (a current basis, and never anyone restricted, objecting,
/// suppressed, ceased, deceased or anonymised); each reading is recorded in the audit trail.
struct MarketingExportScreen: Screen {
    var channel = ConsentChannel.email
    var purpose = ConsentPurpose.practice
    var entries: [MarketingListEntry]?
    var list = ListState()

    var screenID: String { AppCommands.RightsScreenID.marketingExport }
    var title: String { "Marketing list" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard command.id == AppCommands.RightsID.writeList else { return .enabled }
        guard let entries else { return .disabled(reason: "the list is still being read") }
        return entries.isEmpty ? .disabled(reason: "nobody may be marketed to on this channel for this purpose") : .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.RightsID.nextChannel:
            channel = Self.next(after: channel, in: ConsentChannel.allCases)
            return load()
        case AppCommands.RightsID.nextPurpose:
            purpose = Self.next(after: purpose, in: ConsentPurpose.allCases)
            return load()
        case AppCommands.RightsID.writeList:
            guard let entries, !entries.isEmpty else { return .handled }
            return .push(SmallFormScreen(MarketingExportForm.write(entries, channel: channel, purpose: purpose,
                                                                    today: context.today)))
        case AppCommands.RightsID.softOptInPeriod:
            return .push(SmallFormScreen(MarketingExportForm.softOptInPeriod()))
        case AppCommands.RightsID.addWording:
            return .push(SmallFormScreen(MarketingExportForm.addWording(today: context.today)))
        default:
            return .ignored
        }
    }

    static func next<Value: Equatable>(after value: Value, in all: [Value]) -> Value {
        guard let index = all.firstIndex(of: value), !all.isEmpty else { return value }
        return all[(index + 1) % all.count]
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    /// Reads the list when the screen opens or a setting form closes; not on every tick, since each
    /// reading is audited.
    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        reason == .tick ? .handled : load()
    }

    private mutating func load() -> Outcome {
        entries = nil
        let channel = self.channel
        let purpose = self.purpose
        return .run(Effect.asUser("load") { store, user in
            .rights(.marketingList(try store.marketingList(channel: channel, purpose: purpose, as: user)))
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.rights(.marketingList(let found))):
            entries = found
            list.setItemCount(found.count)
            list.select(0)
            return .handled
        case .success:
            return .handled
        case .failure(let error):
            entries = []
            return .message(StatusMessage(ErrorText.describe(error), kind: .error))
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let choice = "Channel: \(channel.displayName)   Purpose: \(purpose.displayName)"
        buffer.write(choice, row: rect.row, column: rect.column + 1, role: .title, maxWidth: rect.width - 2)
        guard let entries else {
            buffer.write("Reading the list…", row: rect.row + 2, column: rect.column + 2, role: .dim)
            return nil
        }
        let count = entries.count == 1 ? "1 client" : "\(entries.count) clients"
        let rule = "\(count) may receive \(purpose.displayName.lowercased()) by \(channel.displayName.lowercased()). "
            + "Restricted, objecting, suppressed, ceased, deceased and anonymised clients are never on a list."
        var row = rect.row + 1
        for line in wrap(rule, to: rect.width - 2).prefix(2) {
            buffer.write(line, row: row, column: rect.column + 1, role: .label)
            row += 1
        }
        let columns = [TableColumn("Name", width: .flexible(weight: 3)), TableColumn("Contact", width: .flexible(weight: 4)),
                       TableColumn("Basis", width: .fixed(10)), TableColumn("Since", width: .fixed(10))]
        let rows = entries.map { entry in
            TableRow([entry.name, entry.contact, entry.basis.rawValue, String(entry.basisRecordedAt.prefix(10))])
        }
        let area = Rect(row: row + 1, column: rect.column, height: max(1, rect.bottom - row - 3), width: rect.width)
        let table = TableView(columns: columns, rows: rows, emptyText: "Nobody may be marketed to this way.")
        var shown = list
        shown.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: shown)
        let hint = "Write CSV (F2 or w) saves all \(count) to a file only you can read."
        buffer.write(hint, row: rect.bottom - 1, column: rect.column + 1, role: .dim, maxWidth: rect.width - 2)
        return nil
    }
}
