import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The merge screen after a stale save, at both sizes: long values wrap under themselves, and
/// Enter shows one field's three values whole.
@MainActor
@Suite struct MergeScreenGoldenTests {
    static let myNotes = "Prefers morning appointments; call the mobile first, then the home number. "
        + "The dog is nervous with other dogs in the waiting room, so she waits in the car until called in."
    static let theirNotes = "Moved to Gorey in March; new address confirmed by phone. Pays by card at the desk."

    @Test func mergeScreenAtBothSizes() throws {
        for (size, suffix) in ScreenGoldenTests.sizes {
            let practice = try TestPractice.make()
            let client = try practice.client(first: "Zoë", last: "Ó Briain", town: "St Helier")
            let driver = AppDriver(practice, size: size)
            driver.logIn("rita", "reception-pass")
            driver.type("Briain")
            driver.send([.enter, .function(4), .tab, .end])
            driver.type("-Marie")
            driver.send([.tab, .tab, .tab, .tab, .ctrl("u")])
            driver.type("St Aubin")
            for _ in 0..<5 { driver.send([.tab]) }
            driver.type(Self.myNotes)
            var form = ClientForm.from(client)
            form.town = "Gorey"
            form.notes = Self.theirNotes
            try practice.store.updateClient(id: client.id ?? 0, expectedVersion: client.version,
                                            details: form.validated(), as: practice.manager)
            driver.send([.function(2)])
            expectGolden(driver.screen, named: "merge-\(suffix)")
            driver.send([.end, .enter])
            expectGolden(driver.screen, named: "merge-notes-in-full-\(suffix)")
            driver.send([.escape])
            #expect(driver.app.stack.last?.screenID == AppCommands.MergeID.screen)
        }
    }
}
