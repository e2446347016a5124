import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The client form never refuses to save silently: text the database would refuse (too long
/// as stored) is named under its field before anything is sent to the store.
@MainActor
@Suite struct ClientFormSafeTextTests {
    private func fillClient(_ driver: AppDriver, lastName: [InputEvent]) {
        driver.send([.function(2)])
        driver.send([.tab])
        driver.type("Dafydd")
        driver.send([.tab])
        for event in lastName { driver.send(event) }
        driver.send([.tab]); driver.type("2 Quay Street")
        driver.send([.tab, .tab]); driver.type("Swansea")
        driver.send([.tab]); driver.type("SA1 1AA")
        driver.send([.tab]); driver.type("dafydd@example.com")
    }

    @Test func combiningMarkFloodIsNamedAsTooLongOnSave() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        driver.logIn("rita", "reception-pass")
        let flood = "E" + String(repeating: "\u{301}", count: 60_000)
        fillClient(driver, lastName: [.paste(flood)])
        driver.send([.function(2)])
        #expect(driver.screen.contains("last name is too long: 60,001 characters"), "\(driver.screen)")
        #expect(driver.app.stack.last?.screenID == AppCommands.ScreenID.clientForm)
        #expect(try practice.store.search("Dafydd").isEmpty)
    }
}
