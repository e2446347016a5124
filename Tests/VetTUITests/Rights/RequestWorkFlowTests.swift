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

    @Test func anUnidentifiedRequestIsLinkedFromItsPageAndTheIdentityGateIsOpenedWithAReason() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let request = try practice.request([.access], for: nil, by: "A caller who gave no details")
        let id = try #require(request.id)
        try practice.store.recordIdentityAsked(requestID: id, on: TestPractice.today, method: "photo ID", expectedVersion: 1,
                                               as: practice.manager)
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.openRequest(request.reference)
        #expect(driver.screen.contains("is not linked to a client yet; link it to the"), "\(driver.screen)")
        driver.send([.character("C")])
        driver.type("nobody-by-this-name")
        driver.send([.function(2)])
        #expect(driver.screen.contains("no client matches 'nobody-by-this-name'"), "\(driver.screen)")
        driver.replaceField(with: "Briain")
        driver.send([.function(2)])
        #expect(try practice.store.requestDetail(id: id).request.clientId == (try practice.clientID("Briain")))
        #expect(driver.screen.contains("awaiting identity evidence (asked for on"), "\(driver.screen)")
        driver.send([.character("N")])
        driver.type("Known client, came to the desk with the dog")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Identity evidence not needed: Known client"), "\(driver.screen)")
        #expect(driver.screen.contains("Write the access pack into a folder"), "\(driver.screen)")
        #expect(!driver.screen.contains("Write the access pack into a folder (unavailable"), "\(driver.screen)")
        driver.send([.character("W")])
        driver.type("daughter")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Third party: daughter; written authority NOT yet received"), "\(driver.screen)")
        #expect(driver.screen.contains("made by a third party (daughter)"), "\(driver.screen)")
    }
}
