import Testing
@testable import VetCore

@Suite("Weight, text and date of birth")
struct WeightTextDateTests {
    @Test("parses weights", arguments: [
        ("4.2", 4_200, "4.20 kg"), ("4.2kg", 4_200, "4.20 kg"), (" 4.2 KG ", 4_200, "4.20 kg"),
        ("350g", 350, "350 g"), ("350 g", 350, "350 g"), ("0.035", 35, "35 g"), ("1", 1_000, "1.00 kg"),
        ("4.205", 4_205, "4.21 kg"), ("1000", 1_000_000, "1,000.00 kg"), ("1g", 1, "1 g"),
    ])
    func parsesWeight(input: String, grams: Int, formatted: String) throws {
        let weight = try Weight(parsingKilograms: input)
        #expect(weight.grams == grams)
        #expect(weight.formatted == formatted)
    }

    @Test("refuses bad weights", arguments: [
        ("", "weight must not be empty"),
        ("heavy", "weight 'heavy' is not a weight, such as 4.2 kg or 350 g"),
        ("-4", "weight '-4' is not a weight, such as 4.2 kg or 350 g"),
        ("4.2lb", "weight '4.2lb' is not a weight, such as 4.2 kg or 350 g"),
        ("0", "weight '0' must be at least 1 g"),
        ("0g", "weight '0g' must be at least 1 g"),
        ("1000.001", "weight '1000.001' is more than the limit of 1,000 kg"),
        ("99999999", "weight '99999999' is more than the limit of 1,000 kg"),
        ("4.2345", "weight '4.2345' is more precise than a gram; use at most 3 decimal places"),
        ("350.5g", "weight '350.5g' must be a whole number of grams"),
    ])
    func refusesWeight(input: String, message: String) {
        #expect(throws: ValidationError(field: "weight", message: message)) { try Weight(parsingKilograms: input) }
    }

    @Test func kilogramsText() {
        #expect(Weight(grams: 4_200).kilogramsText == "4.2")
        #expect(Weight(grams: 5_000).kilogramsText == "5")
        #expect(Weight(grams: 35).kilogramsText == "0.035")
    }

    @Test func requiredText() throws {
        #expect(try TextRule.required("  Zoë \n", field: "first name", maxLength: 3) == "Zoë")
        #expect(throws: ValidationError(field: "first name", message: "first name must not be empty")) {
            try TextRule.required(" \t ", field: "first name", maxLength: 50)
        }
        #expect(throws: ValidationError(field: "notes", message: "notes is too long: 2,345 characters, the limit is 2,000")) {
            try TextRule.required(String(repeating: "x", count: 2_345), field: "notes", maxLength: 2_000)
        }
    }

    @Test func optionalText() throws {
        #expect(try TextRule.optional("   ", field: "notes", maxLength: 10) == nil)
        #expect(try TextRule.optional(nil, field: "notes", maxLength: 10) == nil)
        #expect(try TextRule.optional(" bites ", field: "alert", maxLength: 10) == "bites")
        #expect(throws: ValidationError(field: "alert", message: "alert is too long: 11 characters, the limit is 10")) {
            try TextRule.optional("12345678901", field: "alert", maxLength: 10)
        }
    }

    static let today = LocalDate(year: 2026, month: 3, day: 10) ?? LocalDate(daysSinceEpoch: 0)

    @Test("parses dates of birth", arguments: [
        ("2019-05-01", "2019-05-01", false), ("~2019-05-01", "2019-05-01", true), ("2019", "2019-07-01", true),
        ("~2019", "2019-07-01", true), ("2019-05", "2019-05-15", true), ("about 3 years", "2023-03-10", true),
        ("6 months", "2025-09-10", true), ("2y", "2024-03-10", true), ("2026", "2026-03-10", true),
        ("2026-03-10", "2026-03-10", false),
    ])
    func parsesBirth(input: String, iso: String, approximate: Bool) throws {
        let birth = try DateOfBirth(parsing: input, today: Self.today)
        #expect(birth.date.iso == iso)
        #expect(birth.isApproximate == approximate)
        #expect(try DateOfBirth(parsing: birth.formatted, today: Self.today) == birth)
    }

    @Test("refuses bad dates of birth", arguments: [
        ("", "date of birth must not be empty"),
        ("2026-03-11", "date of birth '2026-03-11' is in the future"),
        ("2027", "date of birth '2027' is in the future"),
        ("1899-12-31", "date of birth '1899-12-31' is before 1900"),
        ("2019-02-30", "date of birth '2019-02-30' is not a date; use 2019-05-01, 2019 or about 3 years"),
        ("last spring", "date of birth 'last spring' is not a date; use 2019-05-01, 2019 or about 3 years"),
    ])
    func refusesBirth(input: String, message: String) {
        #expect(throws: ValidationError(field: "date of birth", message: message)) {
            try DateOfBirth(parsing: input, today: Self.today)
        }
    }

    @Test func age() {
        let birth = DateOfBirth(date: LocalDate(year: 2019, month: 5, day: 1) ?? Self.today, isApproximate: false)
        #expect(birth.ageInYears(on: Self.today) == 6)
        #expect(birth.ageInYears(on: LocalDate(year: 2026, month: 5, day: 1) ?? Self.today) == 7)
    }
}
