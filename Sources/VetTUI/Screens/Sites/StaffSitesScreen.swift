import TUIKit
import VetCore
import VetStore

/// The sites one login works at, as a pick list of the open sites: Space ticks or unticks the
/// highlighted one, Enter saves the ticked set, Esc leaves it as it was. The store refuses an
/// empty set and a site closed meanwhile, and the refusal is shown as said.
struct StaffSitesScreen: Screen {
    let user: StaffUser
    /// The open sites, by name.
    let sites: [Site]
    var picks: TickListState

    init(user: StaffUser, openSites: [Site], listed: Set<Int64>) {
        self.user = user
        self.sites = openSites
        picks = TickListState(options: openSites.compactMap { site in site.id.map { ChoiceOption(value: String($0), label: site.name) } },
                              ticked: Set(listed.map(String.init)))
    }

    /// The ids of the ticked sites.
    var ticked: Set<Int64> { Set(picks.tickedValues.compactMap { Int64($0) }) }

    var screenID: String { AppCommands.SiteScreenID.staffSites }
    var title: String { "Sites of \(user.username)" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.SiteID.tick, picks.highlighted == nil { return .disabled(reason: "no site is open") }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.SiteID.tick:
            picks.toggleHighlighted()
            return .handled
        case AppCommands.SiteID.saveTicked:
            guard !ticked.isEmpty else {
                return .message(StatusMessage("Tick at least one site (Space ticks the highlighted one).", kind: .warning))
            }
            let username = user.username
            let chosen = ticked
            return .run(Effect.asUser("save") { store, session in
                try store.setStaffSites(username: username, siteIDs: chosen, as: session)
                return .done
            })
        default:
            return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = picks.handle(key)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        let names = picks.tickedOptions.map(\.label).joined(separator: ", ")
        return .pop(StatusMessage("\(user.username) works at \(names).", kind: .success))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let width = rect.width - 4
        buffer.write("Sites \(user.displayName) (\(user.username)) works at", row: rect.row + 1, column: left, role: .title,
                     maxWidth: width)
        let note = user.role == .manager
            ? "A manager may work at any open site; the ticked ones are where they are listed."
            : "They can choose only the ticked sites when they log in."
        var row = rect.row + 2
        for line in wrap(note, to: width).prefix(2) {
            buffer.write(line, row: row, column: left, role: .dim, maxWidth: width)
            row += 1
        }
        row += 1
        let hint = "Space ticks or unticks · ↑↓ move · Enter saves · Esc leaves them unchanged"
        let listHeight = max(1, rect.bottom - row - 2)
        if sites.isEmpty {
            buffer.write("No site is open.", row: row, column: left, role: .dim)
        }
        let cursor = TickList.render(picks, into: &buffer, in: Rect(row: row, column: left, height: listHeight, width: width))
        let count = "\(picks.ticked.count) of \(sites.count) ticked"
        buffer.write(count, row: rect.bottom - 2, column: left, role: .label, maxWidth: width)
        buffer.write(hint, row: rect.bottom - 1, column: left, role: .dim, maxWidth: width)
        return cursor
    }
}
