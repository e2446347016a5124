import Testing
@testable import VetCore

@Suite("Stored text is safe text")
struct SafeTextTests {
    @Test("single-line fields refuse control and direction characters, naming the field and the code", arguments: [
        ("Evans\u{1B}]0;pwned\u{07}", "last name must not contain control characters (found U+001B)"),
        ("Evans\u{07}", "last name must not contain control characters (found U+0007)"),
        ("Ev\u{0}ans", "last name must not contain control characters (found U+0000)"),
        ("Ev\u{7F}ans", "last name must not contain control characters (found U+007F)"),
        ("Ev\u{9B}ans", "last name must not contain control characters (found U+009B)"),
        ("Ev\u{85}ans", "last name must not contain control characters (found U+0085)"),
        ("Evans\u{202E}txt.exe", "last name must not contain text-direction characters (found U+202E)"),
        ("Evans\u{2066}x", "last name must not contain text-direction characters (found U+2066)"),
        ("Evans\u{200F}", "last name must not contain text-direction characters (found U+200F)"),
        ("Evans\u{061C}", "last name must not contain text-direction characters (found U+061C)"),
        ("Ev\nans", "last name must be on one line (found a line break, U+000A)"),
        ("Ev\r\nans", "last name must be on one line (found a line break, U+000D)"),
        ("Ev\tans", "last name must be on one line (found a tab, U+0009)"),
        ("Ev\u{2028}ans", "last name must be on one line (found a line break, U+2028)"),
    ])
    func singleLineRefuses(input: String, message: String) {
        #expect(throws: ValidationError(field: "last name", message: message)) {
            try TextRule.required(input, field: "last name", maxLength: 60)
        }
        #expect(throws: ValidationError(field: "last name", message: message)) {
            try TextRule.optional(input, field: "last name", maxLength: 60)
        }
    }

    @Test func multiLineNotesKeepLineBreaksAndTabsButRefuseControls() throws {
        let note = try TextRule.required("Vomiting\r\n\tsince Monday\rworse today\u{2029}eating", field: "notes",
                                         maxLength: 2000, lines: .multiple)
        #expect(note == "Vomiting\n\tsince Monday\nworse today\neating")
        #expect(throws: ValidationError(field: "notes", message: "notes must not contain control characters (found U+001B)")) {
            try TextRule.optional("ok\n\u{1B}[2J", field: "notes", maxLength: 2000, lines: .multiple)
        }
    }

    @Test func ordinaryNamesStillPass() throws {
        for name in ["Zoë", "Ó Briain", "O'Neill-Smith", "Nguyễn", "محمد", "李", "Ægir 👩‍⚕️", "Ruiz\u{200D}"] {
            #expect(try TextRule.required(name, field: "last name", maxLength: 60) == name)
        }
    }

    @Test func lengthCountsStoredCodePointsSoACombiningFloodIsTooLong() {
        let flood = "E" + String(repeating: "\u{301}", count: 60_000)
        #expect(flood.count == 1)
        #expect(throws: ValidationError(field: "last name", message: "last name is too long: 60,001 characters, the limit is 60")) {
            try TextRule.required(flood, field: "last name", maxLength: 60)
        }
    }

    @Test func everyEntityValidationRefusesAnEscapeSequence() throws {
        var client = ClientForm()
        client.firstName = "Dafydd"; client.lastName = "Evans"; client.addressLine1 = "2 Quay St\u{1B}[2J"
        client.town = "Swansea"; client.postcode = "SA1 1AA"; client.email = "d@example.com"
        #expect(throws: ValidationErrors([ValidationError(field: "address",
            message: "address must not contain control characters (found U+001B)")])) { try client.validated() }

        var pet = PetForm()
        pet.name = "Bryn\u{9B}"; pet.species = "Dog"
        let today = try #require(LocalDate(year: 2026, month: 3, day: 10))
        #expect(throws: ValidationErrors([ValidationError(field: "pet name",
            message: "pet name must not contain control characters (found U+009B)")])) { try pet.validated(today: today) }

        var consultation = ConsultationForm()
        consultation.reason = "Lame"
        consultation.plan = "Rest\n\u{1B}]0;pwned\u{07}"
        #expect(throws: ValidationErrors([ValidationError(field: "plan",
            message: "plan must not contain control characters (found U+001B)")])) { try consultation.validated(today: today) }
        consultation.plan = "Rest\nrecheck in 7 days"
        #expect(try consultation.validated(today: today).plan == "Rest\nrecheck in 7 days")

        let user = NewStaffUser(username: "eve", displayName: "Eve\u{202E}", role: .vet, password: "long-enough-pass")
        #expect(throws: ValidationErrors([ValidationError(field: "display name",
            message: "display name must not contain text-direction characters (found U+202E)")])) { try user.validated() }

        let settings = PracticeSettings(name: "Vets\u{7}", region: .jersey, dataProtectionContact: "dpo\n@x")
        #expect(throws: ValidationErrors([
            ValidationError(field: "practice name", message: "practice name must not contain control characters (found U+0007)"),
            ValidationError(field: "privacy contact", message: "privacy contact must be on one line (found a line break, U+000A)"),
        ])) { try settings.validate() }

        #expect(throws: ValidationError(field: "email", message: "email must not contain control characters (found U+001B)")) {
            try EmailAddress(parsing: "a\u{1B}b@example.com")
        }
        #expect(throws: ValidationError(field: "description",
                                        message: "description must not contain control characters (found U+001B)")) {
            try InvoiceLineValue.validated(description: "X\u{1B}", quantity: 1, unitPrice: 100, vatRate: .standard)
        }
    }

    @Test func treatmentLineTextIsChecked() throws {
        var consultation = ConsultationForm()
        consultation.reason = "Lame"
        consultation.lines = [TreatmentLine(priceItemID: nil, description: "Meloxicam", dose: "0.1 ml\u{1B}[2J",
                                            quantity: 1, unitPrice: 100, vatRate: .standard)]
        let today = try #require(LocalDate(year: 2026, month: 3, day: 10))
        #expect(throws: ValidationErrors([ValidationError(field: "line 1 dose",
            message: "line 1 dose must not contain control characters (found U+001B)")])) { try consultation.validated(today: today) }
    }

    @Test func visibleFormEscapesControlsAsJSONEscapes() {
        #expect(SafeText.visible("a\u{1B}]0;pwned\u{07}b") == "a\\u001B]0;pwned\\u0007b")
        #expect(SafeText.visible("x\ty\nz", keeping: ["\t", "\n"]) == "x\ty\nz")
        #expect(SafeText.visible("x\ty\nz") == "x\\u0009y\\u000Az")
        #expect(SafeText.visible("a,b\r\nc\rd\r", keeping: ["\n"]) == "a,b\r\nc\\u000Dd\\u000D")
        #expect(SafeText.visible("\u{202E}\u{9B}\u{7F}") == "\\u202E\\u009B\\u007F")
        #expect(SafeText.visible("Zoë 👩‍⚕️") == "Zoë 👩‍⚕️")
    }
}
