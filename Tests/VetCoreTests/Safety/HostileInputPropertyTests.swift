import PropertyBased
import Testing
@testable import VetCore

/// Random hostile text and extreme numbers through every parser of the core: each returns a
/// value or a refusal naming its field, and none of them traps.
@Suite("No crash on any input")
struct HostileInputPropertyTests {
    /// Pieces that parsers split, count or convert: separators, signs, huge and odd digits,
    /// control and direction characters, combining marks, emoji and look-alike digits.
    static let fragments: [String] = [
        "0", "1", "7", "12", "31", "02", "13", "2026", "9999", "0000", "1899", "2200", "99999999999999999999",
        "-", "+", ".", ",", "£", "%", "~", "/", "(0)", " ", "  ", "\t", "\n", "\r\n", "kg", "g", "years", "m",
        "about ", "y", "@", "example.com", "..", "JE3", "7DE", "BFPO", "GIR", "0AA", "+44", "0044", "07700",
        "\u{1B}", "\u{1B}[2J", "\u{1B}]0;pwned\u{07}", "\u{0}", "\u{7F}", "\u{85}", "\u{9B}", "\u{202E}", "\u{2066}",
        "\u{200F}", "\u{2028}", String(repeating: "\u{301}", count: 300), "e\u{301}", "👩‍👩‍👧", "🇯🇪", "１２", "٣",
        "Ⅻ", "½", "²", "ß", "İ", "Zoë", String(repeating: "9", count: 400), "-9223372036854775808",
        "9223372036854775807", "18446744073709551616", "e5", "0x1F", "NaN", "inf",
    ]

    static let hostile = Gen<String?>.element(of: fragments).map { $0 ?? "" }.array(of: 0...8).map { $0.joined() }
    static let today = LocalDate(year: 2026, month: 3, day: 10) ?? LocalDate(daysSinceEpoch: 0)

    /// A refusal must name a field, and its message must mention it.
    static func expectNamed(_ error: ValidationError, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!error.field.isEmpty, sourceLocation: sourceLocation)
        #expect(error.message.contains(error.field), "\(error.message)", sourceLocation: sourceLocation)
    }

    static func attempt<T>(_ parse: () throws(ValidationError) -> T,
                           sourceLocation: SourceLocation = #_sourceLocation) -> T? {
        do { return try parse() } catch {
            expectNamed(error, sourceLocation: sourceLocation)
            return nil
        }
    }

    @Test func valueParsersNeverTrap() async {
        await propertyCheck(count: 1_500, input: Self.hostile) { text in
            if let amount = Self.attempt({ () throws(ValidationError) in try Pence(parsing: text, allowNegative: true) }) {
                #expect(amount.value.magnitude <= Pence.maxTyped.value.magnitude)
            }
            if let weight = Self.attempt({ () throws(ValidationError) in try Weight(parsingKilograms: text) }) {
                #expect(Weight.validGrams.contains(weight.grams))
            }
            if let rate = Self.attempt({ () throws(ValidationError) in try VATRate(parsing: text) }) {
                #expect((0...10_000).contains(rate.basisPoints))
            }
            if let phone = Self.attempt({ () throws(ValidationError) in try PhoneNumber(parsing: text) }) {
                #expect(phone.digits.allSatisfy { $0.isASCII && $0.isNumber })
                _ = phone.formatted
            }
            if let postcode = Self.attempt({ () throws(ValidationError) in try Postcode(parsing: text) }) {
                #expect(postcode.compact.allSatisfy { $0.isASCII })
            }
            if let chip = Self.attempt({ () throws(ValidationError) in try Microchip(parsing: text) }) {
                #expect(chip.value.count == 15)
            }
            if let email = Self.attempt({ () throws(ValidationError) in try EmailAddress(parsing: text) }) {
                #expect(email.value.unicodeScalars.allSatisfy { !SafeText.isControl($0) && !SafeText.isDirectionControl($0) })
            }
            _ = Self.attempt { () throws(ValidationError) in try PetSex.parse(text, field: "sex") }
            _ = Self.attempt { () throws(ValidationError) in try PracticeRegion.parse(text) }
            _ = PhoneNumber.searchDigits(from: text)
            _ = SearchText.words(text)
        }
    }

    @Test func textRuleReturnsOnlySafeBoundedText() async {
        await propertyCheck(count: 1_500, input: Self.hostile, Gen.bool) { text, multiline in
            let lines: TextLines = multiline ? .multiple : .single
            guard let value = Self.attempt({ () throws(ValidationError) in
                try TextRule.optional(text, field: "notes", maxLength: 200, lines: lines)
            }) else { return }
            guard let value else { return }
            #expect(value.unicodeScalars.count <= 200)
            for scalar in value.unicodeScalars {
                let isAllowedBreak = multiline && (scalar == "\n" || scalar == "\t")
                #expect(isAllowedBreak || (!SafeText.isControl(scalar) && !SafeText.isDirectionControl(scalar)))
            }
            #expect(SafeText.visible(value, keeping: ["\n", "\t"]) == value)
        }
    }

    /// Whole forms filled with hostile text: every refusal names its field.
    @Test func formsNeverTrapAndNameEveryRefusedField() async {
        await propertyCheck(count: 400, input: Self.hostile, Self.hostile, Self.hostile) { first, second, third in
            var client = ClientForm()
            (client.title, client.firstName, client.lastName) = (first, second, third)
            (client.addressLine1, client.addressLine2, client.town) = (third, first, second)
            (client.postcode, client.email, client.notes) = (first, second, third)
            client.phones = [.init(label: .mobile, number: second), .init(label: .home, number: third)]
            do throws(ValidationErrors) { _ = try client.validated() } catch {
                for refusal in error.errors { Self.expectNamed(refusal) }
            }
            var pet = PetForm()
            (pet.name, pet.species, pet.breed, pet.sex, pet.neutered) = (first, second, third, first, second)
            (pet.dateOfBirth, pet.colour, pet.microchip, pet.alerts) = (third, first, second, third)
            do throws(ValidationErrors) { _ = try pet.validated(today: Self.today) } catch {
                for refusal in error.errors { Self.expectNamed(refusal) }
            }
            let user = NewStaffUser(username: first, displayName: second, role: .vet, password: third)
            do throws(ValidationErrors) { _ = try user.validated() } catch {
                for refusal in error.errors { Self.expectNamed(refusal) }
            }
            let settings = PracticeSettings(name: first, address: second, region: .jersey, dataProtectionContact: third)
            do throws(ValidationErrors) { try settings.validate() } catch {
                for refusal in error.errors { Self.expectNamed(refusal) }
            }
            _ = Self.attempt { () throws(ValidationError) in
                try InvoiceLineValue.validated(description: first, quantity: second.unicodeScalars.count - 3,
                                               unitPrice: Pence(third.utf8.count * 1_000_000_000), vatRate: .standard)
            }
            _ = Self.attempt { () throws(ValidationError) in try Role.parse(first, field: "role") }
            _ = Self.attempt { () throws(ValidationError) in try ConsentChannel.parse(second, field: "channel") }
        }
    }

    @Test func dateParsersNeverTrapAndKeepToTheirYears() async {
        let dateLike = Gen<String?>.element(of: ["0000", "0001", "1899", "1900", "2026", "2199", "2200", "9999", "-1", "",
                                                 "99999999999999999999"]).map { $0 ?? "" }
        let part = Gen<String?>.element(of: ["00", "01", "02", "12", "13", "28", "29", "30", "31", "32", "99", "-1", "1", ""])
            .map { $0 ?? "" }
        let dates = PropertyBased.zip(dateLike, part, part).map { "\($0)-\($1)-\($2)" }
        await propertyCheck(count: 1_500, input: Gen<String>.oneOf(dates, Self.hostile)) { text in
            if let date = Self.attempt({ () throws(ValidationError) in try LocalDate(parsing: text, field: "follow-up") }) {
                #expect(LocalDate.enteredYears.contains(date.year))
            }
            if let date = LocalDate(iso: text) { #expect(LocalDate.enteredYears.contains(date.year)) }
            if let birth = Self.attempt({ () throws(ValidationError) in try DateOfBirth(parsing: text, today: Self.today) }) {
                #expect(birth.date <= Self.today && birth.date.year >= 1900)
            }
            var consultation = ConsultationForm()
            consultation.reason = "Check"
            consultation.followUp = text
            consultation.weight = text
            consultation.kind = .video
            consultation.queueMinutes = text
            do throws(ValidationErrors) { _ = try consultation.validated(today: Self.today) } catch {
                for refusal in error.errors { Self.expectNamed(refusal) }
            }
        }
    }
}
