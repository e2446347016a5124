import TUIKit
import VetCore
import VetStore

/// The practice's sites as the manager keeps them: name, address, phone, whether it is open and
/// how many active logins are listed there. Sites are added, edited, closed or reopened here;
/// the store keeps one site open at all times and says so when asked to close the last.
struct SitesScreen: Screen {
    /// Everything the list shows, read together.
    struct Loaded {
        var sites: [Site]
        /// Site id → how many active logins are listed there.
        var staffCounts: [Int64: Int]
    }

    var loaded: Loaded?
    var list = ListState()
    /// The close or reopen question, with the site it is about.
    var asking: (dialog: DialogState, site: Site)?
    let mailbox = Mailbox<Loaded>()
    let done = Mailbox<String>()

    var screenID: String { AppCommands.SiteScreenID.list }
    var title: String { "Sites" }
    var isModal: Bool { asking != nil }

    var sites: [Site] { loaded?.sites ?? [] }
    var selected: Site? { list.selectedIndex.flatMap { sites.indices.contains($0) ? sites[$0] : nil } }

    func availability(of command: Command, in context: AppContext) -> Availability {
        let needsSite = [AppCommands.SiteID.edit, AppCommands.SiteID.toggleOpen, AppCommands.ID.showRow]
        if needsSite.contains(command.id), selected == nil { return .disabled(reason: "no site is selected") }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.SiteID.add:
            return .push(SmallFormScreen(SiteForm(editing: nil)))
        case AppCommands.SiteID.edit:
            guard let site = selected else { return .handled }
            return .push(SmallFormScreen(SiteForm(editing: site)))
        case AppCommands.SiteID.toggleOpen:
            guard let site = selected else { return .handled }
            asking = (Self.question(for: site), site)
            return .handled
        case AppCommands.ID.showRow:
            return list.selectedIndex.flatMap { table.detail(ofRow: $0, title: "Site") }.map { .push(RowDetailScreen($0)) } ?? .handled
        default:
            return .ignored
        }
    }

    /// Names the site and says what changes; "No" is the default.
    static func question(for site: Site) -> DialogState {
        site.active
            ? .confirmDestructive(action: "Close", thing: site.name,
                                  consequence: "No terminal can work there and no one can be listed there until it is reopened. "
                                      + "Its consultations, invoices and takings stay.")
            : .confirmDestructive(action: "Reopen", thing: site.name,
                                  consequence: "Terminals can work there again; staff listed there can choose it at login.")
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        guard var question = asking?.dialog, let site = asking?.site else {
            _ = list.handle(key)
            return .handled
        }
        switch question.handle(key) {
        case .chose(let id):
            asking = nil
            guard id == DialogButton.yes.id else { return .message(StatusMessage("Nothing was changed.")) }
            return .run(Self.toggle(site, into: done))
        case .cancelled:
            asking = nil
            return .message(StatusMessage("Nothing was changed."))
        case .moved, .ignored:
            asking = (question, site)
            return .handled
        }
    }

    /// Closes an open site or reopens a closed one, unless someone changed it since it was read.
    static func toggle(_ site: Site, into done: Mailbox<String>) -> Effect {
        let id = site.id ?? 0
        let version = site.version
        let open = !site.active
        return Effect.load("toggle", into: done) { store, user in
            let saved = try store.setSiteOpen(id: id, open, expectedVersion: version, as: user)
            return open ? "\(saved.name) is open again." : "\(saved.name) is closed; its history stays."
        }
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        return .run(Effect.load("load", into: mailbox) { store, _ in
            let active = Set(try store.users().filter(\.active).compactMap(\.id))
            var counts: [Int64: Int] = [:]
            for (staffID, siteIDs) in try store.staffSites() where active.contains(staffID) {
                for siteID in siteIDs { counts[siteID, default: 0] += 1 }
            }
            return Loaded(sites: try store.sites(), staffCounts: counts)
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == "toggle" {
            let note = done.take() ?? "Done."
            return .all([.message(StatusMessage(note, kind: .success)), refresh(in: context, reason: .reappeared)])
        }
        if let fresh = mailbox.take() {
            let keep = selected?.id
            loaded = fresh
            list.setItemCount(fresh.sites.count)
            if let keep, let index = fresh.sites.firstIndex(where: { $0.id == keep }) { list.select(index) }
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 1
        guard let loaded else {
            buffer.write("Loading…", row: rect.row + 1, column: left, role: .dim)
            return nil
        }
        let open = loaded.sites.filter(\.active).count
        let count = loaded.sites.count
        let summary = "\(count) site\(count == 1 ? "" : "s"), \(open) open. Enter shows a site in full."
        buffer.write(summary, row: rect.row, column: left, role: .label, maxWidth: rect.width - 2)
        let area = Rect(row: rect.row + 2, column: rect.column, height: rect.height - 2, width: rect.width)
        let sites = table
        var state = list
        state.pageSize = sites.pageSize(in: area)
        sites.render(into: &buffer, in: area, state: state)
        if let asking { Dialog.render(asking.dialog, into: &buffer, in: rect) }
        return nil
    }

    /// The sites as a table, open ones first; the address is one line here and whole in the row view.
    var table: TableView {
        let columns = [TableColumn("Name", width: .flexible(weight: 3)), TableColumn("Address", width: .flexible(weight: 2)),
                       TableColumn("Phone", width: .fixed(15)), TableColumn("Staff", width: .fixed(5), alignment: .trailing),
                       TableColumn("Status", width: .fixed(6))]
        let rows = sites.map { site in
            TableRow([site.name, site.address.split(whereSeparator: \.isNewline).joined(separator: ", "), site.phone,
                      String(loaded?.staffCounts[site.id ?? 0] ?? 0), site.active ? "open" : "closed"],
                     role: site.active ? .normal : .dim)
        }
        return TableView(columns: columns, rows: rows, emptyText: "No sites yet. F2 or n adds one.")
    }
}
