import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The takings screen: a day's and a month's payments less refunds, by method.
@MainActor
@Suite struct TakingsGoldenTests {
    @Test func dayAndMonthByMethod() throws {
        let practice = try TestPractice.clinical()
        let (zoe, _) = try practice.zoeAndRex()
        let zoeID = zoe
        _ = try practice.store.recordPayment(clientID: zoeID, amount: Pence(4_500), method: .card, keepRestOnAccount: true,
                                             as: practice.receptionist)
        _ = try practice.store.recordPayment(clientID: zoeID, amount: Pence(1_250), method: .cash, keepRestOnAccount: true,
                                             as: practice.receptionist)
        _ = try practice.store.recordRefund(clientID: zoeID, amount: Pence(250), method: .cash, reason: "Overpaid",
                                            as: practice.manager)
        for (size, suffix) in ClinicalGoldenTests.sizes {
            let driver = AppDriver(practice, size: size)
            driver.logIn("rita", "reception-pass")
            driver.send([.ctrl("b")])
            expectGolden(driver.screen, named: "takings-day-\(suffix)")
            #expect(driver.screen.contains("Taken £57.50 · refunded £2.50 · net £55.00"))
            driver.send([.character("p"), .character("p"), .character("["), .character("]")])
            expectGolden(driver.screen, named: "takings-month-\(suffix)")
        }
    }

    @Test func aVetCannotOpenTheTakings() throws {
        let practice = try TestPractice.clinical()
        let driver = AppDriver(practice, size: .minimum)
        driver.logIn("victor", "victor-vet-pass")
        driver.send([.ctrl("b")])
        #expect(!driver.screen.contains("Takings"))
    }
}
