import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Whole tasks driven through the keyboard against a real database file.
@MainActor
@Suite struct FlowTests {
    @Test func registerClientWithPetAndEmailConsentThenFindByPhone() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.function(2)])
        driver.send([.tab])
        driver.type("Dafydd")
        driver.send([.tab]); driver.type("Evans")
        driver.send([.tab]); driver.type("2 Quay Street")
        driver.send([.tab, .tab]); driver.type("Swansea")
        driver.send([.tab]); driver.type("SA1 1AA")
        driver.send([.tab]); driver.type("dafydd@example.com")
        driver.send([.tab]); driver.type("07700 900456")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Dafydd Evans"), "record opens after registering:\n\(driver.screen)")
        driver.send([.function(5)])
        driver.type("Bryn")
        driver.send([.tab]); driver.type("Dog")
        driver.send([.function(2)])
        #expect(driver.screen.contains("Bryn"))
        driver.send([.function(6), .character("g"), .tab, .tab] + Keys.typed("2026-01") + [.function(2), .escape])
        let view = try practice.store.search("07700900456")
        #expect(view.map(\.name) == ["Evans, Dafydd"])
        driver.send([.character("/")])
        driver.type("07700 900456")
        #expect(driver.screen.contains("Evans, Dafydd"))
        #expect(driver.screen.contains("phone"))
        let record = try practice.store.viewClient(id: view.first?.clientID ?? 0, as: practice.manager)
        #expect(record.pets.map(\.name) == ["Bryn"])
        #expect(record.currentConsent.contains { $0.channel == .email && $0.purpose == .practice && $0.action == .granted })
    }

    @Test func loggedAccessRequestAppearsInQueueWithItsDueDate() throws {
        let practice = try TestPractice.make()
        let zoe = try practice.client(first: "Zoë", last: "Ó Briain", email: "zoe@example.com")
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.type("Briain")
        driver.send([.enter, .function(8), .character(" "), .function(2)])
        #expect(driver.screen.contains("Reference: DSR-2026-0001"), "\(driver.screen)")
        driver.send([.function(9)])
        #expect(driver.screen.contains("Reference: DSR-2026-0001"), "the reference stays until it is dismissed")
        driver.send([.enter])
        #expect(driver.screen.contains("Logged DSR-2026-0001"), "\(driver.screen)")
        let due = try practice.store.requestQueue().first?.due
        #expect(due == LocalDate(year: 2026, month: 4, day: 10))
        driver.send([.function(9)])
        #expect(driver.screen.contains("DSR-2026-0001"))
        #expect(driver.screen.contains("2026-04-10"))
        #expect(driver.screen.contains("Ó Briain, Zoë"))
        _ = zoe
    }

    @Test func queueRefreshesOnTheTickWithAnotherTerminalsChanges() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("mary", "manager-pass")
        driver.send([.function(9)])
        #expect(driver.screen.contains("No requests match"))
        try practice.store.logRequest(NewRequest(kinds: [.access], requesterName: "A Person", channel: .phone,
                                                 receivedOn: TestPractice.today), as: practice.receptionist)
        driver.send(.tick)
        #expect(driver.screen.contains("DSR-2026-0001"))
    }

    @Test func escapeNeverQuits() throws {
        let driver = AppDriver(try TestPractice.make())
        driver.send([.escape, .escape])
        #expect(!driver.app.isFinished)
        driver.logIn("rita", "reception-pass")
        driver.send([.escape, .escape, .escape])
        #expect(!driver.app.isFinished)
        #expect(driver.screen.contains("To quit, press F10 or q"))
    }

    @Test func realCursorSitsOnTheFocusedField() throws {
        let driver = AppDriver(try TestPractice.make())
        driver.type("ri")
        #expect(driver.cursor == CursorPosition(row: 6, column: 14))
        driver.send([.tab])
        #expect(driver.cursor == CursorPosition(row: 7, column: 12))
    }

    @Test func quitWithoutUnsavedInputQuitsAtOnce() throws {
        let driver = AppDriver(try TestPractice.make())
        driver.logIn("rita", "reception-pass", landing: .today)
        driver.send([.function(10)])
        #expect(driver.app.isFinished)
    }

    @Test func quitWithUnsavedInputAsksFirst() throws {
        let driver = AppDriver(try TestPractice.make())
        driver.logIn("rita", "reception-pass")
        driver.send([.function(2)])
        driver.type("Half-typed")
        driver.send([.function(10)])
        #expect(!driver.app.isFinished)
        #expect(driver.screen.contains("Quit and lose it?"))
        driver.send([.enter])  // "No" is the default
        #expect(!driver.app.isFinished)
        #expect(driver.screen.contains("Half-typed"))
        driver.send([.function(10), .character("y")])
        #expect(driver.app.isFinished)
    }

    @Test func receptionistSeesManagerOnlyCommandsDisabledWithTheReason() throws {
        let driver = AppDriver(try TestPractice.make())
        driver.logIn("rita", "reception-pass")
        driver.send([.function(9)])
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.search)
        #expect(driver.flowingText.contains("A receptionist cannot work a data-protection request; ask a practice manager."))
        driver.send([.function(1)])
        #expect(driver.flowingText.contains("Data-protection request queue (unavailable: A receptionist cannot work a "
                                            + "data-protection request; ask a practice manager.)"), "help wraps in full")
    }

    @Test func idleTerminalLocksAndOnlyTheSameUsersPasswordUnlocks() throws {
        let driver = AppDriver(try TestPractice.make())
        driver.logIn("rita", "reception-pass")
        driver.send([.function(2)])
        driver.type("Kept")
        driver.app.lastInputAt = .distantPast
        driver.send(.tick)
        #expect(driver.screen.contains("This terminal is locked."))
        driver.type("wrong-password")
        driver.send([.enter])
        #expect(driver.screen.contains("This terminal is locked."))
        driver.type("reception-pass")
        driver.send([.enter])
        #expect(driver.screen.contains("Kept"))
    }

    @Test func keyReferenceListsEveryCommand() {
        let markdown = KeyReference.markdown()
        for command in AppCommands.table.commands {
            #expect(markdown.contains(command.title), "missing \(command.id)")
        }
        #expect(AppCommands.table.problems().isEmpty, "\(AppCommands.table.problems())")
    }

    @Test func everyFunctionKeyHasAPlainTwin() {
        for command in AppCommands.table.commands where command.keys.contains(where: \.isFunctionKey) {
            #expect(command.keys.contains { if case .character = $0 { true } else { false } }, "\(command.id)")
        }
    }
}

extension ClientForm {
    /// The typed form of a stored client, for tests that edit it behind the screen's back.
    static func from(_ client: Client) -> ClientForm {
        var form = ClientForm()
        form.firstName = client.firstName
        form.lastName = client.lastName
        form.addressLine1 = client.addressLine1
        form.town = client.town
        form.postcode = client.postcode
        form.email = client.email ?? ""
        form.phones = [ClientForm.PhoneEntry(label: .mobile, number: "07700 900123")]
        return form
    }
}
