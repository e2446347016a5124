import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The recall list at 80×24: reached from everywhere and from Today, by week with the channel
/// or why each is left out; sending it through a mail command; settling an unconfirmed hand-over.
@MainActor
@Suite struct RecallListTests {
    @Test func theListShowsWeeksChannelsAndWhyOneIsLeftOut() throws {
        let practice = try TestPractice.reminders()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass", landing: .today)
        driver.send([.ctrl("y")])
        expectGolden(driver.screen, named: "recall-list-80x24")
        let screen = driver.screen
        #expect(screen.contains("Week of Mon 23 Feb 2026 (overdue)"), "\(screen)")
        #expect(screen.contains("Week of Mon 16 Mar 2026"))
        #expect(screen.contains("left out: client"))
        driver.send([.character("f")])
        #expect(driver.screen.contains("showing to send"))
        #expect(!driver.screen.contains("Biscuit"), "\(driver.screen)")
        driver.send([.character("f")])
        #expect(driver.screen.contains("Biscuit"))
        #expect(!driver.screen.contains("Mittens"))
        driver.send([.character("i")])
        #expect(driver.screen.contains("client wants no reminders"), "\(driver.screen)")
        driver.send([.escape, .enter])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.record)
        #expect(driver.screen.contains("Tom Payne"))
        #expect(driver.screen.contains("Reminders: None"), "\(driver.screen)")
    }

    @Test func todaySaysHowManyAreToSendAndOpensTheList() throws {
        let practice = try TestPractice.reminders()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass", landing: .today)
        let today = try #require(driver.app.stack.last as? TodayScreen)
        let index = try #require(today.lines.firstIndex { if case .reminders = $0 { true } else { false } })
        #expect(today.lines[index].text(today: TestPractice.today) == "Reminders: 3 to send by Tue 7 Apr 2026")
        driver.send([.home] + Array(repeating: Key.down, count: index) + [.enter])
        #expect(driver.app.stack.last?.screenID == AppCommands.ReminderScreenID.list)
    }

    @Test func aVetCannotOpenTheList() throws {
        let practice = try TestPractice.reminders()
        let driver = AppDriver(practice)
        driver.logIn("victor", "victor-vet-pass", landing: .today)
        let today = try #require(driver.app.stack.last as? TodayScreen)
        #expect(!today.lines.contains { if case .reminders = $0 { true } else { false } })
        driver.send([.ctrl("y")])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.today)
        #expect(driver.screen.contains("cannot see and send the recall list"), "\(driver.screen)")
        #expect(throws: StoreError.self) { try practice.store.recallList(dueBy: TestPractice.today, as: try practice.vetSession()) }
    }

    @Test func sendingAsksWhatWillGoThenReportsAndTheListSaysSent() throws {
        let practice = try TestPractice.reminders()
        let mailbox = try practice.fakeMailCommand()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass", landing: .today)
        driver.send([.ctrl("y"), .function(8)])
        let folder = practice.directory.appendingPathComponent("sms")
        let form = try #require(driver.app.stack.last as? SmallFormScreen)
        #expect(form.form.value(of: "folder") == folder.path, "texts go beside the practice file by default")
        expectGolden(practice.steady(driver.screen), named: "recall-send-folder-80x24")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Send 3 reminders: 2 emails, 1 text?"), "\(driver.screen)")
        expectGolden(practice.steady(driver.screen), named: "recall-send-confirm-80x24")
        driver.send([.character("y")])
        let report = try #require(driver.app.stack.last as? ReminderReportScreen, "\(driver.screen)")
        #expect(report.report.sent == 3)
        expectGolden(practice.steady(driver.screen), named: "recall-send-report-80x24")
        #expect(driver.screen.contains("3 sent."))
        let mail = try String(contentsOf: mailbox, encoding: .utf8)
        #expect(mail.contains("<zoe@example.com>") && mail.contains("Subject: Reminder for Rex"), "\(mail)")
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(texts.count == 1 && texts[0].hasPrefix("sms-reminders-"))
        driver.send([.escape])
        let list = try #require(driver.app.stack.last as? RecallListScreen)
        #expect(list.recall?.toSend.isEmpty == true)
        #expect(driver.screen.contains("sent"), "\(driver.screen)")
        let (zoe, _) = try practice.zoeAndRex()
        let logged = try practice.store.viewClient(id: zoe, as: practice.manager).communications.map(\.summary)
        #expect(logged.contains { $0.contains("Vaccination reminder for Rex") && $0.contains("emailed to zoe@example.com") },
                "\(logged)")
    }

    @Test func withoutTextsTheListAsksOnItsOwnAndNoSaysNothingWasSent() throws {
        let practice = try TestPractice.reminders()
        _ = try practice.fakeMailCommand()
        let sian = try practice.store.search("Jones").first.unwrap("Siân").clientID
        try practice.store.setReminderChannels(clientID: sian, [], as: practice.receptionist)
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass", landing: .today)
        driver.send([.ctrl("y"), .character("s")])
        #expect(driver.screen.contains("Send 2 reminders: 2 emails?"), "\(driver.screen)")
        driver.send([.enter])
        #expect(driver.screen.contains("Nothing was sent."))
        #expect(try practice.store.recallList(dueBy: TestPractice.today.adding(days: 28), as: practice.receptionist).toSend.count == 2)
    }

    @Test func anUnconfirmedHandOverIsSettledFromItsRow() throws {
        let practice = try TestPractice.reminders()
        let list = try practice.store.recallList(dueBy: TestPractice.today.adding(days: 28), as: practice.receptionist)
        let rex = try list.reminders.first { $0.recipient.petName == "Rex" }.unwrap("Rex")
        let route = try rex.routes.first.unwrap("route")
        _ = try practice.store.beginReminderDelivery(rex, route: route, messageDomain: "harbourvets.example", as: practice.receptionist)
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass", landing: .today)
        driver.send([.ctrl("y")])
        let screen = try #require(driver.app.stack.last as? RecallListScreen)
        let row = try #require(screen.lines.firstIndex { $0.reminder?.recipient.petName == "Rex" })
        driver.send([.home] + Array(repeating: Key.down, count: row) + [.character("c")])
        #expect(driver.screen.contains("Did it go out?"), "\(driver.screen)")
        driver.send([.function(2)])
        #expect(driver.screen.contains("choose \"went out\" or \"did not\""), "\(driver.screen)")
        driver.type("went")
        driver.send([.function(2)])
        #expect(driver.app.stack.last is RecallListScreen, "\(driver.screen)")
        let after = try practice.store.recallList(dueBy: TestPractice.today.adding(days: 28), as: practice.receptionist)
        #expect(after.reminders.first { $0.recipient.petName == "Rex" }?.status.phrase == "sent")
    }
}
