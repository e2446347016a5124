import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Every vet, money and insurance screen at 80×24 and 120×40, compared with golden text.
@MainActor
@Suite struct ClinicalGoldenTests {
    static let sizes: [(TerminalSize, String)] = [(.minimum, "80x24"), (TerminalSize(rows: 40, columns: 120), "120x40")]

    /// Replays `steps` on a fresh driver at each size and checks the screen against `<name>-<size>`.
    func expectBothSizes(_ practice: TestPractice, _ name: String, _ steps: (AppDriver) -> Void) {
        for (size, suffix) in Self.sizes {
            let driver = AppDriver(practice, size: size)
            steps(driver)
            expectGolden(driver.screen, named: "\(name)-\(suffix)")
        }
    }

    @Test func consultationWithTwoTreatmentLines() throws {
        let practice = try TestPractice.clinical()
        expectBothSizes(practice, "consultation") { driver in
            driver.openZoe(as: "victor", "victor-vet-pass")
            driver.send([.down, .character("v"), .tab, .tab])
            driver.type("Limping on the left fore")
            driver.send([.function(5)]); driver.type("CONS"); driver.send([.enter])
            driver.send([.function(5)]); driver.type("VAX"); driver.send([.tab, .backspace]); driver.type("2")
            driver.send([.enter])
        }
        expectBothSizes(practice, "price-picker") { driver in
            driver.openZoe(as: "victor", "victor-vet-pass")
            driver.send([.down, .character("v"), .function(5)])
            driver.type("m")
        }
    }

    @Test func lockedConsultationAndPetHistory() throws {
        let practice = try TestPractice.clinical()
        let vet = try practice.addSecondVetSession()
        try practice.rexConsultation(vet: vet)
        let later = try practice.later(days: 3)
        try later.store.addAddendum(consultationID: 1, text: "Owner rang: walking normally again.", as: vet)
        expectBothSizes(later, "consultation-locked") { driver in
            driver.openZoe(as: "victor", "victor-vet-pass")
            driver.send([.right, .enter])
        }
        expectBothSizes(later, "pet-history") { driver in
            driver.openZoe(as: "victor", "victor-vet-pass")
            driver.send([.down, .enter])
        }
    }

    @Test func invoiceAccountAndPaymentForm() throws {
        let practice = try TestPractice.clinical()
        try practice.rexConsultation(vet: try practice.addSecondVetSession())
        expectBothSizes(practice, "invoice-draft") { driver in
            driver.openZoe(as: "rita", "reception-pass")
            driver.send([.character("a"), .enter])
        }
        expectBothSizes(practice, "account") { driver in
            driver.openZoe(as: "rita", "reception-pass")
            driver.send([.character("a"), .enter, .function(2), .character("y"), .escape])
        }
        expectBothSizes(practice, "payment-form") { driver in
            driver.openZoe(as: "rita", "reception-pass")
            driver.send([.character("a"), .function(7)])
        }
    }

    @Test func policiesClaimAndClaimsList() throws {
        let practice = try TestPractice.clinical()
        let (_, rex) = try practice.zoeAndRex()
        let invoice = try practice.rexConsultation(vet: try practice.addSecondVetSession()).invoice
        let final = try practice.store.finaliseInvoice(id: invoice.id ?? 0, expectedVersion: invoice.version,
                                                       as: practice.receptionist)
        let insurer = try practice.store.addInsurer(name: "Petplan", as: practice.receptionist)
        try practice.store.addPolicy(petID: rex.id ?? 0, insurerID: insurer.id ?? 0, number: "PP-1234567",
                                     startsOn: TestPractice.today.adding(days: -100), endsOn: nil, excess: 9900,
                                     as: practice.receptionist)
        expectBothSizes(practice, "policies") { driver in
            driver.openZoe(as: "rita", "reception-pass")
            driver.send([.down, .character("i")])
        }
        expectBothSizes(practice, "new-claim") { driver in
            driver.openZoe(as: "rita", "reception-pass")
            driver.send([.down, .character("i"), .function(5)])
            driver.type("Carpal sprain")
            driver.send([.tab, .tab, .character(" ")])
        }
        let lines = try practice.store.invoiceLines(invoiceID: final.id ?? 0).compactMap(\.id)
        let claim = try practice.store.createClaim(policyID: 1, invoiceLineIDs: lines, condition: "Carpal sprain",
                                                   payTo: .vet, as: practice.receptionist)
        try practice.store.submitClaim(id: claim.id ?? 0, expectedVersion: claim.version, as: practice.receptionist)
        expectBothSizes(practice, "claim") { driver in
            driver.openZoe(as: "rita", "reception-pass")
            driver.send([.right, .right, .right, .enter])
        }
        expectBothSizes(practice, "claims-list") { driver in
            driver.logIn("rita", "reception-pass")
            driver.send([.function(11)])
        }
    }
}

extension TestPractice {
    /// Adds the vet and returns their session, for tests that log notes straight into the store.
    func addSecondVetSession() throws -> StaffSession {
        if let existing = try store.users().first(where: { $0.username == "victor" }) {
            return StaffSession(userID: existing.id ?? 0, username: "victor", displayName: "Victor Vet", role: .vet)
        }
        return try addVet()
    }
}
