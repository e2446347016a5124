import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Working from Today: opening lines, taking a client from the online queue, booking a follow-up.
@MainActor
@Suite struct TodayFlowTests {
    /// Moves Today's selection to the first line that `matches`.
    private func select(_ driver: AppDriver, _ matches: (TodayLine) -> Bool) throws {
        let today = try #require(driver.app.stack.last as? TodayScreen)
        let found = today.lines.firstIndex(where: matches)
        let index = try #require(found)
        driver.send([.home] + Array(repeating: Key.down, count: index))
    }

    @Test func searchIsOneKeyAwayAndEscComesBackToToday() throws {
        let practice = try TestPractice.clinical()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass", landing: .today)
        driver.send([.character("/")])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.search)
        driver.send([.escape])
        #expect(driver.app.stack.map(\.screenID) == [AppCommands.ScreenID.today])
        driver.send([.escape])
        #expect(driver.screen.contains("Nothing to go back to"), "Esc never quits")
        #expect(!driver.app.isFinished)
        driver.send([.function(3)])
        driver.type("Briain")
        driver.send([.enter])
        driver.send([.ctrl("g")])
        #expect(driver.app.stack.map(\.screenID) == [AppCommands.ScreenID.today], "Ctrl-G goes home from anywhere")
    }

    @Test func linesOpenWhatTheyName() throws {
        let practice = try TestPractice.clinical()
        try practice.busyDay()
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass", landing: .today)
        try select(driver) { if case .draft = $0 { true } else { false } }
        driver.send([.enter])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.draftInvoice)
        driver.send([.escape])
        try select(driver) { if case .claim = $0 { true } else { false } }
        driver.send([.enter])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.claim)
        driver.send([.escape])
        try select(driver) { if case .request = $0 { true } else { false } }
        driver.send([.enter])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.requestDetail)
        driver.send([.escape])
        try select(driver) { if case .appointment = $0 { true } else { false } }
        driver.send([.enter])
        #expect(driver.app.stack.last?.screenID == AppCommands.DiaryScreenID.appointment)
        driver.send([.escape])
        try select(driver) { if case .heading(.queue, _) = $0 { true } else { false } }
        driver.send([.enter])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.onlineQueue)
    }

    @Test func aVetTakesFromTheQueueIntoAFilledInConsultation() throws {
        let practice = try TestPractice.clinical()
        try practice.busyDay()
        let driver = AppDriver(practice)
        driver.logIn("victor", "victor-vet-pass", landing: .today)
        driver.send([.character("u")])
        driver.send([.enter])
        let form = try #require(driver.app.stack.last as? ConsultationScreen, "\(driver.screen)")
        #expect(form.pet.name == "王 Bao")
        #expect(form.form.value(of: "kind") == ConsultationKind.video.rawValue)
        #expect(form.form.value(of: "reason") == "Sneezing")
        #expect(form.form.value(of: "queue") == "60")
        let queue = try practice.store.onlineQueue(as: practice.manager)
        #expect(queue.first?.takenByName == "Victor Vet", "taken, so no other vet takes the same client")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Consultation saved"), "\(driver.screen)")
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.onlineQueue)
        driver.send([.character("n")])
        #expect(driver.screen.contains("nobody is waiting"), "\(driver.screen)")
    }

    @Test func receptionAddsAClientToTheQueueAndTakesOneOut() throws {
        let practice = try TestPractice.clinical()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass", landing: .today)
        driver.send([.function(5), .function(2)])
        driver.type("Briain")
        driver.send([.enter])
        #expect(driver.screen.contains("Online queue: Ó Briain, Zoë"), "\(driver.screen)")
        driver.send([.function(2)])
        #expect(driver.screen.contains("reason must not be empty"))
        driver.type("Rash on the belly")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Ó Briain, Zoë is in the online queue."), "\(driver.screen)")
        #expect(driver.screen.contains("Rash on the belly"))
        driver.send([.character("x")])
        driver.type("Rang off")
        driver.send([.function(2)])
        #expect(driver.screen.contains("is out of the online queue"), "\(driver.screen)")
        #expect(try practice.store.onlineQueue(as: practice.manager).isEmpty)
    }

    @Test func aFollowUpIsBookedInOneStepAndAClashKeepsWhatWasTyped() throws {
        let practice = try TestPractice.clinical()
        let (vet, _, _) = try practice.busyDay()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass", landing: .today)
        try select(driver) { if case .followUp = $0 { true } else { false } }
        driver.send([.enter])
        #expect(driver.screen.contains("Follow-up for Mittens (Zoë Ó Briain)"), "\(driver.screen)")
        let opened = try #require(driver.app.stack.last as? SmallFormScreen)
        #expect(opened.form.value(of: "start") == "2026-03-10 10:15", "the first free slot after now, around Victor's bookings")
        #expect(opened.form.value(of: "with") == String(vet.userID))
        driver.send([.ctrl("e"), .ctrl("u")])
        driver.type("2026-03-10 10:30")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("Rex"), "the clash names who holds the slot: \(driver.screen)")
        let kept = try #require(driver.app.stack.last as? SmallFormScreen)
        #expect(kept.form.value(of: "start") == "2026-03-10 10:30")
        driver.send([.ctrl("e"), .ctrl("u")])
        driver.type("2026-03-10 10:15")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Follow-up for Mittens booked."), "\(driver.screen)")
        #expect(driver.screen.contains("Follow-ups due (0)"))
        let booked = try practice.store.diary(from: TestPractice.today, as: practice.manager).first?.appointments
            .first { $0.petName == "Mittens" && $0.appointment.startsAt.description == "2026-03-10 10:15" }
        #expect(booked?.appointment.reason == "Follow-up: Weight check")
        #expect(booked?.appointment.followUpOf != nil)
    }

    @Test func theFollowUpListTakesADateRange() throws {
        let practice = try TestPractice.clinical()
        try practice.busyDay()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass", landing: .today)
        driver.send([.character("f")])
        #expect(driver.screen.contains("Every overdue through 2026-03-24 · 1 due"), "\(driver.screen)")
        driver.send([.character("d")])
        driver.type("2026-03-09")
        driver.send([.function(2)])
        #expect(driver.screen.contains("From 2026-03-09 through 2026-03-24 · 0 due"), "\(driver.screen)")
        driver.send([.character("d"), .ctrl("e"), .ctrl("u")])
        driver.type("2026-13-01")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("from"), "\(driver.screen)")
        #expect(driver.app.stack.last is SmallFormScreen, "a bad date keeps the form open")
    }
}
