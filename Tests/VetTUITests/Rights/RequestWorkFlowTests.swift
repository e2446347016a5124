import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Working a request from its page: closing it asks first, and refusing needs the reasons.
@MainActor
@Suite struct RequestWorkFlowTests {
    @Test func refusingNeedsReasonsAndAConfirmationWhoseDefaultIsNo() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let request = try practice.request([.access], for: try practice.clientID("Briain"))
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.openRequest(request.reference)
        driver.send([.character("s")])
        driver.type("refused")
        driver.send([.function(2)])
        #expect(driver.screen.contains("outcome must give the reasons when a request is refused"), "\(driver.screen)")
        // The refused save put the cursor in the field it names.
        driver.type("Manifestly unfounded: fifth identical request this month")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Refuse \(request.reference)?"), "\(driver.screen)")
        driver.send([.enter])
        #expect(driver.screen.contains("Nothing was changed."), "\(driver.screen)")
        #expect(try practice.store.requestDetail(id: try #require(request.id)).request.status == .received)
        driver.send([.function(2), .character("y")])
        let after = try practice.store.requestDetail(id: try #require(request.id)).request
        #expect(after.status == .refused)
        #expect(after.outcome == "Manifestly unfounded: fifth identical request this month")
    }
}
