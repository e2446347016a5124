import TUIKit
import VetCore
import VetStore

/// The audit trail, newest first, with the state of its hash chain at the top: who viewed or
/// changed which record, for which client, and when.
struct AuditTrailScreen: Screen {
    /// Entries read at once; narrower filters reach further back.
    static let pageLimit = 1_000

    let filter: AuditFilter
    var page: AuditPage?
    var list = ListState()

    init(filter: AuditFilter) {
        self.filter = filter
    }

    var screenID: String { AppCommands.ManagerScreenID.auditTrail }
    var title: String { "Audit trail" }

    var selectedRow: AuditRow? {
        guard let rows = page?.rows else { return nil }
        return list.selectedIndex.flatMap { rows.indices.contains($0) ? rows[$0] : nil }
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.ManagerID.clearFilter, filter == AuditFilter() {
            return .disabled(reason: "no filter is set")
        }
        if command.id == AppCommands.ID.showRow, selectedRow == nil { return .disabled(reason: "no entry is selected") }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ManagerID.editFilter: .push(AuditFilterScreen(filter: filter))
        case AppCommands.ManagerID.clearFilter: .replace(AuditTrailScreen(filter: AuditFilter()))
        case AppCommands.ID.showRow:
            list.selectedIndex.flatMap { table(zone: context.store.clock.timeZone).detail(ofRow: $0, title: "Audit entry") }
                .map { .push(RowDetailScreen($0)) } ?? .handled
        default: .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    /// Loads once when opened: walking the whole hash chain is too much work for every tick.
    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason == .appeared || page == nil else { return .handled }
        let filter = self.filter
        let limit = Self.pageLimit
        return .run(Effect.asUser("load") { store, user in
            let rows = try store.auditTrail(userID: filter.userID, clientID: filter.clientID, from: filter.from,
                                            to: filter.to, limit: limit + 1, as: user)
            let report = try store.integrityReport()
            return .manager(.audit(AuditPage(rows: Array(rows.prefix(limit)), chainProblems: report.audit.problems,
                                             entriesChecked: report.audit.entries, isCapped: rows.count > limit)))
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.manager(.audit(let loaded))):
            page = loaded
            list.setItemCount(loaded.rows.count)
            list.select(0)
            return .handled
        case .success:
            return .handled
        case .failure(let error):
            return .message(StatusMessage(ErrorText.describe(error), kind: .error))
        }
    }
}
