import Foundation
import VetCore
import VetStore

/// What booking measured: the busy day it booked into and each run's timings.
struct DiaryBenchResult {
    var day: LocalDate
    var siteName: String
    var bookedThatDay = 0
    var bookMilliseconds: [Double] = []
    var cancelMilliseconds: [Double] = []
    var bookAndCancelMilliseconds: [Double] = []
    /// The same checks and writes (pet, client, hours, absence, clash, insert, cancel) run by the
    /// engine's own shell inside a rolled-back transaction: what the engine alone needs.
    var rawMilliseconds = 0.0

    var ratio: Double {
        rawMilliseconds > 0 ? BenchRunner.percentile(bookAndCancelMilliseconds, 0.5) / rawMilliseconds : 0
    }
}

/// Books and cancels appointments on the busiest coming day of the demo's first site, as a
/// receptionist at the desk: each booking checks the hours, absences and clashes against
/// everything already booked that day, and both writes are audited. Cancelling frees the slot,
/// so the runs cycle through the day's free slots and leave only cancelled rows behind.
enum DiaryBench {
    static func run(store: AppDatabase, shell: any EngineShell, runs: Int) throws -> DiaryBenchResult {
        guard let login = DemoPractice.logins.first(where: { $0.role == .receptionist }) else {
            throw BenchFailure.message("the demo practice has no receptionist login")
        }
        guard let site = try store.sites().first, let siteID = site.id else { throw BenchFailure.message("the practice has no site") }
        let desk = try store.workAt(siteID: siteID, as: try store.authenticate(username: login.username, password: login.password))
        let today = store.clock.today()
        let busiest = try shell.values("""
            SELECT substr(starts_at, 1, 10), count(*) FROM appointment WHERE site_id = \(siteID) AND starts_at >= '\(today.adding(days: 1).iso)'
            AND state NOT IN ('cancelled', 'noShow') GROUP BY substr(starts_at, 1, 10) ORDER BY count(*) DESC, 1 LIMIT 1
            """).first?.split(separator: "|")
        guard let busiest, let dayText = busiest.first, let day = LocalDate(iso: String(dayText)) else {
            throw BenchFailure.message("the practice has no appointments to come; generate it with this version of VetDesk")
        }
        guard let petLine = try shell.values("""
            SELECT p.id, p.client_id FROM pet p JOIN client c ON c.id = p.client_id
            WHERE p.status = 'active' AND c.status = 'active' AND c.restricted = 0 ORDER BY p.id LIMIT 1
            """).first?.split(separator: "|").compactMap({ Int64($0) }), petLine.count == 2 else {
            throw BenchFailure.message("the practice has no pet that can be booked")
        }
        guard let diaryDay = try store.diary(from: day, siteID: siteID, as: desk).first else {
            throw BenchFailure.message("the diary of \(day.iso) could not be read")
        }
        let slots = freeSlots(diaryDay)
        guard let first = slots.first else { throw BenchFailure.message("\(day.iso) has no free slot at \(site.name)") }
        var result = DiaryBenchResult(day: day, siteName: site.name,
                                      bookedThatDay: diaryDay.appointments.filter(\.appointment.state.holdsSlot).count)
        var form = AppointmentForm()
        form.clientID = petLine[1]
        form.petID = petLine[0]
        form.minutes = "15"
        form.reason = "Booking timing"
        for run in 0..<(runs + 1) {
            let (column, start) = slots[run % slots.count]
            form.column = column
            form.start = start.description
            let started = ContinuousClock.now
            let booked = try store.bookAppointment(form, siteID: siteID, as: desk)
            let bookedAt = ContinuousClock.now
            _ = try store.setAppointmentState(id: booked.id ?? 0, expectedVersion: booked.version, to: .cancelled,
                                              reason: "Timing run", as: desk)
            let finished = ContinuousClock.now
            guard run > 0 else { continue }  // The first run warms the statement cache.
            result.bookMilliseconds.append((bookedAt - started).milliseconds)
            result.cancelMilliseconds.append((finished - bookedAt).milliseconds)
            result.bookAndCancelMilliseconds.append((finished - started).milliseconds)
        }
        result.rawMilliseconds = try shell.secondsPerRun(rawStatements(
            siteID: siteID, clientID: petLine[1], petID: petLine[0], column: first.column, start: first.start, userID: desk.userID),
            repeats: 200) * 1_000
        return result
    }

    /// Every free fifteen-minute slot of the day's vets and rooms, within the hours and out of absences.
    static func freeSlots(_ day: DiaryDay) -> [(column: DiaryColumnID, start: LocalDateTime)] {
        guard let hours = day.hours else { return [] }
        var slots: [(DiaryColumnID, LocalDateTime)] = []
        for column in day.columns {
            let booked = day.booked(in: column.id)
            for minute in stride(from: hours.opens.minutes, to: hours.closes.minutes - 14, by: 15) {
                guard let time = TimeOfDay(minutes: minute), let endTime = TimeOfDay(minutes: minute + 15),
                      hours.refusal(from: time, to: endTime) == nil else { continue }
                let start = LocalDateTime(date: day.date, time: time)
                let end = start.adding(minutes: 15)
                if day.absence(in: column.id, at: start) != nil || day.absence(in: column.id, at: start.adding(minutes: 14)) != nil { continue }
                if booked.contains(where: { $0.appointment.startsAt < end && $0.appointment.endsAt > start }) { continue }
                slots.append((column.id, start))
            }
        }
        return slots
    }
}
