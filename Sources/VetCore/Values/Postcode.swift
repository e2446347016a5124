/// A UK, Crown-dependency or BFPO postcode, checked so that letters and search by postcode work.
///
/// Accepts any case, with or without the space ("je37de", "JE3  7DE"). Stored compact; the
/// outward code's area must be a real postcode area and Channel Islands districts must exist
/// (JE1–JE5, GY1–GY10), because a typo there sends post to the wrong island.
public struct Postcode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// "JE3", "SW1A", "GIR" or "BFPO".
    public let outward: String
    /// "7DE"; for BFPO the number ("105").
    public let inward: String

    public init(parsing text: String, field: String = "postcode") throws(ValidationError) {
        let shown = ValueText.trimmed(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if shown.isEmpty {
            throw ValidationError(field: field, message: "\(field) must not be empty")
        }
        let compact = shown.uppercased().filter { !$0.isWhitespace }
        let notPostcode = ValidationError(field: field, message: "\(field) '\(shown)' is not a UK or Channel Islands postcode")
        guard compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { throw notPostcode }

        if compact == "GIR0AA" {
            (outward, inward) = ("GIR", "0AA")
            return
        }
        if compact.hasPrefix("BFPO") {
            let number = compact.dropFirst(4)
            if number.isEmpty {
                throw ValidationError(field: field, message: "\(field) '\(shown)' is incomplete: add the BFPO number")
            }
            guard ValueText.isDigits(number), number.count <= 4 else { throw notPostcode }
            (outward, inward) = ("BFPO", String(number))
            return
        }
        if compact.count >= 5 {
            let out = String(compact.dropLast(3))
            let inw = String(compact.suffix(3))
            if Postcode.isInward(inw), Postcode.isOutwardShape(out) {
                try Postcode.checkArea(out, shown: shown, field: field)
                (outward, inward) = (out, inw)
                return
            }
        }
        // Not whole: is it the start of a real postcode ("JE3", "JE3 7D")?
        for split in stride(from: 2, through: min(4, compact.count), by: 1) {
            let out = String(compact.prefix(split))
            let rest = String(compact.dropFirst(split))
            if rest.count < 3, Postcode.isInwardPrefix(rest), Postcode.isOutwardShape(out),
               Postcode.areas.contains(Postcode.area(of: out)) {
                throw ValidationError(field: field, message: "\(field) '\(shown)' is incomplete")
            }
        }
        throw notPostcode
    }

    /// "JE3 7DE", "BFPO 105": the form printed on letters.
    public var formatted: String { "\(outward) \(inward)" }
    /// "JE37DE": the form used in the search index.
    public var compact: String { outward + inward }
    /// True for Jersey (JE) postcodes; the practice's region rules may differ for these clients.
    public var isJersey: Bool { Postcode.area(of: outward) == "JE" }
    /// True for Guernsey (GY) postcodes.
    public var isGuernsey: Bool { Postcode.area(of: outward) == "GY" }
    public var description: String { formatted }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { self = try Postcode(parsing: text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(formatted)
    }
}

extension Postcode {
    /// Every postcode area in use: Great Britain, Northern Ireland (BT), the Crown
    /// dependencies (GY, JE, IM) and the forces/non-geographic areas (BF, BX).
    static let areas: Set<String> = [
        "AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "BX",
        "CA", "CB", "CF", "CH", "CM", "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG",
        "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX", "FK", "FY", "G", "GL",
        "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV",
        "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M",
        "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE",
        "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM",
        "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR",
        "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE",
    ]

    /// Letters never used in the last two places of a postcode.
    private static let inwardExcluded: Set<Character> = ["C", "I", "K", "M", "O", "V"]

    static func area(of outward: String) -> String { String(outward.prefix { $0.isLetter }) }

    /// A9, A99, AA9, AA99, A9A or AA9A.
    static func isOutwardShape(_ text: String) -> Bool {
        let shape = String(text.map { $0.isLetter ? "A" : "9" })
        return ["A9", "A99", "AA9", "AA99", "A9A", "AA9A"].contains(shape)
    }

    /// 9AA, with the letters postcodes never use in the inward code excluded.
    static func isInward(_ text: String) -> Bool {
        text.count == 3 && isInwardPrefix(text)
    }

    static func isInwardPrefix(_ text: String) -> Bool {
        for (index, char) in text.enumerated() {
            if index == 0 ? !char.isNumber : (!char.isLetter || inwardExcluded.contains(char)) { return false }
        }
        return true
    }

    private static func checkArea(_ outward: String, shown: String, field: String) throws(ValidationError) {
        let area = area(of: outward)
        guard areas.contains(area) else {
            throw ValidationError(field: field, message: "\(field) '\(shown)' is not a UK or Channel Islands postcode")
        }
        let district = Int(outward.dropFirst(area.count)) ?? 0
        if area == "JE", !(1...5).contains(district) {
            throw ValidationError(field: field,
                                  message: "\(field) '\(shown)' is not a Jersey postcode: Jersey districts are JE1 to JE5")
        }
        if area == "GY", !(1...10).contains(district) {
            throw ValidationError(field: field,
                                  message: "\(field) '\(shown)' is not a Guernsey postcode: Guernsey districts are GY1 to GY10")
        }
    }
}
