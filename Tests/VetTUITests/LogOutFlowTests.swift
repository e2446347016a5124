import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Logging out hands the terminal to the next person, recorded in the audit trail.
@MainActor
@Suite struct LogOutFlowTests {
    @Test func logOutReturnsToTheLoginScreenAndIsAudited() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        #expect(driver.screen.contains("Rita"))
        driver.send([.ctrl("o")])
        #expect(driver.screen.contains("logged out."), "\(driver.screen)")
        #expect(driver.app.stack.last is LoginScreen)
        #expect(driver.app.context.session == nil)
        let actions = try practice.store.auditTrail(as: practice.manager).map(\.action)
        #expect(actions.contains("log out"), "\(actions)")
        driver.logIn("mary", "manager-pass")
        #expect(driver.screen.contains("Mary Manager"), "the next person can log in:\n\(driver.screen)")
    }
}

extension LogOutFlowTests {
    @Test func theFunctionKeyLogsOutToo() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.function(6)])
        #expect(driver.app.stack.last is LoginScreen, "\(driver.screen)")
    }
}
