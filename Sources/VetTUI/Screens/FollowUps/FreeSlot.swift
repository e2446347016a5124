import VetCore
import VetStore

/// The first time a column of the diary is free for an appointment of a given length: within
/// opening hours, clear of the break, of absences and of what is already booked, and not before
/// `notBefore` (now, rounded up to the next slot).
enum FreeSlot {
    static func first(in days: [DiaryDay], column: DiaryColumnID, minutes: Int, notBefore: LocalDateTime) -> LocalDateTime? {
        for day in days {
            guard let hours = day.hours else { continue }
            var start = LocalDateTime(date: day.date, time: hours.opens)
            let closes = LocalDateTime(date: day.date, time: hours.closes)
            let step = max(5, day.slotMinutes)
            while start.adding(minutes: minutes) <= closes {
                let end = start.adding(minutes: minutes)
                if start >= notBefore, hours.refusal(from: start.time, to: end.time) == nil,
                   !(day.absences[column] ?? []).contains(where: { $0.startsAt < end && $0.endsAt > start }),
                   !day.booked(in: column).contains(where: { $0.appointment.startsAt < end && start < $0.appointment.endsAt }) {
                    return start
                }
                start = start.adding(minutes: step)
            }
        }
        return nil
    }
}
