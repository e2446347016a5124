import GRDB
import Testing
import VetCore
@testable import VetStore
import VetSQL

/// A value that slips past validation and meets a CHECK constraint is reported as a sentence
/// naming the field and the rule, never as SQLite's "CHECK constraint failed".
@Suite struct CheckConstraintMessageTests {
    @Test(arguments: [
        ("CHECK constraint failed: length(last_name) <= 60", "last name must be at most 60 characters; nothing was saved"),
        ("CHECK constraint failed: length(display_name) BETWEEN 1 AND 60",
         "display name must be from 1 to 60 characters; nothing was saved"),
        ("CHECK constraint failed: microchip IS NULL OR (length(microchip) = 15 AND microchip NOT GLOB '*[^0-9]*')",
         "microchip has a length the database does not allow; nothing was saved"),
        ("CHECK constraint failed: quantity > 0", "quantity has a value the database does not allow; nothing was saved"),
        ("CHECK constraint failed", "a value was outside what the database allows; nothing was saved"),
    ])
    func checkFailuresNameTheField(_ message: String, _ sentence: String) {
        let error = DatabaseError(resultCode: .SQLITE_CONSTRAINT_CHECK, message: message)
        #expect(ConstraintMessages.sentence(for: error) == sentence)
    }

    @Test(arguments: SQLDialect.allCases)
    func aCombiningMarkFloodWrittenPastValidationGetsAFieldSentence(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let flood = "E" + String(repeating: "\u{301}", count: 600)
        let details = ClientDetails(title: nil, firstName: "Dafydd", lastName: flood, addressLine1: "2 Quay Street",
                                    addressLine2: nil, town: "Swansea", postcode: try Postcode(parsing: "SA1 1AA"),
                                    email: try EmailAddress(parsing: "d@example.com"), phones: [], notes: nil)
        do {
            _ = try practice.database.registerClient(details, as: practice.manager)
            Issue.record("a 601-character last name was stored")
        } catch {
            #expect("\(error)".contains("last name must be at most 60 characters"), "\(error)")
            #expect(!"\(error)".contains("CHECK constraint failed"))
        }
    }
}
