import Foundation
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The clinical practice on Tuesday 10 March 2026 with recall rules on the price list and a
/// small recall list: Rex's booster due 20 March and Mittens' flea treatment overdue since
/// 1 March (both by email to Zoë), Bao's booster due 16 March by text to Siân, and Biscuit's
/// booster due 25 March left out because Tom wants no reminders.
extension TestPractice {
    static func reminders() throws -> TestPractice {
        let practice = try TestPractice.clinical()
        try practice.addRecalls()
        return practice
    }

    func vetSession() throws -> StaffSession {
        let victor = try store.users().first { $0.username == "victor" }.unwrap("Victor")
        return StaffSession(userID: victor.id ?? 0, username: "victor", displayName: victor.displayName, role: .vet)
    }

    private func addRecalls() throws {
        let items = try store.priceList(includeRetired: false)
        let booster = try items.first { $0.code == "VAX" }.unwrap("VAX")
        let flea = try store.addPriceItem(PriceItemDetails(code: "FLEA", name: "Flea and worm spot-on", kind: .medicine,
                                                           unitPrice: 1_800, vatRate: .standard), as: manager)
        try store.setRecallRule(itemID: booster.id ?? 0, try RecallRule(group: "Vaccination", interval: RecallInterval(parsing: "12 months")),
                                as: manager)
        try store.setRecallRule(itemID: flea.id ?? 0, try RecallRule(group: "Flea and worm", interval: RecallInterval(parsing: "3 months")),
                                as: manager)
        let (zoe, rex) = try zoeAndRex()
        let mittens = try store.viewClient(id: zoe, as: manager).pets.first { $0.name == "Mittens" }.unwrap("Mittens")
        let sian = try store.search("Jones").first.unwrap("Siân").clientID
        let bao = try store.viewClient(id: sian, as: manager).pets.first.unwrap("Bao")
        let tom = try client(first: "Tom", last: "Payne", postcode: "JE1 1AA", town: "St Helier")
        let biscuit = try pet("Biscuit", owner: tom)
        try treat(rex, on: "2025-03-20", booster)
        try treat(mittens, on: "2025-12-01", flea)
        try treat(bao, on: "2025-03-16", booster)
        try treat(biscuit, on: "2025-03-25", booster)
        try store.setReminderChannels(clientID: sian, [.sms], as: receptionist)
        try store.setReminderChannels(clientID: tom.id ?? 0, [], as: receptionist)
    }

    /// Logs a consultation on `day` giving `item`, as the vet would have then.
    private func treat(_ pet: Pet, on day: String, _ item: PriceItem) throws {
        let date = try LocalDate(parsing: day, field: "day")
        let then = try AppDatabase(path: directory.appendingPathComponent("practice.sqlite").path, mode: .existing,
                                   clock: FixedClock(date: date, hour: 11))
        var form = ConsultationForm()
        form.reason = "Health check"
        form.lines = [TreatmentLine(priceItemID: item.id, description: item.name, quantity: 1, unitPrice: item.unitPrice,
                                    vatRate: item.vatRate)]
        _ = try then.logConsultation(petID: pet.id ?? 0, details: try form.validated(today: date), as: try vetSession())
    }

    /// Screen text with this practice's random folder name replaced by a fixed one of the same
    /// length, so goldens showing the SMS folder stay the same from run to run.
    func steady(_ screen: String) -> String {
        let random = String(directory.lastPathComponent.suffix(36))
        return screen.replacingOccurrences(of: random, with: "00000000-0000-0000-0000-000000000000")
    }

    /// Points email at a small script that appends each message to `mail.txt` in the practice's folder.
    func fakeMailCommand() throws -> URL {
        let script = directory.appendingPathComponent("fake-sendmail")
        let mailbox = directory.appendingPathComponent("mail.txt")
        try "#!/bin/sh\ncat >> '\(mailbox.path)'\n".write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let (settings, version) = try store.reminderSettings()
        var changed = settings
        changed.mailCommand = "\(script.path) -t -i"
        changed.senderEmail = "desk@harbourvets.example"
        changed.contactPhone = "01534 700700"
        try store.updateReminderSettings(changed, expectedVersion: version, as: manager)
        return mailbox
    }
}
