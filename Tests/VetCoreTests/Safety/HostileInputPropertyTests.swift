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

    @Test func decemberNineNineNineNineIsRefusedNotACrash() throws {
        #expect(throws: ValidationError(field: "fee paid", message: "fee paid '9999-12-31' must be in the years 1900 to 2199")) {
            try LocalDate(parsing: "9999-12-31", field: "fee paid")
        }
        #expect(throws: ValidationError(field: "date", message: "date '0000-01-01' must be in the years 1900 to 2199")) {
            try LocalDate(parsing: "0000-01-01")
        }
        #expect(throws: ValidationError(field: "date", message: "date '2026-02-30' is not a date; use YYYY-MM-DD, such as 2026-03-31")) {
            try LocalDate(parsing: "2026-02-30")
        }
        #expect(LocalDate(iso: "9999-12-31") == nil)
        #expect(LocalDate(iso: "2199-12-31") != nil)
        #expect(LocalDate(storedISO: "2200-03-31") != nil)
        let last = try #require(LocalDate(year: 9999, month: 12, day: 31))
        #expect(last.adding(months: 1) == last)
        #expect(last.adding(days: 1) == last)
        #expect(last.adding(days: Int.max) == last)
        let first = try #require(LocalDate(year: 1, month: 1, day: 1))
        #expect(first.adding(months: Int.min) == first)
        #expect(first.adding(days: -1) == first)
    }

    @Test func dateArithmeticNeverTraps() async {
        let anyDay = Gen.int(in: -800_000...3_000_000).map { LocalDate(daysSinceEpoch: $0) }
        let steps = Gen<Int>.oneOf(Gen.int(in: -100_000...100_000), Gen.int())
        await propertyCheck(count: 2_000, input: anyDay, steps, Gen.int()) { date, step, huge in
            for result in [date.adding(months: step), date.adding(days: step), date.adding(months: huge),
                           date.adding(days: huge), LocalDate(daysSinceEpoch: huge)] {
                #expect(LocalDate.representableYears.contains(result.year))
                #expect(LocalDate(storedISO: result.iso) == result)
                _ = result.long
            }
            _ = date.days(until: LocalDate(daysSinceEpoch: huge))
        }
    }

    @Test func deadlinesAtTheEdgesOfTheEnteredYearsNeverTrap() async throws {
        let lastTyped = try #require(LocalDate(year: 2199, month: 12, day: 31))
        let firstTyped = try #require(LocalDate(year: 1900, month: 1, day: 1))
        let edgeDays = Gen.int(in: 0...120)
        await propertyCheck(count: 200, input: Gen<PracticeRegion>.case, edgeDays, Gen.bool, Gen.bool) {
            region, back, extended, fromStart in
            let received = fromStart ? firstTyped.adding(days: back) : lastTyped.adding(days: -back)
            let pause = ClarificationPause(asked: received.adding(days: back / 2))
            let input = RequestClockInput(received: received, region: region, feeAsked: received, feePaid: lastTyped,
                                          pauses: [pause], extended: extended)
            do throws(ValidationErrors) {
                let result = try DeadlineEngine.deadline(for: input, asOf: lastTyped)
                #expect(result.due >= received)
            } catch {
                for refusal in error.errors { #expect(!refusal.message.isEmpty) }
            }
        }
    }

    @Test func moneyArithmeticSaturatesInsteadOfTrapping() async {
        await propertyCheck(count: 2_000, input: Gen.int(), Gen.int(), Gen.int()) { a, b, points in
            let sum = Pence(a) + Pence(b)
            let difference = Pence(a) - Pence(b)
            let product = Pence(a) * b
            _ = -Pence(a)
            _ = VATRate(basisPoints: points).vat(on: Pence(a))
            if case (let exact, false) = a.addingReportingOverflow(b) { #expect(sum.value == exact) }
            if case (let exact, false) = a.subtractingReportingOverflow(b) { #expect(difference.value == exact) }
            if case (let exact, false) = a.multipliedReportingOverflow(by: b) { #expect(product.value == exact) }
            _ = Pence(a).formatted
            _ = Pence(a).plain
        }
    }

    @Test func vatOnLargeAmountsIsExactWhereItUsedToOverflow() {
        let net = Pence(99_999_999_999 * 10_000)
        #expect(VATRate.standard.vat(on: net) == Pence(99_999_999_999 * 2_000))
        #expect(VATRate(basisPoints: 1_750).vat(on: Pence(1_001)) == Pence(175))
        #expect(VATRate(basisPoints: 1_750).vat(on: Pence(-1_001)) == Pence(-175))
    }
}
