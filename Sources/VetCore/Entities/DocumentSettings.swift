/// The paper a document is laid out for.
public enum PaperSize: String, Choice {
    /// A4 sheets: 80 columns by 60 lines a page, pages numbered, headings repeated.
    case a4
    /// An 80 mm receipt roll: 48 columns, one long page.
    case receipt

    public var displayName: String {
        switch self {
        case .a4: "A4"
        case .receipt: "Receipt roll (80 mm, 48 columns)"
        }
    }

    public static var fieldName: String { "paper" }
}

/// What printed documents carry and where they go: the practice's VAT number, the printer
/// (a CUPS queue name) and the paper it holds.
public struct DocumentSettings: Hashable, Sendable, Codable {
    /// Printed on every invoice; empty when the practice is not VAT-registered.
    public var vatNumber: String
    /// The CUPS queue documents are sent to; empty means the system's default printer.
    public var printer: String
    public var paper: PaperSize

    public init(vatNumber: String = "", printer: String = "", paper: PaperSize = .a4) {
        self.vatNumber = vatNumber
        self.printer = printer
        self.paper = paper
    }

    /// Refuses a VAT number or queue name no printer system would take, naming the field.
    public func validate() throws(ValidationErrors) {
        var check = Validator()
        _ = check.check { () throws(ValidationError) in try TextRule.optional(vatNumber, field: "VAT number", maxLength: 30) }
        _ = check.check { () throws(ValidationError) in try Self.checkQueue(printer) }
        try check.finish()
    }

    /// A CUPS queue name: up to 127 letters, digits, '-', '_' or '.', not starting with '-'
    /// (so it can never be read as an option of `lp`).
    public static func checkQueue(_ name: String, field: String = "printer") throws(ValidationError) {
        if name.isEmpty { return }
        let allowed = name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar))
        }
        guard allowed, name.count <= 127, !name.hasPrefix("-") else {
            throw ValidationError(field: field, message: "\(field) '\(name)' must be a printer queue name: up to 127 letters, "
                                  + "digits, '-', '_' or '.', not starting with '-'")
        }
    }
}
