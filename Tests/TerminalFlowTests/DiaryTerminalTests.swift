import Foundation
import Testing
import VetCore
import VetDeskTestSupport
import VetStore
import VetSQL

/// The diary in real terminals: a receptionist books and marks the arrival, the vet finishes
/// the appointment into a consultation note; two terminals booking one slot at once, where
/// exactly one wins and the other is told who holds it, keeping what was typed.
@Suite("the diary in real terminals", .serialized)
struct DiaryTerminalTests {
    /// A practice with a vet and two clients with a pet each, and the next weekday (not today),
    /// so the slots are in the future whatever the time of day.
    private func diaryPractice(engine: SQLDialect) throws -> (FlowPractice, day: LocalDate) {
        let practice = try FlowPractice.make(engine: engine)
        let store = practice.store
        let vet = try store.addUser(username: "victor", displayName: "Victor Vet", role: .vet, as: practice.manager)
        try store.changeOwnPassword(username: "victor", current: vet.oneTimePassword, new: "victor-vet-pass")
        for (first, last, pet) in [("Ann", "Brown", "Biscuit"), ("Ben", "Green", "Mango")] {
            var form = ClientForm()
            form.firstName = first
            form.lastName = last
            form.addressLine1 = "3 Bath Street"
            form.town = "St Helier"
            form.postcode = "JE2 4ST"
            form.phones = [.init(label: .mobile, number: last == "Brown" ? "07700 900777" : "07700 900888")]
            let client = try store.registerClient(form.validated(), as: practice.manager)
            var petForm = PetForm()
            petForm.name = pet
            petForm.species = "Dog"
            _ = try store.registerPet(petForm.validated(today: store.clock.today()), clientID: client.id ?? 0, as: practice.manager)
        }
        var day = store.clock.today().adding(days: 1)
        while day.isoWeekday > 5 { day = day.adding(days: 1) }
        return (practice, day)
    }

    /// Opens the diary on `day` with the highlight on 09:00 of the first vet.
    private func openDiary(_ terminal: TmuxSession, today: LocalDate, day: LocalDate) throws {
        try terminal.send("C-d")
        try terminal.waitFor(text: "15-minute slots")
        for _ in 0..<today.days(until: day) { try terminal.send("]") }
        try terminal.waitFor(text: day.long)
        try terminal.send("Home", "Down", "Down")
        try terminal.waitFor(text: ">09:00")
    }

    /// From the highlighted free slot: find the client and fill in the reason.
    private func startBooking(_ terminal: TmuxSession, client: String, reason: String) throws {
        try terminal.send("Enter")
        try terminal.waitFor(text: "find the client")
        try terminal.type(client)
        try terminal.waitFor(text: client)
        try terminal.send("Enter")
        try terminal.waitFor(text: "Book an appointment")
        try terminal.waitFor(text: "(Dog)")
        for _ in 0..<5 { try terminal.send("Tab") }
        try terminal.type(reason)
    }

    @Test(arguments: SQLDialect.allCases)
    func aReceptionistBooksAndMarksArrivalThenTheVetFinishesIt(engine: SQLDialect) throws {
        let (practice, day) = try diaryPractice(engine: engine)
        let today = practice.store.clock.today()
        let desk = try practice.openTerminal()
        defer { desk.kill() }
        try desk.logIn("rita", "reception-pass")
        try openDiary(desk, today: today, day: day)
        try startBooking(desk, client: "Brown", reason: "Limping on the left fore")
        try desk.send("F2")
        try desk.waitFor(text: "Booked Biscuit with Victor Vet, 09:00–09:15")
        try desk.waitFor(text: "Biscuit · Brown · Consultation")
        try desk.send("Enter")
        try desk.waitFor(text: "Biscuit (Dog) for Ann Brown")
        try desk.send("a")
        try desk.waitFor(text: "State: Arrived")

        let room = try practice.openTerminal()
        defer { room.kill() }
        try room.logIn("victor", "victor-vet-pass")
        try openDiary(room, today: today, day: day)
        try room.waitFor(text: "A Biscuit · Brown")
        try room.send("Enter")
        try room.waitFor(text: "State: Arrived")
        try room.send("f")
        try room.waitFor(text: "New consultation")
        let form = try room.waitFor(text: "Limping on the left fore")
        #expect(form.contains("In person"), "\(form)")
        try room.send("F2")
        try room.waitFor(text: "Consultation saved")
        try room.waitFor(text: "State: Finished")
        // The desk's diary shows it finished without a key being pressed there.
        try desk.send("Escape")
        try desk.waitFor(text: "✓ Biscuit · Brown")
    }

    @Test(arguments: SQLDialect.allCases)
    func twoTerminalsBookingOneSlotAtOnceExactlyOneWins(engine: SQLDialect) throws {
        let (practice, day) = try diaryPractice(engine: engine)
        let today = practice.store.clock.today()
        let desk = try practice.openTerminal()
        let office = try practice.openTerminal()
        defer { desk.kill(); office.kill() }
        try desk.logIn("rita", "reception-pass")
        try office.logIn("mary", "manager-pass")
        try openDiary(desk, today: today, day: day)
        try openDiary(office, today: today, day: day)
        try startBooking(desk, client: "Brown", reason: "Itchy ears")
        try startBooking(office, client: "Green", reason: "Sore paw")
        try desk.send("F2")
        try office.send("F2")
        let deskScreen = try desk.waitFor("an answer") { $0.contains("Booked ") || $0.contains("already booked") }
        let officeScreen = try office.waitFor("an answer") { $0.contains("Booked ") || $0.contains("already booked") }
        let winners = [deskScreen, officeScreen].filter { $0.contains("Booked ") }
        #expect(winners.count == 1, "\(deskScreen)\n\(officeScreen)")
        let (loser, holder, kept) = deskScreen.contains("Booked ") ? (officeScreen, "Biscuit (Ann Brown", "Sore paw")
            : (deskScreen, "Mango (Ben Green", "Itchy ears")
        let flowing = loser.split { $0.isWhitespace || "│".contains($0) }.joined(separator: " ")
        #expect(flowing.contains("Victor Vet is already booked 09:00–09:15"), "\(loser)")
        #expect(flowing.contains(holder), "\(loser)")
        #expect(loser.contains(kept), "\(loser)")
        #expect(loser.contains("Book an appointment"), "\(loser)")
        let booked = try practice.store.diary(from: day, as: practice.manager).first?.appointments ?? []
        #expect(booked.count == 1)
    }
}
