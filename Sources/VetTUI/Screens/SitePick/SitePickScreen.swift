import Foundation
import TUIKit
import VetCore
import VetStore

/// "Which site is this terminal at?": the open sites the person may work at, after the password
/// when the practice has several and this terminal remembers none, or when changing site.
/// Choosing is audited by the store; Esc goes back (to the login form at login) and never quits.
struct SitePickScreen: Screen {
    /// Whose choice it is: at login the session exists only here until a site is chosen.
    let session: StaffSession
    let sites: [Site]
    let isChanging: Bool
    var list: ListState

    init(session: StaffSession, sites: [Site], selecting siteID: Int64? = nil, isChanging: Bool) {
        self.session = session
        self.sites = sites
        self.isChanging = isChanging
        list = ListState(itemCount: sites.count, selectedIndex: sites.firstIndex { $0.id == siteID } ?? 0)
    }

    var screenID: String { AppCommands.ScreenID.sitePick }
    var title: String { isChanging ? "Change site" : "Choose site" }

    private var selectedSite: Site? {
        list.selectedIndex.flatMap { sites.indices.contains($0) ? sites[$0] : nil }
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard command.id == AppCommands.ID.chooseSite, selectedSite == nil else { return .enabled }
        return .disabled(reason: "no site is selected")
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard command.id == AppCommands.ID.chooseSite, let siteID = selectedSite?.id else { return .ignored }
        let session = session
        return .run(Effect("work at site") { store, _ in .session(try store.workAt(siteID: siteID, as: session)) })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        list.pageSize = max(1, context.screenArea.height - 7)
        _ = list.handle(key)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if case .session(let working)? = result.payload { return .workingAt(working) }
        return .message(StatusMessage(result.failure ?? "Could not choose that site.", kind: .error))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let width = rect.width - 4
        buffer.write("Which site is this terminal at?", row: rect.row + 1, column: rect.column + 2, role: .title,
                     maxWidth: width)
        let note = "\(session.displayName) may work at these sites. ↑↓ choose, Enter works there, "
            + (isChanging ? "Esc keeps the site you are at." : "Esc goes back to the login form.")
        var row = rect.row + 3
        for line in wrap(note, to: width) {
            buffer.write(line, row: row, column: rect.column + 2, role: .dim)
            row += 1
        }
        row += 1
        // Names only in the list, so none is cut; the highlighted site's address and phone
        // are written out in full below it.
        let shownRows = max(1, rect.bottom - row - 4)
        let visible = list.visibleRange(height: shownRows)
        for index in visible {
            let site = sites[index]
            let selected = index == list.selectedIndex
            let role: StyleRole = selected ? .selected : .normal
            buffer.fill(Rect(row: row, column: rect.column + 2, height: 1, width: width), role: role)
            let here = isChanging && site.id == context.session?.siteID ? " (here now)" : ""
            buffer.write(truncate((selected ? "> " : "  ") + site.name + here, to: width), row: row,
                         column: rect.column + 2, role: role, maxWidth: width)
            row += 1
        }
        if let index = list.selectedIndex, sites.indices.contains(index) {
            let site = sites[index]
            let facts = [oneLine(site.address), site.phone].filter { !$0.isEmpty }.joined(separator: " · ")
            row += 1
            for line in wrap(facts, to: width).prefix(max(0, rect.bottom - row)) {
                buffer.write(line, row: row, column: rect.column + 2, role: .dim, maxWidth: width)
                row += 1
            }
        }
        return nil
    }

    /// An address's lines joined, so each site stays on one row.
    private func oneLine(_ address: String) -> String {
        address.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: ", ")
    }
}
