import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The manager's reminder settings, a price item's recall, and a client's reminder channels.
@MainActor
@Suite struct ReminderSettingsAndChannelsTests {
    /// Opens the manager's reminder settings form.
    private func openSettings(_ driver: AppDriver) {
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("e")])
    }

    @Test func theSettingsFormNamesEachWrongFieldAndSaves() throws {
        let practice = try TestPractice.reminders()
        let driver = AppDriver(practice)
        openSettings(driver)
        expectGolden(driver.screen, named: "reminder-settings-80x24")
        driver.send([.ctrl("e"), .ctrl("u")])
        driver.type("sendmail -t")
        driver.send([.tab])
        driver.type("not-an-address")
        driver.send([.tab, .tab, .ctrl("e"), .ctrl("u")])
        driver.type("500")
        driver.send([.function(2)])
        expectGolden(driver.screen, named: "reminder-settings-errors-80x24")
        #expect(driver.screen.contains("must start with the program's full path"), "\(driver.screen)")
        #expect(driver.screen.contains("104, not 500"))
        driver.send([.ctrl("e"), .ctrl("u")])
        driver.type("/usr/sbin/sendmail -t -i")
        driver.send([.tab, .ctrl("e"), .ctrl("u")])
        driver.type("desk@harbourvets.example")
        driver.send([.tab, .tab, .ctrl("e"), .ctrl("u")])
        driver.type("8")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Reminder settings saved."), "\(driver.screen)")
        let saved = try practice.store.reminderSettings().settings
        #expect(saved.senderEmail == "desk@harbourvets.example")
        #expect(saved.overdueWeeks == 8)
    }

    @Test func aStaleSaveNamesWhoChangedTheSettingsFirst() throws {
        let practice = try TestPractice.reminders()
        let driver = AppDriver(practice)
        openSettings(driver)
        let (settings, version) = try practice.store.reminderSettings()
        var other = settings
        other.contactPhone = "01534 111111"
        try practice.store.updateReminderSettings(other, expectedVersion: version, as: practice.manager)
        driver.send([.tab, .tab])
        driver.type("01534 222222")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Mary Manager"), "\(driver.screen)")
        #expect(try practice.store.reminderSettings().settings.contactPhone == "01534 111111")
    }

    @Test func aPriceItemCarriesItsRecall() throws {
        let practice = try TestPractice.reminders()
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("p")])
        #expect(driver.screen.contains("Vaccination booster · recall 12 months"), "\(driver.screen)")
        driver.send([.function(2)])
        driver.type("DHP1")
        driver.send([.tab])
        driver.type("Puppy vaccination, first dose")
        driver.send([.tab])
        driver.type("service")
        driver.send([.tab, .tab])
        driver.type("45.00")
        driver.send([.tab, .tab, .tab])
        driver.type("Vaccination")
        driver.send([.tab])
        driver.type("4 fortnights")
        driver.send([.function(2)])
        #expect(driver.screen.contains("must be in days, weeks or months"), "\(driver.screen)")
        driver.send([.ctrl("e"), .ctrl("u")])
        driver.type("4 weeks")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Item added to the price list."), "\(driver.screen)")
        let rule = try practice.store.recallRules().first { $0.code == "DHP1" }
        #expect(rule?.rule.group == "Vaccination")
        #expect(rule?.rule.interval.description == "4 weeks")
    }

    @Test func theClientsChannelsArePickedAndNoneMeansNoReminders() throws {
        let practice = try TestPractice.reminders()
        let driver = AppDriver(practice)
        driver.openZoe(as: "rita", "reception-pass")
        #expect(driver.screen.contains("Reminders: Email (until the client chooses)"), "\(driver.screen)")
        driver.send([.character("R")])
        expectGolden(driver.screen, named: "reminder-channels-80x24")
        driver.send([.character(" ")])
        #expect(driver.screen.contains("will get no reminders at all"), "\(driver.screen)")
        driver.send([.down, .down, .character(" "), .up, .character(" "), .enter])
        #expect(driver.screen.contains("Zoë Ó Briain gets reminders by text message and letter."), "\(driver.screen)")
        #expect(driver.screen.contains("Reminders: Text message and letter"), "\(driver.screen)")
        let (zoe, _) = try practice.zoeAndRex()
        #expect(try practice.store.reminderPreference(clientID: zoe).channels == [.sms, .letter])
    }
}
