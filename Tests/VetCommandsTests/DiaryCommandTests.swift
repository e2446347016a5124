import Foundation
import Testing
import VetDeskTestSupport
import VetCore
import VetStore
import VetSQL

/// `vetdesk diary` and `vetdesk book` through the real binary: a day's list and its JSON, the
/// clash that names who holds the slot, bad input by option, and a restricted client's override.
@Suite("vetdesk diary and book")
struct DiaryCommandTests {
    private static let password = "manager-pass-1"

    /// A practice with the vet Priya Shah (login `priya`), Zoë's dog Biscuit, and a Tuesday at least a week ahead.
    private struct Diary {
        let practice: CommandPractice
        let biscuit: Pet
        let tuesday: LocalDate

        init(_ engine: SQLDialect) throws {
            practice = try CommandPractice(password: DiaryCommandTests.password, engine: engine)
            let store = practice.store
            _ = try store.addUser(username: "priya", displayName: "Priya Shah", role: .vet, as: practice.manager)
            var pet = PetForm()
            pet.name = "Biscuit"
            pet.species = "dog"
            pet.sex = "female"
            biscuit = try store.registerPet(try pet.validated(today: store.clock.today()), clientID: try practice.zoeID,
                                            as: practice.manager)
            let later = store.clock.today().adding(days: 7)
            tuesday = later.adding(days: (2 - later.isoWeekday + 7) % 7)
        }

        func book(_ time: String, _ extra: [String] = [], with vet: String = "priya") throws -> CommandRunner.Result {
            try CommandRunner.run(["book", "--client", "\(try practice.zoeID)", "--pet", "\(biscuit.id ?? 0)", "--with", vet,
                                   "--at", "\(tuesday.iso) \(time)", "--minutes", "30", "--type", "consultation",
                                   "--reason", "Limping"] + extra + ["--as", "mia", "--db", practice.path],
                                  input: DiaryCommandTests.password + "\n")
        }

        func diary(_ arguments: [String]) throws -> CommandRunner.Result {
            try CommandRunner.run(["diary"] + arguments + ["--as", "mia", "--db", practice.path], input: DiaryCommandTests.password + "\n")
        }
    }

    @Test(arguments: SQLDialect.allCases)
    func bookThenListThenClash(engine: SQLDialect) throws {
        let diary = try Diary(engine)
        let booked = try diary.book("09:00")
        #expect(booked.status == 0, "stderr: \(booked.stderr)")
        #expect(booked.stdout.contains("Booked appointment"))
        #expect(booked.stdout.contains("Biscuit (Zoë Smith) with Priya Shah on \(diary.tuesday.long) at 09:00, 30 min, consultation"))

        let clash = try diary.book("09:15")
        #expect(clash.status != 0)
        #expect(clash.stdout.isEmpty)
        #expect(clash.stderr.contains("Priya Shah is already booked 09:00–09:30 on \(diary.tuesday.long) for Biscuit (Zoë Smith, consultation)"))

        let listed = try diary.diary([diary.tuesday.iso])
        #expect(listed.status == 0, "stderr: \(listed.stderr)")
        #expect(listed.stdout.hasPrefix("Harbour Vets, \(diary.tuesday.long): open 08:30–18:30 (break 13:00–14:00)\n"))
        #expect(listed.stdout.contains("No.\tTime\tMin\tWith\tPet\tClient\tType\tState\tAlerts"))
        #expect(listed.stdout.contains("\t09:00\t30\tPriya Shah\tBiscuit (dog)\tZoë Smith\tConsultation\tBooked\t"))

        let json = try diary.diary([diary.tuesday.iso, "--json", "--with", "priya"])
        #expect(json.status == 0, "stderr: \(json.stderr)")
        #expect(json.stdout.contains("\"start\" : \"\(diary.tuesday.iso) 09:00\""))
        #expect(json.stdout.contains("\"with\" : \"Priya Shah\""))
        #expect(json.stdout.contains("\"state\" : \"booked\""))

        let sunday = try diary.diary([diary.tuesday.adding(days: 5).iso])
        #expect(sunday.stdout == "Harbour Vets, \(diary.tuesday.adding(days: 5).long): closed on Sundays\n")
        let empty = try diary.diary([diary.tuesday.adding(days: 1).iso])
        #expect(empty.stdout.hasSuffix("\nNo appointments.\n"))
    }

    @Test(arguments: SQLDialect.allCases)
    func badInputNamesTheOptionAndTheRule(engine: SQLDialect) throws {
        let diary = try Diary(engine)
        func refused(_ result: CommandRunner.Result, _ words: String) {
            #expect(result.status != 0)
            #expect(result.stderr.contains(words), "stderr: \(result.stderr)")
        }
        refused(try diary.diary(["2026-02-30"]), "date")
        refused(try diary.diary([diary.tuesday.iso, "--site", "Nowhere"]), "--site: site 'Nowhere' is not one of this practice's sites")
        refused(try diary.diary([diary.tuesday.iso, "--with", "nobody"]), "--with: 'nobody' is neither a login name nor a room")
        refused(try diary.book("9 o'clock"), "--at: start")
        refused(try diary.book("09:03"), "must be on a five-minute mark")
        refused(try diary.book("09:00", ["--minutes", "7"]), "--minutes: length must be minutes from 5 to 480 in steps of 5, not '7'")
        refused(try diary.book("09:00", ["--type", "haircut"]), "--type 'haircut' is not known; use one of consultation, vaccination")
        refused(try diary.book("08:00"), "08:00–08:30 cannot be booked: the site is open 08:30–18:30 on Tuesdays")
        refused(try diary.book("09:00", with: "nobody"), "--with: 'nobody' is neither a login name nor a room at Harbour Vets")
        refused(try diary.book("09:00", with: "mia"), "with: Mia Manager is not a vet")
        refused(try diary.book("09:00", ["--site", "Nowhere"]), "--site: site 'Nowhere' is not one of this practice's sites")
        let unknownUser = try CommandRunner.run(["diary", diary.tuesday.iso, "--as", "nobody", "--db", diary.practice.path],
                                                input: "whatever\n")
        #expect(unknownUser.status != 0)
        #expect(!unknownUser.stderr.isEmpty)
    }

    @Test(arguments: SQLDialect.allCases)
    func aRestrictedClientIsBookedOnlyWithAnOverride(engine: SQLDialect) throws {
        let diary = try Diary(engine)
        let (store, manager) = (diary.practice.store, diary.practice.manager)
        let clientID = try diary.practice.zoeID
        let request = try store.logRequest(NewRequest(kinds: [.restriction], requesterName: "Zoë Smith", clientID: clientID,
                                                      channel: .email, receivedOn: SystemClock().today()), as: manager)
        try store.restrictProcessing(requestID: try #require(request.id), as: manager)
        let refused = try diary.book("10:00")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("is restricted under a data-protection request, so you cannot book an appointment"))
        let badGround = try diary.book("10:00", ["--override", "because I say so"])
        #expect(badGround.status != 0)
        #expect(badGround.stderr.contains("--override: override reason must start with the ground"))
        let booked = try diary.book("10:00", ["--override", "legal claims: court order of 3 March"])
        #expect(booked.status == 0, "stderr: \(booked.stderr)")
        let trail = try store.auditTrail(clientID: clientID, as: manager).filter { $0.action == "override restriction" }
        #expect(trail.map(\.detail) == ["book an appointment: Legal claims: court order of 3 March"])
    }
}
