import Testing
@testable import VetCore

@Suite("Money and VAT")
struct MoneyTests {
    @Test("parses amounts", arguments: [
        ("12", 1200), ("12.5", 1250), ("12.50", 1250), ("£1,234.56", 123_456), (" £0.05 ", 5),
        ("1234567.89", 123_456_789), (".5", 50), ("£999,999,999.99", 99_999_999_999), ("0", 0),
    ])
    func parses(input: String, pence: Int) throws {
        #expect(try Pence(parsing: input).value == pence)
    }

    @Test("negatives only when allowed", arguments: [("-3", -300), ("-£3.00", -300), ("£-12.5", -1250)])
    func negatives(input: String, pence: Int) throws {
        #expect(try Pence(parsing: input, allowNegative: true).value == pence)
        #expect(throws: ValidationError(field: "amount", message: "amount '\(input)' must not be negative")) {
            try Pence(parsing: input)
        }
    }

    @Test("refuses bad amounts", arguments: [
        ("", "amount must not be empty"),
        ("12.345", "amount '12.345' has more than 2 decimal places"),
        ("abc", "amount 'abc' is not an amount of money, such as 12.50"),
        ("12.", "amount '12.' is not an amount of money, such as 12.50"),
        ("1.2.3", "amount '1.2.3' is not an amount of money, such as 12.50"),
        ("£", "amount '£' is not an amount of money, such as 12.50"),
        ("12 50", "amount '12 50' is not an amount of money, such as 12.50"),
        ("1,23", "amount '1,23' has a misplaced comma; write thousands as 1,234.56"),
        ("1234,567", "amount '1234,567' has a misplaced comma; write thousands as 1,234.56"),
        ("1000000000", "amount '1000000000' is too large; the limit is £999,999,999.99"),
    ])
    func refuses(input: String, message: String) {
        #expect(throws: ValidationError(field: "amount", message: message)) { try Pence(parsing: input) }
    }

    @Test func fieldNameIsUsed() {
        #expect(throws: ValidationError(field: "unit price", message: "unit price 'x' is not an amount of money, such as 12.50")) {
            try Pence(parsing: "x", field: "unit price")
        }
    }

    @Test("formats", arguments: [
        (123_456, "£1,234.56", "1234.56"), (-300, "-£3.00", "-3.00"), (5, "£0.05", "0.05"),
        (0, "£0.00", "0.00"), (100_000_000, "£1,000,000.00", "1000000.00"), (-99, "-£0.99", "-0.99"),
    ])
    func formats(pence: Int, formatted: String, plain: String) {
        #expect(Pence(pence).formatted == formatted)
        #expect(Pence(pence).plain == plain)
    }

    @Test func arithmetic() {
        let a: Pence = 250
        #expect(a + 100 == Pence(350))
        #expect(a - 300 == Pence(-50))
        #expect(a * 3 == Pence(750))
        #expect(-a == Pence(-250))
        #expect([a, 50, 1].sum() == Pence(301))
        #expect(Pence(1) < Pence(2))
    }

    @Test("VAT rounds half up per line", arguments: [
        (1000, 2000, 200), (1, 2000, 0), (2, 2000, 0), (3, 2000, 1), (5, 2000, 1), (12, 500, 1),
        (10, 500, 1), (9, 500, 0), (-3, 2000, -1), (-2, 2000, 0), (1999, 2000, 400), (1234, 0, 0), (333, 1750, 58),
    ])
    func vat(net: Int, basisPoints: Int, expected: Int) {
        #expect(VATRate(basisPoints: basisPoints).vat(on: Pence(net)) == Pence(expected))
    }

    @Test("parses VAT rates", arguments: [
        ("20%", 2000), ("20", 2000), ("17.5%", 1750), ("5 %", 500), ("0", 0), ("100%", 10_000), ("12.25", 1225),
    ])
    func parsesRate(input: String, basisPoints: Int) throws {
        #expect(try VATRate(parsing: input).basisPoints == basisPoints)
    }

    @Test("refuses bad VAT rates", arguments: [
        ("", "VAT rate must not be empty"),
        ("twenty", "VAT rate 'twenty' is not a percentage, such as 20%"),
        ("-5%", "VAT rate '-5%' is not a percentage, such as 20%"),
        ("101%", "VAT rate '101%' must be between 0% and 100%"),
        ("5000", "VAT rate '5000' must be between 0% and 100%"),
        ("17.555", "VAT rate '17.555' has more than 2 decimal places"),
    ])
    func refusesRate(input: String, message: String) {
        #expect(throws: ValidationError(field: "VAT rate", message: message)) { try VATRate(parsing: input) }
    }

    @Test func rateNames() {
        #expect(VATRate.standard.formatted == "20%")
        #expect(VATRate.reduced.formatted == "5%")
        #expect(VATRate.zero.formatted == "0%")
        #expect(VATRate(basisPoints: 1750).formatted == "17.5%")
        #expect(VATRate(basisPoints: 1225).formatted == "12.25%")
    }

    @Test func invoiceTotalsSumRoundedLines() {
        let lines = [
            InvoiceLineValue(description: "Consultation", quantity: 1, unitPrice: 4_250, vatRate: .standard),
            InvoiceLineValue(description: "Tablet", quantity: 3, unitPrice: 33, vatRate: .standard),
            InvoiceLineValue(description: "Tablet", quantity: 3, unitPrice: 33, vatRate: .standard),
            InvoiceLineValue("Food", quantity: 2, unitPrice: 1_005, vatRate: .reduced),
        ]
        #expect(lines[1].net == Pence(99))
        #expect(lines[1].vat == Pence(20))  // 19.8 → 20
        #expect(lines[3].vat == Pence(101))  // 100.5 → 101
        let totals = InvoiceTotals(lines: lines)
        #expect(totals.net == Pence(4_250 + 99 + 99 + 2_010))
        #expect(totals.vat == Pence(850 + 20 + 20 + 101))
        #expect(totals.gross == totals.net + totals.vat)
        #expect(InvoiceTotals.vatByRate(lines) == [.standard: Pence(890), .reduced: Pence(101)])
    }

    @Test func validatedInvoiceLines() throws {
        let line = try InvoiceLineValue.validated(description: "  Vaccination ", quantity: 2, unitPrice: 3_000, vatRate: .standard)
        #expect(line.description == "Vaccination")
        #expect(line.gross == Pence(7_200))
        #expect(throws: ValidationError(field: "quantity", message: "quantity 0 must be between 1 and 100,000")) {
            try InvoiceLineValue.validated(description: "X", quantity: 0, unitPrice: 1, vatRate: .zero)
        }
        #expect(throws: ValidationError(field: "description", message: "description must not be empty")) {
            try InvoiceLineValue.validated(description: " ", quantity: 1, unitPrice: 1, vatRate: .zero)
        }
        #expect(throws: ValidationError(field: "unit price", message: "unit price -£0.01 must not be negative")) {
            try InvoiceLineValue.validated(description: "X", quantity: 1, unitPrice: -1, vatRate: .zero)
        }
    }
}
