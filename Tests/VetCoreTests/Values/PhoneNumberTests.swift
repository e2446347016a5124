import Testing
@testable import VetCore

@Suite("Phone number")
struct PhoneNumberTests {
    @Test("equivalent ways of typing one mobile number", arguments: [
        "07700 900123", "07700900123", "+44 7700 900123", "0044 (0)7700-900123", "+44 (0)7700 900123",
        "+447700900123", "(07700) 900 123", "07700.900.123",
    ])
    func sameNumber(input: String) throws {
        let phone = try PhoneNumber(parsing: input)
        #expect(phone.digits == "07700900123")
        #expect(phone.e164 == "+447700900123")
        #expect(phone.formatted == "07700 900123")
        #expect(phone == (try PhoneNumber(parsing: "07700 900123")))
    }

    @Test("display formats", arguments: [
        ("01534 123456", "01534123456", "01534 123456", "+441534123456"),
        ("020 7946 0000", "02079460000", "020 7946 0000", "+442079460000"),
        ("0161 496 0000", "01614960000", "0161 496 0000", "+441614960000"),
        ("0113 496 0000", "01134960000", "0113 496 0000", "+441134960000"),
        ("0800 123456", "0800123456", "0800 123456", "+44800123456"),
        ("01481 712345", "01481712345", "01481 712345", "+441481712345"),
        ("+33 1 23 45 67 89", "0033123456789", "+33123456789", "+33123456789"),
        ("0033 1 23 45 67 89", "0033123456789", "+33123456789", "+33123456789"),
    ])
    func formats(input: String, digits: String, formatted: String, e164: String) throws {
        let phone = try PhoneNumber(parsing: input, label: .home)
        #expect(phone.digits == digits)
        #expect(phone.formatted == formatted)
        #expect(phone.e164 == e164)
        #expect(phone.label == .home)
    }

    @Test("refuses bad numbers", arguments: [
        ("", "phone must not be empty"),
        ("0770O 900123", "phone '0770O 900123' must not contain letters; type digits only"),
        ("07700 900123 ext", "phone '07700 900123 ext' must not contain letters; type digits only"),
        ("07700#900123", "phone '07700#900123' is not a phone number; use digits, spaces and + - ( ) only"),
        ("07700 90012", "phone '07700 90012' has too few digits: it has 10, a UK number has 11"),
        ("07700 9001234", "phone '07700 9001234' has too many digits: it has 12, a UK number has 11"),
        ("01534 1234", "phone '01534 1234' has too few digits: it has 9, a UK number has 10 or 11"),
        ("7700 900123", "phone '7700 900123' must start with 0, or with + and the country code"),
        ("04700 900123", "phone '04700 900123' is not a UK number: UK numbers start 01, 02, 03, 05, 07, 08 or 09"),
        ("+33 12", "phone '+33 12' has too few digits for an international number"),
        ("+33 1234567890123456", "phone '+33 1234567890123456' has too many digits: international numbers have at most 15"),
    ])
    func refuses(input: String, message: String) {
        #expect(throws: ValidationError(field: "phone", message: message)) {
            try PhoneNumber(parsing: input)
        }
    }

    @Test("search queries become index digits", arguments: [
        ("07700 900123", "07700900123"), ("+44 7700 9001", "077009001"), ("0044 (0)7700", "07700"),
        ("900123", "900123"), ("+33 1 23", "0033123"),
    ])
    func searchDigits(query: String, expected: String) {
        #expect(PhoneNumber.searchDigits(from: query) == expected)
    }

    @Test("non-phone queries give nil", arguments: ["smith", "JE3 7DE", "077", "", "07700 9001x"])
    func notPhoneLike(query: String) {
        #expect(PhoneNumber.searchDigits(from: query) == nil)
    }

    @Test func labels() throws {
        #expect(PhoneLabel.allCases.map(\.rawValue) == ["mobile", "home", "work", "other"])
        #expect(try PhoneLabel.parse("WORK", field: "label") == .work)
    }
}
