import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The manager's data-protection tools driven through the keyboard against a real database file.
@MainActor
@Suite struct RightsFlowTests {
    @Test func retentionReviewAnonymisesAnOldClientAfterANamedConfirmation() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        try practice.oldClient()
        #expect(try practice.store.search("Oldham").count == 1)
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("t")])
        #expect(driver.screen.contains("Olive Oldham"), "\(driver.screen)")
        #expect(driver.screen.contains("registered 2018-01-10"), "\(driver.screen)")
        driver.send([.character("x")])
        #expect(driver.screen.contains("nothing is ticked"), "\(driver.screen)")
        driver.send([.character("a"), .character("x"), .enter])
        #expect(try practice.store.search("Oldham").count == 1, "No is the default")
        driver.send([.character("x"), .character("y")])
        #expect(driver.screen.contains("Type ANONYMISE"), "\(driver.screen)")
        driver.type("anonymize")
        driver.send([.enter])
        #expect(driver.screen.contains("Type ANONYMISE to go on"), "a near miss is refused:\n\(driver.screen)")
        #expect(try practice.store.search("Oldham").count == 1)
        driver.send([.ctrl("u")])
        driver.type("ANONYMISE")
        driver.send([.enter])
        #expect(driver.screen.contains("Anonymised (1)"), "\(driver.screen)")
        #expect(driver.screen.contains("Audit note"))
        #expect(try practice.store.search("Oldham").isEmpty)
        driver.send([.character("/")])
        driver.type("Oldham")
        #expect(!driver.screen.contains("Oldham, Olive"), "\(driver.screen)")
        let audit = try practice.store.auditTrail(as: practice.manager)
        #expect(audit.contains { $0.action == "apply retention review" })
    }

    @Test func accessPackIsWrittenOwnerOnlyFromTheRequest() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.openRequest("DSR-2026-0001")
        #expect(driver.screen.contains("p  Write the access pack into a folder"), "\(driver.screen)")
        driver.send([.character("p")])
        #expect(driver.screen.contains("~/VetDesk/DSR-2026-0001"), "\(driver.screen)")
        let folder = practice.folder("pack")
        driver.replaceField(with: folder.path)
        driver.send([.function(2)])
        #expect(driver.screen.contains("Access pack for DSR-2026-0001 written"), "\(driver.screen)")
        #expect(driver.screen.contains("Paper records to fetch (0)"))
        #expect(driver.screen.contains("Review before release"))
        for name in ["DSR-2026-0001-access.json", "DSR-2026-0001-access.html"] {
            let file = folder.appendingPathComponent(name)
            #expect(FileManager.default.fileExists(atPath: file.path), "\(name)")
            #expect(try permissions(of: file) == 0o600, "\(name)")
        }
        driver.send([.escape, .character("p")])
        driver.replaceField(with: folder.path)
        driver.send([.function(2)])
        #expect(driver.screen.contains("already holds an access pack"), "never overwrites:\n\(driver.screen)")
    }

    @Test func erasureIsRefusedForAClientInDebtNamingTheDebt() throws {
        let practice = try TestPractice.clinical()
        let vet = try practice.store.users().first { $0.username == "victor" }
        let (zoe, _) = try practice.zoeAndRex()
        let (_, invoice) = try practice.rexConsultation(vet: StaffSession(userID: vet?.id ?? 0, username: "victor",
                                                                          displayName: "Victor Vet", role: .vet))
        try practice.store.finaliseInvoice(id: invoice.id ?? 0, expectedVersion: invoice.version, as: practice.receptionist)
        let request = try practice.request([.erasure], for: zoe)
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.openRequest(request.reference)
        driver.send([.character("E")])
        #expect(driver.screen.contains("Erase the data of Zoë Ó Briain"), "\(driver.screen)")
        driver.send([.character("y")])
        #expect(driver.screen.contains("Erasure under \(request.reference) refused"), "\(driver.screen)")
        #expect(driver.screen.contains("the client owes £"), "\(driver.screen)")
        #expect(try practice.store.erasureOutcomes(requestID: request.id ?? 0).isEmpty)
        #expect(try practice.store.search("Briain").count == 1)
    }

    @Test func erasureShowsTheOutcomeByCategoryAndTheRecipientsToTell() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        try practice.discloseToInsurer(try practice.clientID("Jones"))
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.openRequest("DSR-2026-0002")
        driver.send([.character("E"), .character("y")])
        #expect(driver.screen.contains("Outcome by category"), "\(driver.screen)")
        #expect(driver.screen.contains("PetCover Insurance"), "\(driver.screen)")
        #expect(!(try practice.store.erasureOutcomes(requestID: 2).isEmpty))
        driver.send([.enter, .function(2)])
        #expect(driver.screen.contains("PetCover Insurance marked as told"), "\(driver.screen)")
        #expect(try practice.store.recipientNotices(requestID: 2).allSatisfy { $0.notice.toldOn == TestPractice.today })
    }

    @Test func erasureListsNamesInKeptTextAndRunsOnlyOnceEachIsDecided() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let zoe = try practice.clientID("Briain")
        let request = try practice.store.logRequest(NewRequest(
            kinds: [.erasure], requesterName: "Zoë Ó Briain", clientID: zoe, channel: .phone, receivedOn: TestPractice.today,
            notes: "Zoë rang from 07700 900123"), as: practice.receptionist)
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.openRequest(request.reference)
        driver.send([.character("E"), .character("y")])
        #expect(driver.screen.contains("2 places name the person, 2 undecided"), "\(driver.screen)")
        #expect(driver.screen.contains("Zoë rang from 07700 900123"), "\(driver.screen)")
        #expect(!driver.screen.contains("985112003456789"), "Rex was never seen, so it is anonymised, microchip and all")
        driver.send([.character("g")])
        #expect(driver.screen.contains("2 hits are undecided"), "\(driver.screen)")
        #expect(try practice.store.erasureOutcomes(requestID: try #require(request.id)).isEmpty)
        driver.send([.character("k")] + "caller as named".map { Key.character($0) } + [.enter, .character("a")])
        driver.send([.character("n")] + "2031-01-01 legal claim threatened".map { Key.character($0) } + [.enter])
        #expect(driver.screen.contains("kept until 2031-01-01 (legal claim threatened)"), "\(driver.screen)")
        #expect(driver.screen.contains("0 undecided"), "\(driver.screen)")
        #expect(driver.screen.contains("Kept because: caller as named") || driver.screen.contains("keep "), "\(driver.screen)")
        driver.send([.character("g")])
        #expect(driver.screen.contains("Outcome by category"), "\(driver.screen)")
        let detail = try practice.store.requestDetail(id: try #require(request.id)).request
        #expect(detail.notes == "Zoë rang from [redacted]")
        try practice.store.recordResponseSent(requestID: try #require(request.id), on: TestPractice.today,
                                              expectedVersion: detail.version, as: practice.manager)
        #expect(try practice.store.requestDetail(id: try #require(request.id)).request.requesterName == "Zoë Ó Briain",
                "kept on the register with its reason and end date")
    }

    @Test func marketingExportLeavesOutAClientWhoObjected() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let zoe = try practice.clientID("Briain")
        let dafydd = try practice.client(first: "Dafydd", last: "Evans", phone: "07700 900456", email: "dafydd@example.com")
        try practice.grantEmail(zoe)
        try practice.grantEmail(dafydd.id ?? 0)
        let objection = try practice.request([.objection], for: zoe)
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.openRequest(objection.reference)
        driver.send([.character("m")])
        #expect(driver.screen.contains("will never be marketed to again"), "\(driver.screen)")
        driver.send([.function(12), .character("m")])
        #expect(driver.screen.contains("1 client may receive practice marketing by email"), "\(driver.screen)")
        #expect(driver.screen.contains("Dafydd Evans"))
        #expect(!driver.screen.contains("zoe@example.com"))
        driver.send([.character("w")])
        #expect(driver.screen.contains("~/marketing-email-practice-2026-03-10.csv"), "\(driver.screen)")
        let file = practice.directory.appendingPathComponent("email.csv")
        driver.replaceField(with: file.path)
        driver.send([.function(2)])
        #expect(driver.screen.contains(file.path), "\(driver.screen)")
        let csv = try String(contentsOf: file, encoding: .utf8)
        #expect(csv.contains("dafydd@example.com"))
        #expect(!csv.contains("zoe@example.com"))
        #expect(try permissions(of: file) == 0o600)
        driver.send([.escape, .character("w")])
        driver.replaceField(with: file.path)
        driver.send([.function(2)])
        #expect(driver.screen.contains("cannot create"), "refuses to overwrite:\n\(driver.screen)")
    }

    @Test func rectificationListsTheRecipientsWhoHoldTheOldDetails() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let zoe = try practice.clientID("Briain")
        try practice.discloseToInsurer(zoe)
        let request = try practice.request([.rectification], for: zoe)
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.openRequest(request.reference)
        driver.send([.character("e")])
        #expect(driver.screen.contains("zoe@example.com"), "pre-filled:\n\(driver.screen)")
        driver.send(Array(repeating: .tab, count: 6))
        driver.replaceField(with: "JE2 4ZZ")
        driver.send([.function(2)])
        #expect(driver.screen.contains("JE2 3AB → JE2 4ZZ"), "\(driver.screen)")
        #expect(driver.screen.contains("PetCover Insurance"))
        #expect(driver.screen.contains("NOT YET"))
    }

    @Test func restrictionIsLiftedOnlyWithTheDateThePersonWasTold() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let zoe = try practice.clientID("Briain")
        let request = try practice.request([.restriction], for: zoe)
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.openRequest(request.reference)
        driver.send([.character("R")])
        #expect(driver.screen.contains("restricted"), "\(driver.screen)")
        #expect(try practice.store.viewClient(id: zoe, as: practice.manager).client.restricted)
        driver.send([.character("L")])
        driver.replaceField(with: "2026-03-11")
        driver.send([.function(2)])
        #expect(driver.screen.contains("is in the future"), "\(driver.screen)")
        driver.replaceField(with: "2026-03-09")
        driver.send([.function(2)])
        #expect(driver.screen.contains("before the restriction began on 2026-03-10"), "\(driver.screen)")
        driver.replaceField(with: "2026-03-10")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Restriction lifted"), "\(driver.screen)")
        #expect(try !practice.store.viewClient(id: zoe, as: practice.manager).client.restricted)
    }

    @Test func aManagerEditsARestrictedClientOnlyThroughTheOverrideGroundAndNote() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let zoe = try practice.clientID("Briain")
        let request = try practice.request([.restriction], for: zoe)
        try practice.store.restrictProcessing(requestID: try #require(request.id), as: practice.manager)
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.type("Briain")
        driver.send([.enter, .character("e")] + Array(repeating: .tab, count: 6))
        driver.replaceField(with: "JE2 4ZZ")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Override the restriction"), "\(driver.screen)")
        #expect(driver.screen.contains("pick the legal ground from the list"), "\(driver.screen)")
        driver.type("7")
        driver.send([.tab])
        driver.type("court order of 3 March")
        driver.send([.function(2)])
        #expect(driver.screen.contains("ground must be chosen from the list"), "\(driver.screen)")
        driver.type("legal")
        driver.send([.function(2)])
        #expect(driver.screen.contains("under the override"), "\(driver.screen)")
        let view = try practice.store.viewClient(id: zoe, as: practice.manager)
        #expect(view.client.postcode == "JE2 4ZZ")
        let overrides = try practice.store.auditTrail(clientID: zoe, as: practice.manager).filter { $0.action == "override restriction" }
        #expect(overrides.map(\.detail) == ["edit their details: Legal claims: court order of 3 March"])
    }

    @Test func aDisclosureToAnyKindOfRecipientIsLoggedFromTheClientRecord() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let zoe = try practice.clientID("Briain")
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.type("Briain")
        driver.send([.enter, .character("D")])
        #expect(driver.screen.contains("pick the recipient's kind from the list"), "\(driver.screen)")
        driver.type("Bay Debt Recovery")
        driver.send([.tab])
        driver.type("debt")
        driver.send([.tab])
        driver.type("name, address, amount owed")
        driver.send([.tab])
        driver.type("recover unpaid invoice")
        driver.send([.tab])
        driver.type("legitimate interests")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Disclosure logged"), "\(driver.screen)")
        let trail = try practice.store.auditTrail(clientID: zoe, as: practice.manager)
        #expect(trail.contains { $0.action == "disclose" && $0.detail == "Bay Debt Recovery" })
    }

    @Test func withdrawingAllConsentAsksHowThePersonAskedAndConfirms() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let zoe = try practice.clientID("Briain")
        try practice.grantEmail(zoe)
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.type("Briain")
        driver.send([.enter, .character("w")])
        #expect(driver.screen.contains("How asked"), "\(driver.screen)")
        driver.type("phone")
        driver.send([.function(2)])
        #expect(driver.screen.contains("(asked by") && driver.screen.contains("phone)?"), "\(driver.screen)")
        driver.send([.enter])
        #expect(try practice.store.viewClient(id: zoe, as: practice.manager).currentConsent.allSatisfy { $0.action == .granted },
                "No is the default: nothing withdrawn")
        driver.send([.function(2), .left, .enter])
        let consent = try practice.store.viewClient(id: zoe, as: practice.manager).currentConsent
        #expect(consent.allSatisfy { $0.action == .withdrawn && $0.source == .phone }, "\(consent)")
    }

    @Test func theManagerSetsTheSoftOptInPeriodAndAddsAConsentWording() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("mary", "manager-pass")
        driver.send([.function(12), .character("m"), .character("o")])
        driver.type("36")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Soft opt-in period saved"), "\(driver.screen)")
        #expect(try practice.store.softOptInLapseMonths() == 36)
        driver.send([.character("v"), .tab])
        driver.type("May we email you about our own services?")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Consent wording added"), "\(driver.screen)")
        #expect(try practice.store.consentWordings().map(\.version) == ["2026-03"])
    }

    @Test func rightsTheRequestDoesNotAskForAreDisabledWithTheReason() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        try practice.request([.erasure], for: nil, by: "Someone unknown")
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.openRequest("DSR-2026-0001")
        driver.send([.character("E")])
        #expect(driver.screen.contains("DSR-2026-0001 asks for access, not erasure"), "\(driver.screen)")
        driver.send([.escape])
        driver.openRequest("DSR-2026-0003")
        driver.send([.character("E")])
        #expect(driver.screen.contains("not linked to a client yet"), "\(driver.screen)")
    }

    @Test func receptionistCannotUseTheDataProtectionToolsAndIsToldWhy() throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.function(12)])
        #expect(driver.screen.contains("A receptionist cannot use the manager's menu"), "\(driver.screen)")
        driver.send([.function(9)])
        #expect(driver.screen.contains("A receptionist cannot work a data-protection request"), "\(driver.screen)")
        let detail = RequestDetailScreen(requestID: 1)
        for id in AppCommands.requestRightsCommandIDs + [AppCommands.RightsID.retention, AppCommands.RightsID.marketingExport] {
            let command = try #require(AppCommands.table.command(id: id))
            let availability = driver.app.availability(of: command, on: detail)
            #expect(availability.reason?.hasPrefix("A receptionist cannot") == true, "\(id): \(availability)")
        }
        #expect(throws: StoreError.self) { try practice.store.applyRetention(as: practice.receptionist) }
        #expect(throws: StoreError.self) {
            try practice.store.marketingList(channel: .email, purpose: .practice, as: practice.receptionist)
        }
        #expect(throws: StoreError.self) {
            try practice.store.writeAccessPack(reference: "DSR-2026-0001", to: practice.folder("sneaky"), as: practice.receptionist)
        }
        #expect(!FileManager.default.fileExists(atPath: practice.folder("sneaky").path))
    }
}
