import Foundation
import VetSQL

/// A database value as it appears in a pack's JSON: text, a whole number, a decimal or null.
public enum PackValue: Codable, Hashable, Sendable {
    case text(String), integer(Int64), decimal(Double), null

    init(_ value: SQLValue) {
        switch value {
        case .null: self = .null
        case .integer(let number): self = .integer(number)
        case .real(let number): self = .decimal(number)
        case .text(let text): self = .text(text)
        case .blob(let data): self = .text(data.base64EncodedString())
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null } else if let number = try? container.decode(Int64.self) {
            self = .integer(number)
        } else if let number = try? container.decode(Double.self) { self = .decimal(number) } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .integer(let number): try container.encode(number)
        case .decimal(let number): try container.encode(number)
        case .null: try container.encodeNil()
        }
    }

    /// The value as a person reads it; empty for null.
    public var text: String {
        switch self {
        case .text(let text): text
        case .integer(let number): String(number)
        case .decimal(let number): String(number)
        case .null: ""
        }
    }
}

/// Every row of one table that identifies the client, column by column in schema order.
public struct PackSection: Codable, Hashable, Sendable {
    public var table: String
    public var title: String
    public var columns: [String]
    public var rows: [[PackValue]]

    /// The value of `column` in `row`, or null.
    public func value(_ column: String, in row: [PackValue]) -> PackValue {
        guard let index = columns.firstIndex(of: column), index < row.count else { return .null }
        return row[index]
    }
}

/// A claim form whose paper photocopy must be fetched from the files.
public struct PaperRecord: Codable, Hashable, Sendable {
    public var claimID: Int64
    public var pet: String
    public var condition: String
    public var location: String
}

/// Something in the pack that may hold another person's data, to be checked before release.
public struct ReviewItem: Codable, Hashable, Sendable {
    public var table: String
    public var rowID: Int64?
    /// Why it needs a look.
    public var reason: String
    /// Where it is, in words: "Consultations, record 12, history (what you told us)".
    public var place: String
    /// The words around what was found, when it is in free text.
    public var found: String?

    public init(table: String, rowID: Int64?, reason: String, place: String? = nil, found: String? = nil) {
        self.table = table
        self.rowID = rowID
        self.reason = reason
        self.place = place ?? PackFields.title(of: table) + (rowID.map { ", record \($0)" } ?? "")
        self.found = found
    }
}

/// What `writeAccessPack` produced.
public struct AccessPackResult: Sendable {
    public var reference: String
    public var jsonFile: URL
    public var htmlFile: URL
    /// The staff-only file: paper records to fetch and items to review. Never sent.
    public var staffFile: URL
    public var sections: [PackSection]
    public var paperRecords: [PaperRecord]
    public var reviewItems: [ReviewItem]

    /// The section for `table`, if the pack has one.
    public func section(_ table: String) -> PackSection? { sections.first { $0.table == table } }
}
