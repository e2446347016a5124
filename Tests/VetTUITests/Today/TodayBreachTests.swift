import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// A breach's 72-hour clock on the manager's Today, first, and opening the register from it.
@MainActor
@Suite struct TodayBreachTests {
    @Test func theManagersTodayShowsTheClockFirstAndOpensTheRegister() throws {
        let practice = try TestPractice.clinical()
        // The test clock stands at 10:00 on 10 March 2026: aware at 08:00 leaves 70 hours.
        try practice.store.logBreach(BreachDetails(
            occurredAt: "", awareAt: "2026-03-10 08:00", whatHappened: "Day list emailed to the wrong client",
            dataCategories: "contact details", peopleCategories: "clients", peopleCount: "14", recordCount: "14",
            consequences: "Names seen by one other client", measures: "Recipient asked to delete", clients: ""),
            as: practice.manager)
        let manager = AppDriver(practice)
        manager.logIn("mary", "manager-pass", landing: .today)
        let screen = manager.screen
        #expect(screen.contains("Breaches: the 72-hour clock (1)"), "\(screen)")
        #expect(screen.contains("70 h 00 min left"), "\(screen)")
        let today = try #require(manager.app.stack.last as? TodayScreen)
        let line = try #require(today.lines.firstIndex { if case .breach = $0 { true } else { false } })
        manager.send([.home] + Array(repeating: Key.down, count: line) + [.enter])
        #expect(manager.app.stack.last is BreachRegisterScreen)

        let desk = AppDriver(practice)
        desk.logIn("rita", "reception-pass", landing: .today)
        #expect(!desk.screen.contains("Breaches"), "the clock is the manager's to act on")
    }
}
