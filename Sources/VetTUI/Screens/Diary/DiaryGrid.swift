import VetCore
import VetStore

/// What the diary grid shows, worked out from the loaded days without drawing: its lanes (a
/// vet or room in the day view, a day of one vet or room in the week view), its rows (the
/// practice's slots across the opening hours) and what each cell holds.
struct DiaryGrid {
    /// One column of the grid.
    struct Lane: Hashable {
        let day: DiaryDay
        let column: DiaryColumn
    }

    /// What one slot of one lane holds.
    enum Cell: Hashable {
        /// An appointment that starts in this slot, with how many more start in it too.
        case starts(DiaryAppointment, more: Int)
        /// An appointment that started in an earlier slot and still runs.
        case continues(DiaryAppointment)
        /// A cancelled or missed appointment in a slot nobody holds now.
        case closedBooking(DiaryAppointment)
        case away(StaffAbsence)
        case breakTime
        /// Outside the day's hours, or the site is closed that day (week view).
        case shut
        case free

        var appointment: DiaryAppointment? {
            switch self {
            case .starts(let booking, _), .continues(let booking), .closedBooking(let booking): booking
            default: nil
            }
        }
    }

    let lanes: [Lane]
    /// The start of each slot row.
    let times: [TimeOfDay]
    let slotMinutes: Int
    /// Each lane's appointments that hold their slot, and its cancelled or missed ones, sorted
    /// out once: a frame asks for every visible cell, and a busy day holds hundreds.
    private let holding: [[DiaryAppointment]]
    private let released: [[DiaryAppointment]]

    /// The day view has a lane per column of the first day; the week view a lane per day of
    /// the column at `columnIndex`.
    init(days: [DiaryDay], week: Bool, columnIndex: Int) {
        slotMinutes = max(5, days.first?.slotMinutes ?? 15)
        if week {
            let columns = days.first?.columns ?? []
            if columns.isEmpty {
                lanes = []
            } else {
                let column = columns[min(max(0, columnIndex), columns.count - 1)]
                lanes = days.map { Lane(day: $0, column: column) }
            }
        } else if let day = days.first {
            lanes = day.columns.map { Lane(day: day, column: $0) }
        } else {
            lanes = []
        }
        (holding, released) = Self.sorted(lanes)
        let open = days.compactMap(\.hours)
        guard let opens = open.map(\.opens.minutes).min(), let closes = open.map(\.closes.minutes).max() else {
            times = []
            return
        }
        let first = opens - opens % slotMinutes
        times = stride(from: first, to: closes, by: slotMinutes).compactMap { TimeOfDay(minutes: $0) }
    }

    /// Each lane's slot-holding and released appointments, in one pass over each day.
    private static func sorted(_ lanes: [Lane]) -> ([[DiaryAppointment]], [[DiaryAppointment]]) {
        var holding: [[DiaryAppointment]] = []
        var released: [[DiaryAppointment]] = []
        for lane in lanes {
            var held: [DiaryAppointment] = []
            var freed: [DiaryAppointment] = []
            for booking in lane.day.appointments where booking.appointment.column == lane.column.id {
                if booking.appointment.state.holdsSlot { held.append(booking) } else { freed.append(booking) }
            }
            holding.append(held)
            released.append(freed)
        }
        return (holding, released)
    }

    /// What the slot at `row` of `lane` holds.
    func cell(lane index: Int, row: Int) -> Cell {
        guard lanes.indices.contains(index), times.indices.contains(row) else { return .shut }
        let lane = lanes[index]
        let start = LocalDateTime(date: lane.day.date, time: times[row])
        let end = start.adding(minutes: slotMinutes)
        let held = holding[index].filter { $0.appointment.startsAt < end && $0.appointment.endsAt > start }
        let starting = held.filter { $0.appointment.startsAt >= start }
        if let first = starting.first { return .starts(first, more: starting.count - 1) }
        if let running = held.first { return .continues(running) }
        if let absence = lane.day.absence(in: lane.column.id, at: start) { return .away(absence) }
        guard let hours = lane.day.hours, times[row] >= hours.opens, times[row] < hours.closes else { return .shut }
        if let from = hours.breakFrom, let to = hours.breakTo, times[row] >= from, times[row] < to { return .breakTime }
        let closed = released[index].first { $0.appointment.startsAt >= start && $0.appointment.startsAt < end }
        return closed.map(Cell.closedBooking) ?? .free
    }

    /// The moment a slot starts.
    func start(lane index: Int, row: Int) -> LocalDateTime? {
        guard lanes.indices.contains(index), times.indices.contains(row) else { return nil }
        return LocalDateTime(date: lanes[index].day.date, time: times[row])
    }

    /// The row and lane where `booking` starts, to put the highlight on it.
    func position(of booking: Appointment) -> (lane: Int, row: Int)? {
        guard let lane = lanes.firstIndex(where: { $0.day.date == booking.startsAt.date && $0.column.id == booking.column }) else {
            return nil
        }
        let minute = booking.startsAt.time.minutes
        let row = times.lastIndex { $0.minutes <= minute } ?? 0
        return (lane, row)
    }

    /// The cell in a few words, to fit `width` columns: state mark, alert mark, pet, client
    /// surname, kind. Marks read without colour: A arrived, C in consultation, ✓ finished,
    /// x cancelled, N did not attend, ! the pet has alerts.
    static func text(_ cell: Cell, selected: Bool) -> String {
        switch cell {
        case .starts(let booking, let more):
            let alert = booking.alerts.isEmpty ? " " : "!"
            let surname = Self.surname(booking.clientName)
            let extra = more > 0 ? " (+\(more))" : ""
            return "\(booking.appointment.state.mark)\(alert)\(booking.petName) · \(surname) · "
                + "\(booking.appointment.kind.displayName)\(extra)"
        case .continues(let booking): return "  ┆ \(booking.petName)"
        case .closedBooking(let booking):
            return "\(booking.appointment.state.mark) \(booking.petName) (\(booking.appointment.state.displayName.lowercased()))"
        case .away(let absence): return absence.reason.isEmpty ? "away" : "away: \(absence.reason)"
        case .breakTime: return "── break ──"
        case .shut: return "closed"
        case .free: return selected ? "free" : ""
        }
    }

    /// "Ó Briain" from "Zoë Ó Briain": the name after the first word.
    static func surname(_ name: String) -> String {
        let words = name.split(separator: " ", maxSplits: 1)
        return words.count == 2 ? String(words[1]) : name
    }
}
