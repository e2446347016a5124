import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// A date at the far edge of the calendar typed on a screen is refused with the years it
/// must fall in; it never reaches the legal clock's arithmetic.
@MainActor
@Suite struct DateEdgeFlowTests {
    @Test func feePaidInDecemberNineNineNineNineIsRefusedWithTheYearRange() throws {
        let practice = try TestPractice.make()
        _ = try practice.client(first: "Zoë", last: "Ó Briain", email: "zoe@example.com")
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.type("Briain")
        driver.send([.enter, .function(8), .character(" "), .function(2)])
        #expect(driver.screen.contains("Reference: DSR-2026-0001"), "\(driver.screen)")
        driver.send([.enter])
        driver.send([.function(9), .enter, .character("F"), .end])
        driver.send(Array(repeating: .backspace, count: 10))
        driver.type("9999-12-31")
        driver.send([.function(2)])
        #expect(driver.screen.contains("date '9999-12-31' must be in the years 1900 to 2199"), "\(driver.screen)")
        #expect(try practice.store.requestDetail(reference: "DSR-2026-0001").request.feePaidOn == nil)
    }
}
