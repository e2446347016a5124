import Testing
import Foundation
@testable import VetCore

@Suite("Postcode")
struct PostcodeTests {
    @Test("accepts UK, Channel Islands and special postcodes", arguments: [
        ("JE3 7DE", "JE3 7DE"), ("je37de", "JE3 7DE"), ("  je3   7de ", "JE3 7DE"),
        ("GY1 1AA", "GY1 1AA"), ("GY10 1AB", "GY10 1AB"), ("SW1A 1AA", "SW1A 1AA"),
        ("EC1A1BB", "EC1A 1BB"), ("W1A 0AX", "W1A 0AX"), ("M1 1AE", "M1 1AE"),
        ("B33 8TH", "B33 8TH"), ("CR2 6XH", "CR2 6XH"), ("DN55 1PT", "DN55 1PT"),
        ("BT1 5GS", "BT1 5GS"), ("IM1 1AA", "IM1 1AA"), ("gir0aa", "GIR 0AA"),
        ("BFPO 105", "BFPO 105"), ("bfpo1234", "BFPO 1234"), ("BF1 3AA", "BF1 3AA"),
    ])
    func accepts(input: String, formatted: String) throws {
        let postcode = try Postcode(parsing: input)
        #expect(postcode.formatted == formatted)
        #expect(postcode.compact == formatted.replacingOccurrences(of: " ", with: ""))
    }

    @Test func parts() throws {
        let jersey = try Postcode(parsing: "je2 3ab")
        #expect(jersey.outward == "JE2")
        #expect(jersey.isJersey)
        #expect(try !Postcode(parsing: "GY1 1AA").isJersey)
        #expect(try Postcode(parsing: "SW1A1AA").outward == "SW1A")
    }

    @Test("refuses bad postcodes naming the field and rule", arguments: [
        ("", "postcode must not be empty"),
        ("   ", "postcode must not be empty"),
        ("JE3 7D", "postcode 'JE3 7D' is incomplete"),
        ("je37d", "postcode 'je37d' is incomplete"),
        ("JE3", "postcode 'JE3' is incomplete"),
        ("SW1A 1", "postcode 'SW1A 1' is incomplete"),
        ("BFPO", "postcode 'BFPO' is incomplete: add the BFPO number"),
        ("XYZ", "postcode 'XYZ' is not a UK or Channel Islands postcode"),
        ("QQ1 1AA", "postcode 'QQ1 1AA' is not a UK or Channel Islands postcode"),
        ("SW1A 1AC", "postcode 'SW1A 1AC' is not a UK or Channel Islands postcode"),
        ("JE3 7DE X", "postcode 'JE3 7DE X' is not a UK or Channel Islands postcode"),
        ("JE3-7DE", "postcode 'JE3-7DE' is not a UK or Channel Islands postcode"),
        ("75008", "postcode '75008' is not a UK or Channel Islands postcode"),
        ("A", "postcode 'A' is not a UK or Channel Islands postcode"),
        ("9", "postcode '9' is not a UK or Channel Islands postcode"),
        ("JE6 1AA", "postcode 'JE6 1AA' is not a Jersey postcode: Jersey districts are JE1 to JE5"),
        ("GY11 1AA", "postcode 'GY11 1AA' is not a Guernsey postcode: Guernsey districts are GY1 to GY10"),
    ])
    func refuses(input: String, message: String) {
        #expect(throws: ValidationError(field: "postcode", message: message)) {
            try Postcode(parsing: input)
        }
    }

    @Test func usesGivenFieldName() {
        #expect(throws: ValidationError(field: "billing postcode", message: "billing postcode 'XYZ' is not a UK or Channel Islands postcode")) {
            try Postcode(parsing: "XYZ", field: "billing postcode")
        }
    }

    @Test func codableRoundTrip() throws {
        let postcode = try Postcode(parsing: "je37de")
        let data = try JSONEncoder().encode([postcode])
        #expect(String(decoding: data, as: UTF8.self) == #"["JE3 7DE"]"#)
        #expect(try JSONDecoder().decode([Postcode].self, from: data) == [postcode])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Postcode].self, from: Data(#"["XYZ"]"#.utf8)) }
    }
}
