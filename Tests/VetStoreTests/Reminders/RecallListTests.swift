import Foundation
import Testing
@testable import VetStore
import VetCore
import VetSQL

@Suite("Recall list: rules, satisfaction and exclusions")
struct RecallListTests {
    @Test("a first vaccination makes a second-dose reminder; the booster meets it and starts twelve months",
          arguments: SQLDialect.allCases)
    func ruleAndSatisfaction(engine: SQLDialect) throws {
        let setup = try ReminderPractice(engine: engine)
        let (_, pet) = try setup.client("Zoë", pet: "Biscuit")
        let petID = try pet.id.unwrapped("pet")
        try setup.treat(petID, on: day(2025, 3, 3), [setup.firstVaccination, setup.fleaAndWorm])
        let first = try setup.list(on: day(2025, 3, 3), dueBy: day(2025, 6, 30))
        #expect(first.reminders.map { "\($0.reason.subject) \($0.dueOn.iso) \($0.status.phrase)" }
            == ["Vaccination 2025-03-31 to send", "Flea and worm 2025-06-03 to send"])
        #expect(first.reminders.first?.basedOn == "Vaccination, first dose on Mon 3 Mar 2025")
        #expect(first.reminders.first?.routes == [ReminderRoute(channel: .email, address: "zoe@example.je")])

        try setup.treat(petID, on: day(2025, 3, 31), [setup.booster])
        let after = try setup.list(on: day(2025, 3, 31), dueBy: day(2026, 4, 30))
        #expect(after.reminders.map { "\($0.reason.subject) \($0.dueOn.iso)" }
            == ["Flea and worm 2025-06-03", "Vaccination 2026-03-31"])
    }

    @Test("an appointment booked for the pet meets its reminder; a follow-up is due until the pet is seen again",
          arguments: SQLDialect.allCases)
    func bookedAndFollowUp(engine: SQLDialect) throws {
        let setup = try ReminderPractice(engine: engine)
        let (client, pet) = try setup.client("Zoë", pet: "Biscuit")
        let petID = try pet.id.unwrapped("pet")
        try setup.treat(petID, on: day(2025, 2, 3), [setup.firstVaccination], followUp: day(2025, 3, 10), reason: "Limping")
        let before = try setup.list(on: day(2025, 3, 3), dueBy: day(2025, 3, 10))
        #expect(before.reminders.map { "\($0.reason.subject) \($0.dueOn.iso) \($0.status.phrase)" }
            == ["Vaccination 2025-03-03 to send", "Follow-up visit (Limping) 2025-03-10 to send"])

        _ = try setup.db.bookAppointment(setup.practice.appointmentForm(client: client, pet: pet, start: "2025-03-04 09:00",
                                                                        kind: .vaccination, reason: "Second dose"),
                                         as: setup.practice.receptionist)
        let booked = try setup.list(on: day(2025, 3, 3), dueBy: day(2025, 3, 10))
        #expect(booked.reminders.map(\.status.phrase) == ["booked for Tue 4 Mar 2025", "booked for Tue 4 Mar 2025"])
        #expect(booked.toSend.isEmpty)

        try setup.treat(petID, on: day(2025, 3, 4), [setup.booster], reason: "Second dose")
        let seen = try setup.list(on: day(2025, 3, 4), dueBy: day(2025, 3, 31))
        #expect(seen.reminders.isEmpty, "the booster met the vaccination and the visit met the follow-up")
    }

    @Test("every reason a client is left out is named", arguments: SQLDialect.allCases)
    func exclusions(engine: SQLDialect) throws {
        let setup = try ReminderPractice(engine: engine)
        let db = setup.db
        var petsByReason: [String: Int64] = [:]
        for name in ["Restricted", "Dead", "Moved", "NoneWanted", "NoEmail", "NoMobile", "Ceased", "Fine"] {
            let (client, pet) = try setup.client(name, pet: name, email: name == "NoEmail" ? "" : "\(name.lowercased())@example.je")
            let clientID = try client.id.unwrapped("client")
            let petID = try pet.id.unwrapped("pet")
            petsByReason[name] = petID
            try setup.treat(petID, on: day(2025, 2, 3), [setup.firstVaccination])
            switch name {
            case "Restricted": try setup.practice.restrictProcessing(clientID: clientID)
            case "Dead":
                _ = try db.recordPetDeath(id: petID, on: day(2025, 2, 20), cause: nil, expectedVersion: pet.version,
                                          as: setup.practice.receptionist)
            case "Moved": _ = try setup.practice.write { db in try db.execute("UPDATE pet SET status = 'transferred' WHERE id = ?", [petID]) }
            case "NoneWanted": try db.setReminderChannels(clientID: clientID, [], as: setup.practice.receptionist)
            case "NoEmail": try db.setReminderChannels(clientID: clientID, [.email], as: setup.practice.receptionist)
            case "NoMobile":
                _ = try setup.practice.write { db in try db.execute("DELETE FROM client_phone WHERE client_id = ?", [clientID]) }
                try db.setReminderChannels(clientID: clientID, [.sms], as: setup.practice.receptionist)
            case "Ceased": _ = try setup.practice.write { db in try db.execute("UPDATE client SET status = 'ceased' WHERE id = ?", [clientID]) }
            default: try db.setReminderChannels(clientID: clientID, [.sms, .letter], as: setup.practice.receptionist)
            }
        }
        let list = try setup.list(on: day(2025, 3, 3), dueBy: day(2025, 3, 3))
        let phrases = Dictionary(uniqueKeysWithValues: list.reminders.map { ($0.recipient.petName, $0.status.phrase) })
        #expect(phrases == [
            "Restricted": "left out: client's processing is restricted",
            "Dead": "left out: pet has died",
            "Moved": "left out: pet transferred away",
            "NoneWanted": "left out: client wants no reminders",
            "NoEmail": "left out: no email address for email reminders",
            "NoMobile": "left out: no mobile number for text reminders",
            "Ceased": "left out: no longer a client",
            "Fine": "to send",
        ])
        let fine = try #require(list.reminders.first { $0.recipient.petName == "Fine" })
        #expect(fine.routes.map(\.channel) == [.sms, .letter])
        #expect(fine.routes.last?.address == "4 Rue des Prés, St Saviour, JE2 7TS")
        #expect(list.toSend.map(\.recipient.petName) == ["Fine"])
        #expect(throws: StoreError.self) { _ = try setup.db.recallList(dueBy: day(2025, 3, 3), as: setup.practice.vet) }
    }

    @Test("a hand-over is recorded once; sent is logged, failed is retried under its first id, a late restriction stops it",
          arguments: SQLDialect.allCases)
    func deliveries(engine: SQLDialect) throws {
        let setup = try ReminderPractice(engine: engine)
        let (client, pet) = try setup.client("Zoë", pet: "Biscuit")
        let (otherClient, otherPet) = try setup.client("Ann", pet: "Mango", email: "ann@example.je")
        try setup.treat(try pet.id.unwrapped("pet"), on: day(2025, 2, 3), [setup.firstVaccination])
        try setup.treat(try otherPet.id.unwrapped("pet"), on: day(2025, 2, 3), [setup.firstVaccination])
        let store = try setup.practice.reopened(on: day(2025, 3, 3))
        let user = setup.practice.receptionist
        let list = try store.recallList(dueBy: day(2025, 3, 3), as: user)
        let biscuit = try #require(list.reminders.first { $0.recipient.petName == "Biscuit" })
        let route = try #require(biscuit.routes.first)

        let first = try store.beginReminderDelivery(biscuit, route: route, messageDomain: "harbourvets.je", as: user)
        try store.recordReminderFailed(deliveryID: try first.id.unwrapped("id"), error: "sendmail: exit status 75", as: user)
        let failed = try #require(try store.recallList(dueBy: day(2025, 3, 3), as: user).reminders.first { $0.id == biscuit.id })
        #expect(failed.status.phrase == "failed, will retry: sendmail: exit status 75")
        let retry = try store.beginReminderDelivery(failed, route: route, messageDomain: "harbourvets.je", as: user)
        #expect(retry.id == first.id && retry.messageId == first.messageId && retry.attempts == 2)
        try store.recordReminderSent(deliveryID: try retry.id.unwrapped("id"), how: "emailed to", as: user)
        let sent = try #require(try store.recallList(dueBy: day(2025, 3, 3), as: user).reminders.first { $0.id == biscuit.id })
        #expect(sent.status == .sent(store.clock.now()))
        #expect(!sent.willSend)
        #expect(throws: StoreError.self) { _ = try store.beginReminderDelivery(sent, route: route, messageDomain: "x", as: user) }
        let log = try store.viewClient(id: try client.id.unwrapped("client"), as: user).communications
        #expect(log.map(\.summary) == ["Vaccination reminder for Biscuit, due Mon 3 Mar 2025: emailed to zoe@example.je"])
        #expect(log.first?.channel == "email" && log.first?.recordedBy == user.userID)

        let mango = try #require(list.reminders.first { $0.recipient.petName == "Mango" })
        try setup.practice.restrictProcessing(clientID: try otherClient.id.unwrapped("client"))
        #expect(refusal { _ = try store.beginReminderDelivery(mango, route: try #require(mango.routes.first),
                                                              messageDomain: "x", as: user) }
            == "not sent to Ann Le Brun: client's processing is restricted")
    }

    @Test("shipped templates fill with the pet, the due date and how to stop; marketing or a missing stop line is refused")
    func templates() throws {
        let setup = try ReminderPractice(engine: .sqlite)
        let (_, pet) = try setup.client("Zoë", pet: "Biscuit")
        try setup.treat(try pet.id.unwrapped("pet"), on: day(2025, 2, 3), [setup.firstVaccination])
        let reminder = try #require(try setup.list(on: day(2025, 3, 3), dueBy: day(2025, 3, 3)).reminders.first)
        let sender = ReminderSender(practiceName: "Harbour Vets", practiceAddress: "1 Quay, St Helier", email: "desk@harbourvets.je",
                                    phone: "01534 000000")
        let templates = try ReminderTemplates.load(overrides: nil)
        let email = try templates.message(for: reminder, channel: .email, postalAddress: "", sender: sender, date: day(2025, 3, 3))
        #expect(email.subject == "Reminder for Biscuit: Vaccination, from Harbour Vets")
        #expect(email.text.contains("Dear Mrs Le Brun,"))
        #expect(email.text.replacingOccurrences(of: "\n", with: " ").contains("Biscuit is due for: Vaccination, on or around Mon 3 Mar 2025."))
        #expect(email.text.split(separator: "\n").allSatisfy { $0.count <= 76 })
        #expect(email.text.replacingOccurrences(of: "\n", with: " ").contains("To stop reminders, reply saying so or call 01534 000000."))
        let sms = try templates.message(for: reminder, channel: .sms, postalAddress: "", sender: sender, date: day(2025, 3, 3))
        #expect(sms.text == "Harbour Vets: Biscuit is due for Vaccination on Mon 3 Mar 2025. Please call us to book. "
                + "To stop reminders call 01534 000000.")

        let own = setup.practice.folder.appendingPathComponent("own-templates")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try Data("Subject: Biscuit\n\nSpring SALE: 20% off flea treatment!\n{{stop_line}}\n".utf8)
            .write(to: own.appendingPathComponent("reminder-email.txt"))
        #expect(refusal { _ = try ReminderTemplates.load(overrides: own) }.contains("contains 'sale'"))
        try Data("Subject: Biscuit\n\nDue soon.\n".utf8).write(to: own.appendingPathComponent("reminder-email.txt"))
        #expect(refusal { _ = try ReminderTemplates.load(overrides: own) }.contains("must contain {{stop_line}}"))
    }
}
