import VetSQL
import VetCore

/// One site's day of the demo diary, planned column by column on five-minute marks so that no
/// booking overlaps another in its column, an absence, the lunch break or the closed hours.
struct DemoDiaryDay {
    let day: LocalDate
    let hours: OpeningDay
    let siteID: Int64
    let today: LocalDate
    let nowMinute: Int
    private(set) var bookings: [DemoBooking] = []
    /// The pets booked so far that day.
    private var seen: Set<Int64> = []

    init(day: LocalDate, hours: OpeningDay, siteID: Int64, today: LocalDate, nowMinute: Int) {
        self.day = day
        self.hours = hours
        self.siteID = siteID
        self.today = today
        self.nowMinute = nowMinute
    }

    /// The five-minute marks of the day that can be booked: open, not the break, the vet not away.
    private func openMarks(away: [ClosedRange<LocalDateTime>]) -> Set<Int> {
        var marks: Set<Int> = []
        for minute in stride(from: hours.opens.minutes, to: hours.closes.minutes, by: 5) {
            if let from = hours.breakFrom, let to = hours.breakTo, minute >= from.minutes, minute < to.minutes { continue }
            let moment = LocalDateTime(date: day, time: TimeOfDay(minutes: minute) ?? .midnight)
            if away.contains(where: { $0.lowerBound <= moment && moment < $0.upperBound }) { continue }
            marks.insert(minute / 5)
        }
        return marks
    }

    /// A vet's column: the consultations that happened that day first (near the time they were
    /// seen, as many as the day's share allows: a large demo has more notes than a diary holds), an operation list from opening on weekday mornings, then consultations and
    /// vaccinations until 50–85% of the open time is booked.
    mutating func fillVet(_ vetID: Int64, operations: Bool, away: [ClosedRange<LocalDateTime>], visits: [DemoDiaryPets.Visit],
                          pets: [DemoDiaryPets.Pet], random: inout DemoRandom) {
        var free = openMarks(away: away)
        guard !free.isEmpty else { return }
        let target = free.count * random.int(50...85) / 100
        var booked = 0
        for visit in visits where booked < target {
            let minutes = visit.kind == .inPerson ? 15 : 10
            let wanted = visit.minuteOfDay - visit.minuteOfDay % 15
            let starts = ([0] + (1...24).flatMap { [$0 * 15, -$0 * 15] }).map { wanted + $0 }
            guard let start = starts.first(where: { Self.fits($0, minutes, in: free) }) else { continue }
            let kind: AppointmentKind = switch visit.kind {
            case .video: .video
            case .phone: .phone
            case .inPerson: visit.reason.hasPrefix("Annual") ? .vaccination : .consultation
            }
            take(start, minutes, from: &free, booked: &booked)
            seen.insert(visit.petID)
            bookings.append(DemoBooking(column: .staff(vetID), clientID: visit.clientID, petID: visit.petID, start: at(start),
                                        minutes: minutes, kind: kind, reason: String(visit.reason.prefix(200)),
                                        consultationID: visit.consultationID, state: .finished))
            // Beside the visits that happened, the bookings that did not: about 5% missed, 8% cancelled.
            let roll = random.int(1...100)
            if roll <= 13, let slot = starts.map({ $0 + 15 }).first(where: { Self.fits($0, 15, in: free) }) {
                add(.staff(vetID), start: slot, minutes: 15, kind: .consultation, reason: random.pick(DemoDiaryWords.consultations),
                    pets: pets, random: &random, state: roll <= 5 ? .noShow : .cancelled)
            }
        }
        if operations {
            var start = hours.opens.minutes
            for _ in 0..<random.int(1...3) {
                let operation = random.pick(DemoDiaryWords.operations)
                guard Self.fits(start, operation.minutes, in: free) else { break }
                take(start, operation.minutes, from: &free, booked: &booked)
                add(.staff(vetID), start: start, minutes: operation.minutes, kind: .operation, reason: operation.reason,
                    pets: pets, random: &random)
                start += operation.minutes
            }
        }
        for mark in free.sorted() where mark % 3 == 0 && booked < target && free.contains(mark) {
            let kind = random.weighted([(AppointmentKind.consultation, 62), (.vaccination, 26), (.phone, 6), (.video, 6)])
            let minutes = kind == .consultation && random.chance(0.15) ? 30 : kind.usualMinutes
            guard random.chance(0.8), Self.fits(mark * 5, minutes, in: free) else { continue }
            take(mark * 5, minutes, from: &free, booked: &booked)
            let reason = switch kind {
            case .vaccination: random.pick(DemoDiaryWords.vaccinations)
            case .phone, .video: random.pick(DemoDiaryWords.online)
            default: random.pick(DemoDiaryWords.consultations)
            }
            add(.staff(vetID), start: mark * 5, minutes: minutes, kind: kind, reason: reason, pets: pets, random: &random)
        }
    }

    /// The nurse room: fifteen-minute nurse clinics through about half of the open time.
    mutating func fillNurseRoom(_ roomID: Int64, pets: [DemoDiaryPets.Pet], random: inout DemoRandom) {
        var free = openMarks(away: [])
        var booked = 0
        for mark in free.sorted() where mark % 3 == 0 && Self.fits(mark * 5, 15, in: free) {
            guard random.chance(0.45) else { continue }
            take(mark * 5, 15, from: &free, booked: &booked)
            add(.room(roomID), start: mark * 5, minutes: 15, kind: .nurseClinic, reason: random.pick(DemoDiaryWords.nurseClinics),
                pets: pets, random: &random)
        }
    }

    /// A booking for a random pet, in the state its time gives it: past ones mostly finished (some
    /// missed, some cancelled), today's about now arrived or with the vet, later ones booked.
    private mutating func add(_ column: DiaryColumnID, start: Int, minutes: Int, kind: AppointmentKind, reason: String,
                              pets: [DemoDiaryPets.Pet], random: inout DemoRandom, state chosen: AppointmentState? = nil) {
        // A pet is seen once a day at most, when the practice has pets enough.
        var pet = random.pick(pets)
        for _ in 0..<3 where seen.contains(pet.id) { pet = random.pick(pets) }
        seen.insert(pet.id)
        let past = day < today || (day == today && start + minutes <= nowMinute)
        let roll = random.int(1...100)
        let state: AppointmentState
        if let chosen {
            state = chosen
        } else if past {
            state = roll <= 5 ? .noShow : roll <= 13 ? .cancelled : .finished
        } else if day == today && start <= nowMinute {
            state = roll <= 92 ? (kind == .phone || kind == .video || roll <= 30 ? .inConsultation : .arrived) : .cancelled
        } else if day == today && start <= nowMinute + 20 && kind != .phone && kind != .video {
            state = roll <= 50 ? .arrived : roll <= 92 ? .booked : .cancelled
        } else {
            state = roll <= 8 ? .cancelled : .booked
        }
        bookings.append(DemoBooking(column: column, clientID: pet.clientID, petID: pet.id, start: at(start), minutes: minutes,
                                    kind: kind, reason: reason, consultationID: nil, state: state))
    }

    private func at(_ minute: Int) -> LocalDateTime { LocalDateTime(date: day, time: TimeOfDay(minutes: minute) ?? .midnight) }

    private static func fits(_ start: Int, _ minutes: Int, in free: Set<Int>) -> Bool {
        start >= 0 && start % 5 == 0 && stride(from: start, to: start + minutes, by: 5).allSatisfy { free.contains($0 / 5) }
    }

    private func take(_ start: Int, _ minutes: Int, from free: inout Set<Int>, booked: inout Int) {
        for minute in stride(from: start, to: start + minutes, by: 5) { free.remove(minute / 5) }
        booked += minutes / 5
    }
}

/// One appointment of the demo diary, ready to be written.
struct DemoBooking {
    var column: DiaryColumnID
    var clientID: Int64
    var petID: Int64
    var start: LocalDateTime
    var minutes: Int
    var kind: AppointmentKind
    var reason: String
    var consultationID: Int64?
    var state: AppointmentState

    /// Writes the row: booked a few days ahead by a receptionist, with the arrival and the
    /// cancellation (and its reason) where the state has them.
    func write(with writer: inout DemoWriter, siteID: Int64, bookedBy: Int64, context: DemoContext,
               random: inout DemoRandom) throws {
        let startInstant = DemoInstant(start.date, minuteOfDay: start.time.minutes)
        let created = startInstant.adding(minutes: -random.int(1...14) * 24 * 60 - random.int(0...480))
        let arrived: DemoInstant? = switch state {
        case .arrived, .inConsultation, .finished: startInstant.adding(minutes: -random.int(0...10))
        default: nil
        }
        let changed = switch state {
        case .cancelled: min(startInstant.adding(minutes: -random.int(60...2_880)), context.now)
        case .booked: created
        default: min(startInstant.adding(minutes: minutes), context.now)
        }
        let (staffID, roomID): (Int64?, Int64?) = switch column {
        case .staff(let id): (id, nil)
        case .room(let id): (nil, id)
        }
        let notes = random.chance(0.08) ? random.pick(DemoDiaryWords.notes) : ""
        try writer.insert(.appointment, [
            siteID, clientID, petID, staffID, roomID, start.description, start.adding(minutes: minutes).description, kind.rawValue,
            reason, notes, state.rawValue, state == .cancelled ? random.pick(DemoDiaryWords.cancellations) : nil, arrived?.text,
            consultationID, nil, created.text, bookedBy, state == .booked ? 1 : 2, max(changed, created).text, bookedBy,
        ])
    }
}
