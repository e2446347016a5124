import Testing
import VetCore

/// Stored diary times are read back by a byte-by-byte path; it must agree with the typed-input
/// parser on every text, valid or not.
@Suite struct LocalDateTimeStoredTests {
    @Test("the stored reading agrees with the parser", arguments: [
        "2026-03-13 09:00", "2026-12-31 23:59", "1900-01-01 00:00", "2199-12-31 23:45", "2024-02-29 12:30",
        "2025-02-29 12:30", "2026-13-01 10:00", "2026-03-13 24:00", "2026-03-13 09:60", "2300-01-01 10:00",
        "1899-12-31 10:00", " 2026-03-13 09:00", "2026-03-13T09:00", "2026-03-13 9:00", "2026-3-13 09:00", "",
        "２０２６-03-13 09:00", "2026-03-13  09:00",
    ])
    func storedAgreesWithParsing(_ text: String) {
        let parsed = try? LocalDateTime(parsing: text, field: "time")
        #expect(LocalDateTime(stored: text) == parsed, "\(text)")
    }

    @Test func aStoredTimeReadsBackAsWritten() throws {
        let time = try #require(LocalDateTime(stored: "2026-03-13 09:05"))
        #expect(time.description == "2026-03-13 09:05")
        #expect(time.hour == 9 && time.minute == 5 && time.date.day == 13)
    }
}
