import Foundation
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The clinical test practice with a diary: two vets (Victor Vet, Wendy Wu), two rooms, and a
/// morning of appointments on Tue 10 Mar 2026, where the clock stands at 10:00.
extension TestPractice {
    static let bigScreen = TerminalSize(rows: 50, columns: 160)

    struct DiaryFixture {
        let practice: TestPractice
        let victor: StaffSession
        let wendyID: Int64
        /// Rex (alerts: bites) with Victor at 10:00, arrived.
        let rexVisit: Appointment
    }

    static func diary() throws -> DiaryFixture {
        let practice = try TestPractice.make()
        try practice.seed()
        let victorSession = try practice.addVet()
        try practice.addPriceList()
        let store = practice.store
        let wendy = try store.addUser(username: "wendy", displayName: "Wendy Wu", role: .vet, as: practice.manager)
        let wendyID = wendy.user.id ?? 0
        let nurseRoom = try store.addRoom(siteID: 1, name: "Nurse room", as: practice.manager).id ?? 0
        _ = try store.addRoom(siteID: 1, name: "Theatre", as: practice.manager)
        let (zoeID, rex) = try practice.zoeAndRex()
        let zoe = try store.viewClient(id: zoeID, as: practice.manager)
        let mittens = try zoe.pets.first { $0.name == "Mittens" }.orFail("Mittens")
        let sianID = try store.search("Jones").first.orFail("Siân").clientID
        let bao = try store.viewClient(id: sianID, as: practice.manager).pets.first.orFail("Bao")
        func book(_ client: Int64, _ pet: Pet, _ column: DiaryColumnID, _ start: String, _ minutes: Int,
                  _ kind: AppointmentKind, _ reason: String, notes: String = "") throws -> Appointment {
            var form = AppointmentForm()
            form.clientID = client
            form.petID = pet.id
            form.column = column
            form.start = start
            form.minutes = String(minutes)
            form.kind = kind
            form.reason = reason
            form.notes = notes
            return try store.bookAppointment(form, as: practice.receptionist)
        }
        let rexVisit = try book(zoeID, rex, .staff(victorSession.userID), "2026-03-10 10:00", 15, .consultation,
                                "Limping on the left fore", notes: "Owner asks for the last slot if the dog is nervous.")
        let arrived = try store.setAppointmentState(id: rexVisit.id ?? 0, expectedVersion: rexVisit.version, to: .arrived,
                                                    as: practice.receptionist)
        _ = try book(zoeID, mittens, .staff(victorSession.userID), "2026-03-10 10:15", 15, .vaccination, "Booster")
        let cancelled = try book(sianID, bao, .staff(victorSession.userID), "2026-03-10 11:00", 15, .consultation, "Nails")
        _ = try store.setAppointmentState(id: cancelled.id ?? 0, expectedVersion: cancelled.version, to: .cancelled,
                                          reason: "Owner rang", as: practice.receptionist)
        _ = try book(sianID, bao, .staff(wendyID), "2026-03-10 10:30", 60, .operation, "Dental under anaesthetic")
        _ = try book(zoeID, mittens, .room(nurseRoom), "2026-03-12 09:00", 30, .nurseClinic, "Weight check")
        guard let from = LocalDateTime(stored: "2026-03-10 15:00"), let to = LocalDateTime(stored: "2026-03-10 18:30") else {
            throw StoreError.refused("bad absence times")
        }
        _ = try store.addAbsence(staffID: wendyID, from: from, to: to, reason: "Training", as: practice.manager)
        return DiaryFixture(practice: practice, victor: victorSession, wendyID: wendyID, rexVisit: arrived)
    }
}

extension Optional {
    func orFail(_ what: String) throws -> Wrapped {
        guard let self else { throw StoreError.refused("no \(what)") }
        return self
    }
}
