import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The manager's price list and the allergy warning, at 80×24 and 120×40, and the vet's flow
/// from the warning to a saved treatment that keeps its reason.
@MainActor
@Suite struct PriceListAndAllergyTests {
    static let sizes: [(TerminalSize, String)] = [(.minimum, "80x24"), (TerminalSize(rows: 40, columns: 120), "120x40")]

    func expectBothSizes(_ practice: TestPractice, _ name: String, _ steps: (AppDriver) -> Void) {
        for (size, suffix) in Self.sizes {
            let driver = AppDriver(practice, size: size)
            steps(driver)
            expectGolden(driver.screen, named: "\(name)-\(suffix)")
        }
    }

    /// The clinical practice with meloxicam in the NSAIDs, a price rise on the consultation next
    /// month, the vaccination retired, and Rex allergic to NSAIDs.
    func practice() throws -> TestPractice {
        let practice = try TestPractice.clinical()
        let store = practice.store
        let items = try store.priceList()
        for item in items {
            guard let id = item.id else { continue }
            var details = PriceItemDetails(code: item.code, name: item.name, kind: item.itemKind, unitPrice: item.unitPrice,
                                           vatRate: item.vatRate, drugClass: item.drugClass)
            switch item.code {
            case "MEL15":
                details.drugClass = .nsaids
                try store.updatePriceItem(id: id, expectedVersion: item.version, details: details, as: practice.manager)
            case "CONS":
                details.unitPrice = 4_500
                try store.updatePriceItem(id: id, expectedVersion: item.version, details: details,
                                          priceFrom: TestPractice.today.adding(days: 30), as: practice.manager)
            case "VAX":
                try store.retirePriceItem(id: id, expectedVersion: item.version, as: practice.manager)
            default: break
            }
        }
        let (_, rex) = try practice.zoeAndRex()
        try store.addAllergyAlert(petID: rex.id ?? 0, drugClass: .nsaids, as: practice.manager)
        return practice
    }

    @Test func priceListScreen() throws {
        let practice = try practice()
        expectBothSizes(practice, "price-list") { driver in
            driver.logIn("mary", "manager-pass")
            driver.send([.function(12), .character("p"), .function(6), .down])
        }
        expectBothSizes(practice, "price-list-edit") { driver in
            driver.logIn("mary", "manager-pass")
            driver.send([.function(12), .character("p"), .function(4)])
        }
    }

    @Test func allergyWarningNamesTheAlertAndTheItem() throws {
        let practice = try practice()
        expectBothSizes(practice, "allergy-warning") { driver in
            driver.openZoe(as: "victor", "victor-vet-pass")
            driver.send([.down, .character("v"), .function(5)])
            driver.type("melox")
            driver.send([.enter])
        }
    }

    @Test func theReasonGoesOnTheLineAndEscLeavesTheItemOff() throws {
        let practice = try practice()
        let driver = AppDriver(practice)
        driver.openZoe(as: "victor", "victor-vet-pass")
        driver.send([.down, .character("v"), .tab, .tab])
        driver.type("Stiff after exercise")
        driver.send([.function(5)]); driver.type("melox"); driver.send([.enter, .escape])
        #expect(driver.screen.contains("was not added"))
        driver.send([.function(5)]); driver.type("melox"); driver.send([.enter, .enter])
        #expect(driver.screen.contains("reason must not be empty"))
        driver.type("Owner declined alternatives")
        driver.send([.enter])
        #expect(driver.screen.contains("despite the allergy alert\n (reason: Owner declined alternatives)"))
        #expect(driver.screen.contains("(despite allergy"))
        driver.send([.function(2)])
        let (_, rex) = try practice.zoeAndRex()
        let notes = try practice.store.petHistory(id: rex.id ?? 0).consultations
        let record = try practice.store.consultation(id: notes.first?.id ?? 0)
        #expect(record.lines.map(\.allergyReason) == ["Owner declined alternatives"])
    }

    @Test func visitsPaneShowsThePet() throws {
        let practice = try TestPractice.clinical()
        try practice.rexConsultation(vet: try practice.addSecondVetSession())
        let driver = AppDriver(practice)
        driver.openZoe(as: "victor", "victor-vet-pass")
        driver.send([.right])
        #expect(driver.screen.contains("Pet"))
        #expect(driver.screen.split(separator: "\n").contains { $0.contains("Rex") && $0.contains("Limping on the left fore") })
    }
}
