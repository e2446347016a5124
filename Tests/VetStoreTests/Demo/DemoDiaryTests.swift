import Foundation
import Testing
import VetCore
@testable import VetStore
import VetSQL

/// The demo's diary reads as a real practice's: every site booked three weeks back and ahead
/// within its hours, no double bookings or bookings in an absence, past days worked through,
/// today part way through, and clients waiting in the online queue.
@Suite("Demo diary")
struct DemoDiaryTests {
    private struct Row {
        var id: Int64
        var siteID: Int64
        var column: String
        var start: LocalDateTime
        var end: LocalDateTime
        var state: AppointmentState
        var kind: AppointmentKind
        var consultationID: Int64?
        var cancelReason: String?
    }

    private func appointments(_ demo: DemoOnEngine) throws -> [Row] {
        try demo.store.read { db in
            try db.fetchRecords(Appointment.self, "SELECT * FROM appointment ORDER BY id").map { appointment in
                Row(id: appointment.id ?? 0, siteID: appointment.siteId,
                    column: appointment.staffId.map { "staff \($0)" } ?? "room \(appointment.roomId ?? 0)",
                    start: appointment.startsAt, end: appointment.endsAt, state: appointment.state, kind: appointment.kind,
                    consultationID: appointment.consultationId, cancelReason: appointment.cancelReason)
            }
        }
    }

    @Test("three weeks back and ahead at every site, within the hours, never double booked or in an absence",
          arguments: SQLDialect.allCases)
    func shape(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 120, sites: 2, engine: engine)
        let rows = try appointments(demo)
        let today = DemoFixture.today
        let sites = try demo.store.sites().compactMap(\.id)
        for site in sites {
            let days = Set(rows.filter { $0.siteID == site }.map(\.start.date))
            #expect(days.contains { $0 <= today.adding(days: -18) } && days.contains { $0 >= today.adding(days: 18) }, "site \(site)")
        }
        #expect(try demo.store.read { db in try db.fetchValue(Int.self, "SELECT count(*) FROM room WHERE name = 'Nurse room'") } == 2)
        #expect(rows.contains { $0.kind == .nurseClinic && $0.column.hasPrefix("room") })
        #expect(rows.contains { $0.kind == .operation })
        for row in rows {
            let hours = try #require(OpeningDay.usual.first { $0.weekday == row.start.date.isoWeekday }, "\(row.start) is a closed day")
            #expect(hours.refusal(from: row.start.time, to: row.end.time) == nil, "\(row.start)–\(row.end.time)")
        }
        let holding = rows.filter(\.state.holdsSlot)
        for (column, booked) in Dictionary(grouping: holding, by: \.column) {
            let sorted = booked.sorted { $0.start < $1.start }
            for (first, next) in zip(sorted, sorted.dropFirst()) {
                #expect(first.end <= next.start, "\(column): \(first.start) overlaps \(next.start)")
            }
        }
        let absences = try demo.store.read { db in try db.fetchRecords(StaffAbsence.self, "SELECT * FROM staff_absence") }
        #expect(absences.count >= 2)
        for absence in absences {
            #expect(!rows.contains { $0.column == "staff \(absence.staffId)" && $0.start < absence.endsAt && $0.end > absence.startsAt })
        }
    }

    @Test("past days are worked through, today is part way, the future is booked; some are missed or cancelled with a reason",
          arguments: SQLDialect.allCases)
    func states(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 120, sites: 1, engine: engine)
        let rows = try appointments(demo)
        let today = DemoFixture.today
        let past = rows.filter { $0.start.date < today }
        let future = rows.filter { $0.start.date > today }
        #expect(Set(past.map(\.state)) == [.finished, .noShow, .cancelled])
        #expect(Set(future.map(\.state)) == [.booked, .cancelled])
        let noShows = Double(past.filter { $0.state == .noShow }.count) / Double(past.count)
        let cancelled = Double(rows.filter { $0.state == .cancelled }.count) / Double(rows.count)
        #expect((0.02...0.09).contains(noShows), "\(noShows)")
        #expect((0.04...0.13).contains(cancelled), "\(cancelled)")
        #expect(rows.filter { $0.state == .cancelled }.allSatisfy { !($0.cancelReason ?? "").isEmpty })
        #expect(past.contains { $0.state == .finished && $0.consultationID != nil })
        let todays = Set(rows.filter { $0.start.date == today }.map(\.state))
        #expect(todays.isSuperset(of: [.finished, .booked]))
        #expect(!todays.isDisjoint(with: [.arrived, .inConsultation]))
        let vetMinutes = rows.filter { $0.column.hasPrefix("staff") && $0.state.holdsSlot }
            .reduce(0) { $0 + $1.start.minutes(until: $1.end) }
        let vetDays = Set(rows.filter { $0.column.hasPrefix("staff") }.map { "\($0.column) \($0.start.date.iso)" })
        let openMinutes = vetDays.reduce(0) { total, key in
            let hours = LocalDate(iso: String(key.suffix(10))).flatMap { day in OpeningDay.usual.first { $0.weekday == day.isoWeekday } }
            let lunch = hours.flatMap { open in open.breakFrom.flatMap { from in open.breakTo.map { from.minutes - $0.minutes } } } ?? 0
            return total + (hours.map { $0.closes.minutes - $0.opens.minutes } ?? 0) + lunch
        }
        let fill = Double(vetMinutes) / Double(max(1, openMinutes))
        #expect((0.45...0.9).contains(fill), "a vet's day is \(Int(fill * 100))% booked")
    }

    @Test("three to six clients wait in the online queue at the first site, and the diary and queue read through the store",
          arguments: SQLDialect.allCases)
    func queueAndStore(engine: SQLDialect) throws {
        let demo = try DemoOnEngine(clients: 120, sites: 2, engine: engine)
        let store = demo.store
        let manager = try store.authenticate(username: "manager", password: "manager123")
        let first = try #require(try store.sites().first { $0.name == "Teme Valley Veterinary Surgery" })
        let session = try store.workAt(siteID: try #require(first.id), as: manager)
        let queue = try store.onlineQueue(as: session)
        #expect((3...6).contains(queue.filter { $0.entry.state == .waiting }.count))
        #expect(queue.contains { $0.entry.state == .taken })
        let day = try #require(try store.diary(from: DemoFixture.today, as: session).first)
        #expect(day.columns.contains { $0.name == "Nurse room" })
        #expect(day.appointments.count > 10)
    }
}
