import TUIKit
import VetCore
import VetStore

/// Reception's claims list, oldest submission first, filtered by status and insurer, with a
/// "submitted more than 30 days ago" filter for chasing insurers.
struct ClaimsListScreen: Screen {
    var status: ClaimStatus?
    var insurer: Insurer?
    var onlyToChase = false
    var rows: [ClaimListRow] = []
    var insurers: [Insurer] = []
    var list = ListState()
    let mailbox = Mailbox<(rows: [ClaimListRow], insurers: [Insurer])>()

    /// How long a submitted claim waits before it is worth chasing.
    static let chaseAfterDays = 30

    var screenID: String { AppCommands.ScreenID.claimsList }
    var title: String { "Claims" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        switch command.id {
        case AppCommands.ID.openClaim where rows.isEmpty: .disabled(reason: "no claims match the filters")
        case AppCommands.ID.claimInsurerFilter where insurers.isEmpty: .disabled(reason: "no insurers recorded yet")
        default: .enabled
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.openClaim:
            guard let index = list.selectedIndex, rows.indices.contains(index), let id = rows[index].claim.id
            else { return .handled }
            return .push(ClaimScreen(claimID: id))
        case AppCommands.ID.claimStatusFilter:
            status = Self.next(after: status, in: Array(ClaimStatus.allCases))
        case AppCommands.ID.claimInsurerFilter:
            insurer = Self.next(after: insurer, in: insurers)
        case AppCommands.ID.claimChaseFilter:
            onlyToChase.toggle()
        default:
            return .ignored
        }
        return load(in: context)
    }

    /// Cycles all → first → … → last → all.
    static func next<Item: Equatable>(after current: Item?, in items: [Item]) -> Item? {
        guard let current, let index = items.firstIndex(of: current) else { return items.first }
        return index + 1 < items.count ? items[index + 1] : nil
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        load(in: context)
    }

    private func load(in context: AppContext) -> Outcome {
        let status = status
        let insurerID = insurer?.id
        let before = onlyToChase ? context.today.adding(days: -Self.chaseAfterDays) : nil
        return .run(Effect.load("load", into: mailbox) { store, _ in
            (try store.claims(status: status, insurerID: insurerID, submittedBefore: before), try store.insurers())
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if let value = mailbox.take() {
            rows = value.rows
            insurers = value.insurers
            list.setItemCount(value.rows.count)
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let filters = "Status: \(status?.displayName ?? "all") · Insurer: \(insurer?.name ?? "all") · Submitted: "
            + (onlyToChase ? "more than \(Self.chaseAfterDays) days ago" : "any time") + " · \(rows.count) \(rows.count == 1 ? "claim" : "claims")"
        buffer.write(filters, row: rect.row + 1, column: left, role: .title, maxWidth: rect.width - 4)
        let tableRect = Rect(row: rect.row + 3, column: rect.column, height: rect.height - 3, width: rect.width)
        let table = TableView(
            columns: [TableColumn("Submitted", width: .fixed(10)), TableColumn("Client", width: .flexible()),
                      TableColumn("Pet", width: .fixed(10)), TableColumn("Insurer", width: .flexible()),
                      TableColumn("Status", width: .fixed(12)),
                      TableColumn("Claimed", width: .fixed(10), alignment: .trailing),
                      TableColumn("Settled", width: .fixed(10), alignment: .trailing)],
            rows: rows.map { row in
                let claim = row.claim
                let waiting = claim.submittedOn.map { $0.days(until: context.today) > Self.chaseAfterDays } ?? false
                let chase = waiting && claim.status == .submitted
                return TableRow([claim.submittedOn?.iso ?? "not yet", row.clientName, row.petName, row.insurerName,
                                 (chase ? "! " : "") + claim.status.displayName,
                                 Pence(claim.amountClaimedPence).formatted,
                                 claim.settledPence.map { Pence($0).formatted } ?? ""],
                                role: chase ? .overdue : claim.status.isOpen || claim.awaitsSettlement ? .normal : .dim)
            },
            emptyText: "No claims match. F5 status, F6 insurer, F7 over 30 days.")
        var shown = list
        shown.pageSize = table.pageSize(in: tableRect)
        table.render(into: &buffer, in: tableRect, state: shown)
        return nil
    }
}
