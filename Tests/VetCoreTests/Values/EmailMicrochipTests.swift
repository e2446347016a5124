import Testing
@testable import VetCore

@Suite("Email and microchip")
struct EmailMicrochipTests {
    @Test("accepts practical addresses, lowercasing the domain", arguments: [
        ("jo@example.com", "jo@example.com"), ("  Jo.Bloggs@Example.CO.UK ", "Jo.Bloggs@example.co.uk"),
        ("a+vet@mail.example.je", "a+vet@mail.example.je"), ("o'neill@my-practice.com", "o'neill@my-practice.com"),
    ])
    func acceptsEmail(input: String, value: String) throws {
        #expect(try EmailAddress(parsing: input).value == value)
    }

    @Test("refuses bad addresses", arguments: [
        ("", "email must not be empty"),
        ("jo bloggs@example.com", "email 'jo bloggs@example.com' must not contain spaces"),
        ("jo.example.com", "email 'jo.example.com' is missing the @"),
        ("jo@@example.com", "email 'jo@@example.com' must contain only one @"),
        ("@example.com", "email '@example.com' has nothing before the @"),
        ("jo@", "email 'jo@' has nothing after the @"),
        ("jo@example", "email 'jo@example' needs a dot after the @, as in example.com"),
        ("jo@example..com", "email 'jo@example..com' has an invalid domain 'example..com' after the @"),
        ("jo@-example.com", "email 'jo@-example.com' has an invalid domain '-example.com' after the @"),
        ("jo.@example.com", "email 'jo.@example.com' has a misplaced dot before the @"),
        (String(repeating: "a", count: 250) + "@x.com", "email is too long: 256 characters, the limit is 254"),
    ])
    func refusesEmail(input: String, message: String) {
        #expect(throws: ValidationError(field: "email", message: message)) { try EmailAddress(parsing: input) }
    }

    @Test("microchips: 15 digits, spaces dropped", arguments: [
        ("985141000123456", "985141000123456"), (" 985 141 000 123 456 ", "985141000123456"),
    ])
    func acceptsChip(input: String, value: String) throws {
        let chip = try Microchip(parsing: input)
        #expect(chip.value == value)
        #expect(chip.formatted == "985 141 000 123 456")
    }

    @Test("refuses bad microchips", arguments: [
        ("", "microchip must not be empty"),
        ("12345", "microchip '12345' must be 15 digits (it has 5)"),
        ("9851410001234567", "microchip '9851410001234567' must be 15 digits (it has 16)"),
        ("98514100012345A", "microchip '98514100012345A' must contain only digits"),
        ("985-141-000-123-456", "microchip '985-141-000-123-456' must contain only digits"),
    ])
    func refusesChip(input: String, message: String) {
        #expect(throws: ValidationError(field: "microchip", message: message)) { try Microchip(parsing: input) }
    }
}
