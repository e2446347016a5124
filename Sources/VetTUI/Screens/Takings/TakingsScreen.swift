import TUIKit
import VetCore
import VetStore

/// The takings for cashing up and for comparing sites: a day, week or month of payments less
/// refunds by day, site and method, at this terminal's site or across the group.
struct TakingsScreen: Screen {
    /// How many days the screen shows at once.
    enum Period: String, CaseIterable {
        case day, week, month

        var label: String { rawValue.capitalized }
    }

    var period = Period.day
    /// A day inside the period shown.
    var anchor: LocalDate?
    /// nil: every site. Starts at this terminal's site when the practice has several.
    var site: Site?
    var sites: [Site] = []
    var startedAtOwnSite = false
    var takings: Takings?
    var list = ListState()
    let mailbox = Mailbox<(takings: Takings, sites: [Site])>()

    var screenID: String { AppCommands.ScreenID.takings }
    var title: String { "Takings" }

    /// The first and last day of the period around `day`: weeks start on Monday.
    static func days(_ period: Period, around day: LocalDate) -> (from: LocalDate, through: LocalDate) {
        switch period {
        case .day: return (day, day)
        case .week:
            let monday = day.adding(days: 1 - day.isoWeekday)
            return (monday, monday.adding(days: 6))
        case .month:
            let first = LocalDate(year: day.year, month: day.month, day: 1) ?? day
            return (first, first.adding(months: 1).adding(days: -1))
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        let day = anchor ?? context.today
        switch command.id {
        case AppCommands.ID.takingsSite:
            site = Self.next(after: site, in: sites.filter(\.active))
        case AppCommands.ID.takingsPeriod:
            period = Period.allCases[(Period.allCases.firstIndex(of: period).map { $0 + 1 } ?? 0) % Period.allCases.count]
        case AppCommands.ID.takingsEarlier:
            anchor = Self.move(day, by: -1, period)
        case AppCommands.ID.takingsLater:
            anchor = Self.move(day, by: 1, period)
        case AppCommands.ID.takingsToday:
            anchor = context.today
        default:
            return .ignored
        }
        return load(in: context)
    }

    static func move(_ day: LocalDate, by steps: Int, _ period: Period) -> LocalDate {
        switch period {
        case .day: day.adding(days: steps)
        case .week: day.adding(days: 7 * steps)
        case .month: day.adding(months: steps)
        }
    }

    /// Cycles every site → first → … → last → every site.
    static func next(after current: Site?, in items: [Site]) -> Site? {
        guard let current, let index = items.firstIndex(where: { $0.id == current.id }) else { return items.first }
        return index + 1 < items.count ? items[index + 1] : nil
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        load(in: context)
    }

    private mutating func load(in context: AppContext) -> Outcome {
        let (from, through) = Self.days(period, around: anchor ?? context.today)
        let firstLoad = !startedAtOwnSite
        startedAtOwnSite = true
        let chosen = firstLoad ? context.session?.siteID : site?.id
        return .run(Effect.load("load", into: mailbox) { store, user in
            let sites = try store.sites()
            let several = sites.filter(\.active).count > 1
            let siteID = firstLoad ? (several ? chosen : nil) : chosen
            return (try store.takings(from: from, through: through, siteID: siteID, as: user), sites)
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if let value = mailbox.take() {
            takings = value.takings
            site = value.takings.site
            sites = value.sites
            list.setItemCount(value.takings.lines.count)
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let (from, through) = Self.days(period, around: anchor ?? context.today)
        let days = from == through ? from.long : "\(from.long) to \(through.long)"
        let open = sites.filter(\.active)
        let siteName = site?.name ?? (open.count == 1 ? open[0].name : "every site")
        let heading = "\(period.label) · \(days) · Site: \(siteName)"
        var lines = wrap(heading, to: rect.width - 4).map { ($0, StyleRole.title) }
        if let takings {
            lines.append(("Taken \(takings.taken.formatted) · refunded \(takings.refunded.formatted) · net \(takings.net.formatted)",
                          .normal))
            let methods = takings.netByMethod.map { "\($0.method.displayName) \($0.net.formatted)" }.joined(separator: " · ")
            if !methods.isEmpty { lines += wrap("By method: " + methods, to: rect.width - 4).map { ($0, StyleRole.dim) } }
        }
        for (offset, line) in lines.enumerated() {
            buffer.write(line.0, row: rect.row + 1 + offset, column: left, role: line.1, maxWidth: rect.width - 4)
        }
        let top = rect.row + 2 + lines.count
        let tableRect = Rect(row: top, column: rect.column, height: rect.bottom - top, width: rect.width)
        let showSite = site == nil && sites.filter(\.active).count > 1
        var columns = [TableColumn("Date", width: .fixed(10))]
        if showSite { columns.append(TableColumn("Site", width: .flexible())) }
        columns += [TableColumn("Method", width: .fixed(13)), TableColumn("Paid", width: .fixed(4), alignment: .trailing),
                    TableColumn("Taken", width: .fixed(10), alignment: .trailing),
                    TableColumn("Refunded", width: .fixed(9), alignment: .trailing),
                    TableColumn("Net", width: .fixed(10), alignment: .trailing)]
        let table = TableView(
            columns: columns,
            rows: (takings?.lines ?? []).map { line in
                var cells = [line.day.iso]
                if showSite { cells.append(line.siteName) }
                cells += [line.method.displayName, String(line.payments), line.taken.formatted, line.refunded.formatted,
                          line.net.formatted]
                return TableRow(cells)
            },
            emptyText: "Nothing was taken or refunded. F5 site, F6 day/week/month, ←/→ earlier or later.")
        var shown = list
        shown.pageSize = table.pageSize(in: tableRect)
        table.render(into: &buffer, in: tableRect, state: shown)
        return nil
    }
}
