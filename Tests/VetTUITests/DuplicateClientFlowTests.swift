import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Registering someone already on file: the warning matches emails whatever their capitals and
/// offers to open the existing record instead.
@MainActor
@Suite struct DuplicateClientFlowTests {
    @Test func aDuplicateEmailInOtherCapitalsOffersTheExistingClient() throws {
        let practice = try TestPractice.make()
        let existing = try practice.client(first: "Zara", last: "Smith", phone: "07700 900777", email: "Z.Smith@Example.net")
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.send([.function(2), .tab])
        driver.type("Zara")
        driver.send([.tab]); driver.type("Smyth")
        driver.send([.tab]); driver.type("2 Quay Street")
        driver.send([.tab, .tab]); driver.type("Swansea")
        driver.send([.tab]); driver.type("SA1 1AA")
        driver.send([.tab]); driver.type("z.smith@example.net")
        driver.send([.tab]); driver.type("07700 900778")
        driver.send([.function(2)])
        #expect(driver.flowingText.contains("Possible duplicate"), "\(driver.screen)")
        #expect(driver.flowingText.contains("Open existing"), "\(driver.screen)")
        driver.send([.character("o")])
        let record = try #require(driver.app.stack.last as? ClientRecordScreen, "\(driver.screen)")
        #expect(record.clientID == existing.id)
        #expect(try practice.store.search("Smyth").isEmpty, "no second client was registered")
    }
}
