import Foundation
import VetSQL
import VetCore

/// The demo's diary, written after the clients: three weeks back to three weeks ahead at every
/// site, each vet's day 50–85% booked within the opening hours, an operation list on weekday
/// mornings, nurse clinics in a "Nurse room", a few absences, and an online queue waiting now at
/// the first site. Past appointments are finished (linked to the demo's consultation where one
/// matches that day, vet and site), missed or cancelled; today's are part way through the day.
struct DemoDiary {
    let context: DemoContext
    /// The practice's wall-clock minute of the day "now".
    let nowMinute: Int
    static let daysBack = 21
    static let daysAhead = 21
    /// Mixed into the seed, so the diary's draws stay apart from every client's own.
    static let stream: UInt64 = 0xD1A2_0000_D1A2

    init(context: DemoContext) {
        self.context = context
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: context.region == .jersey ? "Europe/Jersey" : "Europe/London") ?? .current
        let parts = calendar.dateComponents([.hour, .minute], from: context.now.foundationDate)
        nowMinute = (parts.hour ?? 12) * 60 + (parts.minute ?? 0)
    }

    /// Writes rooms, absences, appointments and the queue; returns the rows written per demo table.
    func write(_ db: any SQLConnection) throws -> [Int] {
        var writer = try DemoWriter(db)
        let pets = try DemoDiaryPets.read(db)
        guard !pets.isEmpty else { return writer.counts }
        let rooms = try writeRooms(db)
        let absences = try writeAbsences(db)
        let visits = try DemoDiaryPets.visits(db, from: context.today.adding(days: -Self.daysBack), to: context.today)
        for offset in -Self.daysBack...Self.daysAhead {
            let day = context.today.adding(days: offset)
            guard let hours = OpeningDay.usual.first(where: { $0.weekday == day.isoWeekday }) else { continue }
            for siteID in context.siteIDs {
                var random = DemoRandom(seed: context.seed ^ Self.stream, stream: day.daysSinceEpoch * 64 + Int(siteID % 64))
                var plan = DemoDiaryDay(day: day, hours: hours, siteID: siteID, today: context.today, nowMinute: nowMinute)
                for (position, vetID) in vetsWorking(at: siteID, on: day).enumerated() {
                    plan.fillVet(vetID, operations: position == 0 && day.isoWeekday <= 5, away: absences[vetID] ?? [],
                                 visits: visits[DemoDiaryPets.VisitKey(day: day, siteID: siteID, vetID: vetID)] ?? [],
                                 pets: pets, random: &random)
                }
                if let room = rooms[siteID] { plan.fillNurseRoom(room, pets: pets, random: &random) }
                let desk = context.receptionists(at: siteID)
                for booking in plan.bookings {
                    try booking.write(with: &writer, siteID: siteID, bookedBy: random.pick(desk), context: context, random: &random)
                }
            }
        }
        try writeQueue(with: &writer, pets: pets)
        try writer.flush()
        return writer.counts
    }

    /// The sites a vet works at; on a given day a vet of several sites is at one of them, in turn.
    private func vetsWorking(at siteID: Int64, on day: LocalDate) -> [Int64] {
        context.vets(at: siteID).filter { vetID in
            let sites = context.siteIDs.filter { context.vets(at: $0).contains(vetID) }
            return sites.isEmpty || sites[day.daysSinceEpoch % sites.count] == siteID
        }
    }

    /// A "Nurse room" at every site.
    private func writeRooms(_ db: any SQLConnection) throws -> [Int64: Int64] {
        var rooms: [Int64: Int64] = [:]
        for siteID in context.siteIDs {
            rooms[siteID] = try db.insert(Room(id: nil, siteId: siteID, name: "Nurse room", active: true))
        }
        return rooms
    }

    /// Leave next week for the first vet, a training morning last week for the second, a dentist's
    /// afternoon in a few days for the third.
    private func writeAbsences(_ db: any SQLConnection) throws -> [Int64: [ClosedRange<LocalDateTime>]] {
        let vets = context.siteIDs.flatMap { context.vets(at: $0) }.reduce(into: [Int64]()) { if !$0.contains($1) { $0.append($1) } }
        let today = context.today
        /// `hour`:`minute` on the first weekday from `offset` days after today.
        func at(_ offset: Int, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
            var day = today.adding(days: offset)
            while day.isoWeekday > 5 { day = day.adding(days: 1) }
            return LocalDateTime(date: day, time: TimeOfDay(hour: hour, minute: minute) ?? .midnight)
        }
        let planned: [(from: LocalDateTime, to: LocalDateTime, reason: String)] = [
            (at(8, 0), at(8, 0).adding(minutes: 2 * 24 * 60), "Annual leave"), (at(-5, 8, 30), at(-5, 13), "CPD training"),
            (at(3, 14), at(3, 18, 30), "Dentist"),
        ]
        var absences: [Int64: [ClosedRange<LocalDateTime>]] = [:]
        for (vetID, absence) in zip(vets, planned) {
            _ = try db.insert(StaffAbsence(id: nil, staffId: vetID, startsAt: absence.from, endsAt: absence.to, reason: absence.reason,
                                       recordedAt: context.now.adding(minutes: -14 * 24 * 60).foundationDate,
                                       recordedBy: context.managerID))
            absences[vetID, default: []].append(absence.from...absence.to)
        }
        return absences
    }

    /// Three to six clients waiting for a video or phone consultation at the first site, and one with a vet.
    private func writeQueue(with writer: inout DemoWriter, pets: [DemoDiaryPets.Pet]) throws {
        guard let siteID = context.siteIDs.first else { return }
        var random = DemoRandom(seed: context.seed ^ Self.stream, stream: -1)
        let waiting = random.int(3...6)
        var chosen: Set<Int> = []
        var minutesAgo = random.int(35...55)
        for place in 0...waiting {
            var index = random.int(0...(pets.count - 1))
            while chosen.contains(index), chosen.count < pets.count { index = (index + 1) % pets.count }
            guard !chosen.contains(index) else { break }
            chosen.insert(index)
            let pet = pets[index]
            let joined = context.now.adding(minutes: -minutesAgo)
            let taken = place == 0
            let vetID = random.pick(context.vets(at: siteID))
            try writer.insert(.queueEntry, [
                siteID, pet.clientID, pet.id, random.chance(0.6) ? "video" : "phone", random.pick(DemoDiaryWords.online),
                joined.text, random.pick(context.receptionists(at: siteID)), taken ? "taken" : "waiting",
                taken ? context.now.adding(minutes: -4).text : nil, taken ? vetID : nil, nil, nil, taken ? 2 : 1,
            ])
            minutesAgo = max(1, minutesAgo - random.int(3...12))
        }
    }
}
