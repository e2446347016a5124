import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The manager's tasks driven through the keyboard against a real database file.
@MainActor
@Suite struct ManagerFlowTests {
    @Test func managerAddsAVetLoginWhoMustChooseTheirOwnPassword() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("u"), .function(2)])
        driver.type("vera")
        driver.send([.tab]); driver.type("Vera Vet")
        driver.send([.tab]); driver.type("vet")
        driver.send([.function(2)])
        let oneTime = try #require(Self.oneTimePassword(on: driver.screen), "\(driver.screen)")
        #expect(driver.screen.contains("It is shown only now"))
        driver.send([.character("x")])
        #expect(Self.oneTimePassword(on: driver.screen) == oneTime, "only OK or Esc dismisses the password")
        driver.send([.enter])
        #expect(Self.oneTimePassword(on: driver.screen) == nil, "shown once")
        #expect(driver.screen.contains("Login added for vera"), "\(driver.screen)")
        #expect(driver.screen.contains("one-time password"))

        let vetTerminal = AppDriver(practice)
        vetTerminal.logIn("vera", oneTime)
        #expect(vetTerminal.screen.contains("Choose your own password, vera"), "\(vetTerminal.screen)")
        #expect(vetTerminal.app.context.session == nil)
        vetTerminal.type("Password123")
        vetTerminal.send([.tab]); vetTerminal.type("Password123")
        vetTerminal.send([.function(2)])
        #expect(vetTerminal.screen.contains("commonly used passwords"), "\(vetTerminal.screen)")
        vetTerminal.send([.ctrl("u")]); vetTerminal.type("vera-own-pass")
        vetTerminal.send([.tab, .ctrl("u")]); vetTerminal.type("vera-own-pass")
        vetTerminal.send([.function(2)])
        #expect(vetTerminal.screen.contains("Vera Vet (Vet)"), "\(vetTerminal.screen)")
        #expect(vetTerminal.app.context.session?.role == .vet)
        #expect(throws: StoreError.self) { try practice.store.authenticate(username: "vera", password: oneTime) }
    }

    @Test func everyoneCanChangeTheirOwnPasswordWithTheCurrentOne() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.function(4)])
        #expect(driver.screen.contains("Change my password"), "\(driver.screen)")
        driver.type("not-my-password")
        driver.send([.tab]); driver.type("rita-new-password")
        driver.send([.tab]); driver.type("rita-new-password")
        driver.send([.function(2)])
        #expect(driver.screen.contains("username or password is not right"), "\(driver.screen)")
        driver.send([.backTab, .backTab, .ctrl("u")])
        driver.type("reception-pass")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Your password is changed"), "\(driver.screen)")
        #expect(try practice.store.authenticate(username: "rita", password: "rita-new-password").role == .receptionist)
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.search)
        driver.send([.function(4)])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.changePassword, "F4 from the search screen, for every role")
    }

    @Test func managerSeesAndUnlocksALockedOutLogin() throws {
        let practice = try TestPractice.make()
        for _ in 0..<5 { _ = try? practice.store.authenticate(username: "rita", password: "guess-guess") }
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("u"), .down])
        #expect(driver.screen.contains("locked until"), "\(driver.screen)")
        driver.send([.function(7)])
        #expect(driver.screen.contains("Unlocked rita"), "\(driver.screen)")
        #expect(!driver.screen.contains("locked until"))
        #expect(try practice.store.authenticate(username: "rita", password: "reception-pass").role == .receptionist)
    }

    @Test func managerResetsAPasswordAndSeesTheOneTimePasswordOnce() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("u"), .down, .function(5)])
        #expect(driver.screen.contains("Reset the password of Rita Reception (rita)?"), "\(driver.screen)")
        driver.send([.character("y")])
        let oneTime = try #require(Self.oneTimePassword(on: driver.screen), "\(driver.screen)")
        driver.send([.escape])
        #expect(driver.screen.contains("Password reset for rita"), "\(driver.screen)")
        #expect(throws: StoreError.self) { try practice.store.authenticate(username: "rita", password: "reception-pass") }
        #expect(try practice.store.logIn(username: "rita", password: oneTime) == .mustChangePassword(username: "rita"))
    }

    /// The one-time password as the dialog shows it, or nil when no dialog shows one.
    static func oneTimePassword(on screen: String) -> String? {
        guard let range = screen.range(of: #"One-time password: [a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}"#,
                                       options: .regularExpression) else { return nil }
        return String(screen[range].suffix(14))
    }

    @Test func managerChangesTheIdleTimeoutAndItIsSaved() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("s")] + Array(repeating: .tab, count: 6) + [.ctrl("u")])
        driver.type("abc")
        driver.send([.function(2)])
        #expect(driver.screen.contains("idle timeout (minutes) must be a whole number, not 'abc'"), "\(driver.screen)")
        driver.send([.ctrl("u")])
        driver.type("25")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Practice settings saved."), "\(driver.screen)")
        #expect(try practice.store.practiceSettings()?.settings.idleTimeoutMinutes == 25)
        driver.send(.tick)
        #expect(driver.app.context.settings?.idleTimeoutMinutes == 25, "the running terminal uses the new timeout")
    }

    @Test func settingsConflictSaysWhoAndWhenAndKeepsTheTyping() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("s"), .tab, .ctrl("u")])
        driver.type("2 Quay Street")
        guard let current = try practice.store.practiceSettings() else { Issue.record("not set up"); return }
        var theirs = current.settings
        theirs.name = "Harbour Veterinary Centre"
        try practice.store.updateSettings(theirs, expectedVersion: current.version, as: practice.manager)
        driver.send([.function(2)])
        #expect(driver.screen.contains("changed by Mary Manager"), "\(driver.screen)")
        #expect(driver.screen.contains("2 Quay Street"))
        #expect(try practice.store.practiceSettings()?.settings.address == "")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Practice settings saved."), "\(driver.screen)")
        #expect(try practice.store.practiceSettings()?.settings.address == "2 Quay Street")
    }

    @Test func receptionistCannotOpenTheManagersScreensAndIsToldWhy() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.function(12)])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.search)
        #expect(driver.screen.contains("A receptionist cannot use the manager's menu"), "\(driver.screen)")
        driver.send([.function(1), .pageDown])
        #expect(driver.screen.contains("Practice manager's menu (unavailable: A receptionist"))
        #expect(throws: StoreError.self) {
            try practice.store.addUser(username: "sneaky", displayName: "Sneaky", role: .manager, as: practice.receptionist)
        }
        #expect(throws: StoreError.self) { try practice.store.auditTrail(as: practice.receptionist) }
    }

    @Test func managerMenuIsUnavailableWhileLocked() throws {
        let driver = AppDriver(try TestPractice.make())
        driver.logIn("mary", "manager-pass")
        driver.app.lastInputAt = .distantPast
        driver.send(.tick)
        driver.send([.function(12)])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.lock)
        #expect(driver.screen.contains("the terminal is locked"))
    }

    @Test func lastActiveManagerCannotBeDeactivated() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("u"), .character("d"), .enter])
        #expect(try practice.store.users().allSatisfy(\.active), "No is the default")
        driver.send([.character("d"), .character("y")])
        #expect(driver.screen.contains("the practice must keep at least one active manager login"), "\(driver.screen)")
        driver.send([.down, .character("d"), .character("y")])
        #expect(driver.screen.contains("Deactivated rita"))
        #expect(try practice.store.users().first { $0.username == "rita" }?.active == false)
    }

    @Test func auditViewerFilteredByClientShowsOnlyThatClient() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let sian = try #require(try practice.store.search("Siân").first)
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("a")])
        #expect(driver.screen.contains("Ó Briain, Zoë"))
        driver.send([.character("f"), .tab])
        driver.type("Siân")
        driver.send([.enter])
        let viewer = try #require(driver.app.stack.last as? AuditTrailScreen)
        let rows = try #require(viewer.page?.rows)
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.clientID == sian.clientID })
        #expect(driver.screen.contains("Jones, Siân"), "\(driver.screen)")
        #expect(!driver.screen.contains("Ó Briain, Zoë"), "\(driver.screen)")
        #expect(driver.screen.contains("Audit chain intact"))
        driver.send([.character("c")])
        #expect(driver.screen.contains("Ó Briain, Zoë"))
    }

    @Test func ambiguousClientNameIsRefusedOnTheField() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        try practice.client(first: "Tom", last: "Jones", phone: "07700 900777")
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("a"), .character("f"), .tab])
        driver.type("Jones")
        driver.send([.enter])
        #expect(driver.screen.contains("matches several clients"), "\(driver.screen)")
        #expect(driver.app.stack.last?.screenID == AppCommands.ManagerScreenID.auditFilter)
    }

    @Test func managerAddsAndRemovesAHolidayAndThePreviewFollows() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("h"), .function(2), .ctrl("u")])
        driver.type("2026-12-29")
        driver.send([.tab]); driver.type("Harbour closure day")
        driver.send([.tab]); driver.type("england-wales")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Holiday change added."), "\(driver.screen)")
        #expect(driver.screen.contains("Harbour closure day"))
        driver.send([.character("v")])
        #expect(driver.screen.contains("2026-12-29 Tue Harbour closure day"), "\(driver.screen)")
        #expect(try practice.store.holidayCalendar().isHoliday(LocalDate(year: 2026, month: 12, day: 29) ?? TestPractice.today))
        driver.send([.character("v"), .down, .character("x"), .enter])
        #expect(driver.screen.contains("Harbour closure day"), "No is the default")
        driver.send([.character("x"), .character("y")])
        #expect(driver.screen.contains("Removed 2026-12-29"), "\(driver.screen)")
        #expect(try !practice.store.holidayCalendar().isHoliday(LocalDate(year: 2026, month: 12, day: 29) ?? TestPractice.today))
    }
}
