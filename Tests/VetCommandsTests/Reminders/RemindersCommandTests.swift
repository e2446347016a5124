import Foundation
import GRDB
import Testing
import VetDeskTestSupport
import VetCore
import VetStore
import VetSQL

/// `vetdesk reminders` through the real binary and the machine's real services: an email handed
/// to the local mail system and read back from the mailbox, a letter printed through CUPS, texts
/// written for the SMS provider — and a restricted client and a dead pet who receive nothing.
@Suite("vetdesk reminders")
struct RemindersCommandTests {
    private static let password = "manager-pass-1"

    /// Harbour Vets with a dog booster (12-month recall), and five clients whose boosters fell due
    /// three days ago: Zoë (email), Ann (letter), Tom (texts), Rita (restricted) and Dan (dog died).
    private struct Recalls {
        let practice: CommandPractice
        let mailbox: LocalMailbox

        init() throws {
            mailbox = try LocalMailbox.fromEnvironment()
            practice = try CommandPractice(password: RemindersCommandTests.password)
            let store = practice.store
            let manager = practice.manager
            let booster = try store.addPriceItem(PriceItemDetails(code: "VACD", name: "Vaccination booster (dog)", kind: .service,
                                                                  unitPrice: 5_900, vatRate: .standard), as: manager)
            try store.setRecallRule(itemID: try #require(booster.id),
                                    try RecallRule(group: "Vaccination", interval: RecallInterval(count: 12, unit: .months)), as: manager)
            try store.updateDocumentSettings(DocumentSettings(printer: TestPrinter.queue), expectedVersion: 1, as: manager)
            let given = store.clock.today().adding(days: -3).adding(months: -12)
            let then = try AppDatabase(path: practice.path, mode: .existing, clock: FixedClock(date: given))
            let people: [(first: String, pet: String, channels: Set<ReminderChannel>?)] = [
                ("Zoë", "Biscuit", nil), ("Ann", "Mango", [.letter]), ("Tom", "Rolo", [.sms]), ("Rita", "Pip", nil), ("Dan", "Bruno", nil),
            ]
            for person in people {
                let clientID = person.first == "Zoë" ? try practice.zoeID : try Self.register(person.first, store: store, as: manager)
                var pet = PetForm()
                pet.name = person.pet
                pet.species = "dog"
                pet.sex = "male"
                let saved = try store.registerPet(try pet.validated(today: store.clock.today()), clientID: clientID, as: manager)
                var visit = ConsultationForm()
                visit.reason = "Annual booster"
                visit.lines = [TreatmentLine(priceItemID: booster.id, description: booster.name, quantity: 1,
                                             unitPrice: booster.unitPrice, vatRate: booster.vatRate)]
                _ = try then.logConsultation(petID: try #require(saved.id), details: try visit.validated(today: given), as: manager)
                if let channels = person.channels { try store.setReminderChannels(clientID: clientID, channels, as: manager) }
                if person.first == "Rita" { try store.performUnattendedForTests("UPDATE client SET restricted = 1 WHERE id = ?", clientID) }
                if person.first == "Dan" {
                    _ = try store.recordPetDeath(id: try #require(saved.id), on: store.clock.today(), cause: nil,
                                                 expectedVersion: saved.version, as: manager)
                }
                // The test mailbox's address (user@localhost) has no dot in its domain, which the client
                // form rightly refuses for a real client; it is written directly so the mail stays on this machine.
                try store.performUnattendedForTests("UPDATE client SET email = ? WHERE id = ?", mailbox.address, clientID)
            }
        }

        static func register(_ first: String, store: AppDatabase, as manager: StaffSession) throws -> Int64 {
            var form = ClientForm()
            form.firstName = first
            form.lastName = "Jones"
            form.addressLine1 = "2 Quay Street"
            form.town = "Bath"
            form.postcode = "BA1 2BB"
            form.phones = [.init(label: .mobile, number: "07700 900\(100 + first.count)")]
            return try #require(try store.registerClient(form.validated(), as: manager).id)
        }

        func run(_ arguments: [String]) throws -> CommandRunner.Result {
            try CommandRunner.run(["reminders"] + arguments + ["--as", "mia", "--db", practice.path],
                                  input: RemindersCommandTests.password + "\n")
        }
    }

    @Test(.enabled(if: TestPrinter.isAvailable, "CUPS and its test queue are needed (run .ci/cups-test-queue as root)"))
    func listThenSendThroughTheSystemsOwnServices() throws {
        let recalls = try Recalls()
        let today = recalls.practice.store.clock.today()
        let configured = try recalls.run(["settings", "--mail-command", recalls.mailbox.sendmail,
                                          "--sender", "reception@harbourvets.example", "--phone", "01225 000000"])
        #expect(configured.status == 0, "stderr: \(configured.stderr)")

        let listed = try recalls.run(["list", "--due-by", today.iso])
        #expect(listed.status == 0, "stderr: \(listed.stderr)")
        #expect(listed.stdout.contains("5 reminders, 3 to send"))
        #expect(listed.stdout.contains("Biscuit (dog), Zoë Smith"))
        #expect(listed.stdout.contains("— Vaccination by email: to send"))
        #expect(listed.stdout.contains("Pip (dog), Rita Jones") && listed.stdout.contains("left out: client's processing is restricted"))
        #expect(listed.stdout.contains("Bruno (dog), Dan Jones") && listed.stdout.contains("left out: pet has died"))

        let before = recalls.mailbox.messages().count
        let smsFolder = recalls.practice.folder.appendingPathComponent("sms")
        let sent = try recalls.run(["send", "--due-by", today.iso, "--sms-out", smsFolder.path])
        #expect(sent.status == 0, "stderr: \(sent.stderr)\nstdout: \(sent.stdout)")
        #expect(sent.stdout.contains("3 sent."))
        #expect(!sent.stdout.contains("Pip") && !sent.stdout.contains("Bruno"))

        let messageID = try #require(try recalls.practice.store.reminderDeliveries(clientID: try recalls.practice.zoeID).first?.messageId)
        let mail = try recalls.mailbox.waitForMessage(containing: messageID)
        #expect(mail.header("Subject") == "Reminder for Biscuit: Vaccination, from Harbour Vets")
        #expect(mail.header("From")?.contains("Harbour Vets") == true && mail.header("From")?.contains("reception@harbourvets.example") == true)
        #expect(mail.header("To") == "Zoë Smith <\(recalls.mailbox.address)>")
        #expect(mail.header("Content-Type")?.lowercased() == "text/plain; charset=utf-8")
        #expect(mail.body.contains("Dear Zoë Smith,"))
        #expect(mail.body.replacingOccurrences(of: "\n", with: " ").contains("To stop reminders, reply saying so or call 01225 000000."))

        let letterJob = try #require(sent.stdout.split(separator: "\n").first { $0.contains("Mango") })
        #expect(letterJob.contains("letter to 2 Quay Street, Bath, BA1 2BB: sent"))
        let ann = try #require(try recalls.practice.store.search("Ann Jones", limit: 1).first?.clientID)
        let annLog = try recalls.practice.store.viewClient(id: ann, as: recalls.practice.manager).communications
        let printed = try #require(annLog.first)
        let job = try #require(printed.summary.split(separator: " ").first { $0.hasPrefix(TestPrinter.queue + "-") }
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "),")) })
        let paper = try TestPrinter.output(ofJob: job)
        #expect(paper.contains("Dear Ann Jones,") && paper.contains("Mango is due for: Vaccination"))

        let csvFile = try #require(try FileManager.default.contentsOfDirectory(at: smsFolder, includingPropertiesForKeys: nil).first)
        let csv = try String(contentsOf: csvFile, encoding: .utf8)
        #expect(csv.hasPrefix("mobile,message,client,pet,due_on\r\n"))
        #expect(csv.contains("07700 900103") && csv.contains("Rolo is due for Vaccination"))
        #expect(try FileManager.default.attributesOfItem(atPath: csvFile.path)[.posixPermissions] as? Int == 0o600)

        let again = try recalls.run(["send", "--due-by", today.iso, "--sms-out", smsFolder.path])
        #expect(again.status == 0)
        #expect(again.stdout.contains("Nothing to send."))
        let delivered = recalls.mailbox.messages().dropFirst(before)
        #expect(delivered.count == 1, "one email only: never to Rita (restricted) or about Bruno (died), never twice")
        #expect(!delivered.contains { $0.body.contains("Pip") || $0.body.contains("Bruno") })
    }

    @Test func badInputNamesTheOption() throws {
        let practice = try CommandPractice(password: Self.password)
        let bad = try CommandRunner.run(["reminders", "list", "--due-by", "2025-02-30", "--as", "mia", "--db", practice.path],
                                        input: Self.password + "\n")
        #expect(bad.status != 0 && bad.stderr.contains("--due-by"))
        let channels = try CommandRunner.run(["reminders", "channels", "1", "--set", "pigeon", "--as", "mia", "--db", practice.path],
                                             input: Self.password + "\n")
        #expect(channels.status != 0 && channels.stderr.contains("--set 'pigeon' is not known; use one of email, text message, letter"))
        let command = try CommandRunner.run(["reminders", "settings", "--mail-command", "sendmail -t", "--as", "mia",
                                             "--db", practice.path], input: Self.password + "\n")
        #expect(command.status != 0 && command.stderr.contains("mail command 'sendmail -t' must start with the program's full path"))
        let recall = try CommandRunner.run(["price-list", "recall", "CONS", "--name", "Check", "--every", "3 fortnights",
                                            "--as", "mia", "--db", practice.path], input: Self.password + "\n")
        #expect(recall.status != 0 && recall.stderr.contains("must be in days, weeks or months"))
    }
}

extension AppDatabase {
    /// A direct write to the practice file, for set-up the forms rightly refuse.
    func performUnattendedForTests(_ sql: String, _ arguments: any DatabaseValueConvertible...) throws {
        let file = try DatabaseQueue(path: path)
        try file.write { db in try db.execute(sql: sql, arguments: StatementArguments(arguments.map { $0 as (any DatabaseValueConvertible)? })) }
    }
}
