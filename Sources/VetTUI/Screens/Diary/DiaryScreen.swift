import TUIKit
import VetCore
import VetStore

/// The appointment diary of this terminal's site: a column per vet and room, a row per slot
/// across the opening hours, for a day or (one vet or room) for a week. Arrows move through the
/// slots, Enter books a free one or opens the appointment in it, `/` finds a client's
/// appointments, PgUp/PgDn change day and `t` comes back to today.
struct DiaryScreen: Screen {
    enum Span: Equatable {
        case day, week
    }

    /// The day shown (any day of the week shown); nil until the first load sets it to today.
    var date: LocalDate?
    var span = Span.day
    /// Week view: which vet or room is shown.
    var columnIndex = 0
    /// The highlighted lane and slot row.
    var lane = 0
    var row = 0
    /// The first lane and row drawn, so the highlight stays in view.
    var firstLane = 0
    var firstRow = 0
    var days: [DiaryDay] = []
    var stamp: String?
    /// Put the highlight on this appointment once its day is loaded (after a search or a booking).
    var focus: Appointment?
    var placedAtNow = false
    let loaded = Mailbox<(days: [DiaryDay], stamp: String)>()
    let stamped = Mailbox<String>()
    /// Filled by the client's-appointments list when a person chooses one to show.
    let jump = Mailbox<Appointment>()

    init(date: LocalDate? = nil) {
        self.date = date
    }

    var screenID: String { AppCommands.DiaryScreenID.diary }
    var title: String { span == .day ? "Diary" : "Diary: week" }

    var grid: DiaryGrid { DiaryGrid(days: days, week: span == .week, columnIndex: columnIndex) }

    /// The first day loaded: the day itself, or the Monday of its week.
    static func firstDay(of date: LocalDate, _ span: Span) -> LocalDate {
        span == .day ? date : date.adding(days: 1 - date.isoWeekday)
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.DiaryID.nextColumn, span == .day {
            return .disabled(reason: "the day view shows every vet and room; F6 or v switches to one vet's week")
        }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        let day = date ?? context.today
        switch command.id {
        case AppCommands.DiaryID.enter: return enter(in: context)
        case AppCommands.DiaryID.book: return book(in: context)
        case AppCommands.DiaryID.view:
            if span == .day { columnIndex = grid.lanes.indices.contains(lane) ? lane : 0 }
            let chosenDay = grid.lanes.indices.contains(lane) ? grid.lanes[lane].day.date : day
            span = span == .day ? .week : .day
            date = chosenDay
            lane = span == .week ? chosenDay.isoWeekday - 1 : columnIndex
        case AppCommands.DiaryID.nextColumn:
            // The week holds only the shown vet's or room's appointments, so the next one is read.
            let count = days.first?.columns.count ?? 0
            columnIndex = count == 0 ? 0 : (columnIndex + 1) % count
        case AppCommands.DiaryID.earlier: date = day.adding(days: span == .day ? -1 : -7)
        case AppCommands.DiaryID.later: date = day.adding(days: span == .day ? 1 : 7)
        case AppCommands.DiaryID.today:
            date = context.today
            placedAtNow = false
            if span == .week { lane = context.today.isoWeekday - 1 }
        case AppCommands.ID.findClient: return DiaryFindScreen.search(into: jump)
        default: return .ignored
        }
        return load(in: context)
    }

    /// Enter: open the appointment in the slot, or book the slot when it is free.
    private mutating func enter(in context: AppContext) -> Outcome {
        let cell = grid.cell(lane: lane, row: row)
        if let booking = cell.appointment, let id = booking.appointment.id { return .push(AppointmentScreen(id: id)) }
        return book(in: context)
    }

    /// Books the highlighted slot: the client is found first, then the form opens with the
    /// start and the vet or room filled in.
    private func book(in context: AppContext) -> Outcome {
        let grid = self.grid
        guard let start = grid.start(lane: lane, row: row), grid.lanes.indices.contains(lane) else {
            return .message(StatusMessage("There is no slot here to book: the site has no vets or rooms, or is closed.",
                                          kind: .warning))
        }
        let column = grid.lanes[lane].column
        switch grid.cell(lane: lane, row: row) {
        case .breakTime: return .message(StatusMessage("\(start.time) is in the break; choose another time.", kind: .warning))
        case .shut: return .message(StatusMessage("The site is closed at \(start.time) on \(start.date.long).", kind: .warning))
        case .away(let absence):
            return .message(StatusMessage("\(column.name) is away until \(absence.endsAt); choose another time or vet.",
                                          kind: .warning))
        case .starts, .continues:
            return .message(StatusMessage("This slot is taken; Enter opens the appointment.", kind: .warning))
        case .free, .closedBooking:
            guard context.allows(.bookAppointment) else {
                return .message(StatusMessage("Your login cannot book appointments.", kind: .warning))
            }
            return .push(BookingScreen.findClientFirst(start: start, column: column.id, columnName: column.name))
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        let grid = self.grid
        switch key {
        case .up: row = max(0, row - 1)
        case .down: row = min(max(0, grid.times.count - 1), row + 1)
        case .left: lane = max(0, lane - 1)
        case .right: lane = min(max(0, grid.lanes.count - 1), lane + 1)
        case .home: row = 0
        case .end: row = max(0, grid.times.count - 1)
        default: return .ignored
        }
        keepInView(context.screenArea)
        return .handled
    }

    /// Scrolls so the highlighted slot is drawn.
    mutating func keepInView(_ area: Rect) {
        let layout = DiaryLayout(area: area, span: span, laneCount: grid.lanes.count)
        firstLane = DiaryLayout.scrolled(first: firstLane, selected: lane, visible: layout.visibleLanes, count: grid.lanes.count)
        firstRow = DiaryLayout.scrolled(first: firstRow, selected: row, visible: layout.gridRows, count: grid.times.count)
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        switch reason {
        case .appeared: return load(in: context)
        case .reappeared:
            if let found = jump.take() {
                span = .day
                date = found.startsAt.date
                focus = found
            }
            return load(in: context)
        case .tick:
            guard context.storeChanged, let first = date.map({ Self.firstDay(of: $0, span) }) else { return .handled }
            let count = span == .day ? 1 : 7
            return .run(Effect.load("stamp", into: stamped) { store, user in
                try store.diaryStamp(from: first, days: count, as: user)
            })
        }
    }

    /// The week view's vet or room: only its appointments are read. Nil for the day view (every
    /// column), and before the first load has said which columns there are.
    var weekColumn: DiaryColumnID? {
        guard span == .week, let columns = days.first?.columns, columns.indices.contains(columnIndex) else { return nil }
        return columns[columnIndex].id
    }

    private mutating func load(in context: AppContext) -> Outcome {
        let day = date ?? context.today
        date = day
        let first = Self.firstDay(of: day, span)
        let count = span == .day ? 1 : 7
        let column = weekColumn
        return .run(Effect.load("load", into: loaded) { store, user in
            let stamp = try store.diaryStamp(from: first, days: count, as: user)
            return (try store.diary(from: first, days: count, column: column, as: user), stamp)
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == "stamp" {
            guard let fresh = stamped.take(), fresh != stamp else { return .handled }
            return load(in: context)
        }
        guard let value = loaded.take() else { return .handled }
        days = value.days
        stamp = value.stamp
        place(in: context)
        return .handled
    }

    /// After a load: the highlight goes to the appointment asked for, or on first showing today
    /// to the slot of the current time; it never points outside the grid.
    private mutating func place(in context: AppContext) {
        let grid = self.grid
        if let focus, let spot = grid.position(of: focus) {
            (lane, row) = spot
            self.focus = nil
        } else if !placedAtNow, date == context.today {
            placedAtNow = true
            let now = LocalDateTime(instant: context.now, in: context.store.clock.timeZone)
            row = grid.times.lastIndex { $0 <= now.time } ?? 0
        }
        lane = min(lane, max(0, grid.lanes.count - 1))
        row = min(row, max(0, grid.times.count - 1))
        keepInView(context.screenArea)
    }
}
