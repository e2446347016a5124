import Crypto
import Foundation
import VetCore

/// One place in the text that is kept where a person's identifier was found: which table, row and
/// field, what kind of identifier, and the text around it so the manager can judge.
public struct FreeTextHit: Codable, Hashable, Sendable {
    /// What a redacted match becomes.
    public static let redaction = "[redacted]"

    /// Short and stable while the text is unchanged ("H3fa9c2d1"): what `--keep HIT=REASON` names.
    public var id: String
    public var clientID: Int64
    public var table: String
    public var rowID: Int64
    public var field: String
    /// name, phone, email, address or postcode.
    public var kind: String
    public var matched: String
    /// The match with up to 30 characters either side, on one line.
    public var context: String
    /// Where, in words: "consultation 12, subjective".
    public var location: String { "\(table.replacingOccurrences(of: "_", with: " ")) \(rowID), \(field.replacingOccurrences(of: "_", with: " "))" }
    var range: NSRange { NSRange(location: start, length: length) }
    var start: Int
    var length: Int

    init(clientID: Int64, table: String, rowID: Int64, field: String, text: String, match: PersonFinder.Match) {
        let nsText = text as NSString
        let matched = nsText.substring(with: match.range)
        let before = max(0, match.range.location - 30)
        let after = min(nsText.length, NSMaxRange(match.range) + 30)
        let around = nsText.substring(with: NSRange(location: before, length: after - before))
            .replacingOccurrences(of: "\n", with: " ")
        self.clientID = clientID
        self.table = table
        self.rowID = rowID
        self.field = field
        self.kind = match.kind.rawValue
        self.matched = matched
        self.context = (before > 0 ? "…" : "") + around + (after < nsText.length ? "…" : "")
        self.start = match.range.location
        self.length = match.range.length
        let key = "\(table)|\(rowID)|\(field)|\(start)|\(matched)"
        id = "H" + SHA256.hash(data: Data(key.utf8)).prefix(4).map { String(format: "%02x", $0) }.joined()
    }
}

/// A kept pet whose microchip number goes unless a reason to keep it is recorded: national
/// registries link the number to the owner.
public struct KeptMicrochip: Codable, Hashable, Sendable {
    public var petID: Int64
    public var petName: String
    public var microchip: String
}

/// What the manager decided about the hits before an erasure or anonymisation runs.
public struct FreeTextDecisions: Sendable, Equatable {
    /// Redact every hit not kept.
    public var redactAll: Bool
    /// Hit id → why the matched text stays.
    public var kept: [String: String]
    /// Pet id → why its microchip stays.
    public var keptMicrochips: [Int64: String]
    /// Why the requester's name and contact stay on the request register, and until when.
    public var requesterKept: (reason: String, until: LocalDate)?

    public init(redactAll: Bool = false, kept: [String: String] = [:], keptMicrochips: [Int64: String] = [:],
                requesterKept: (reason: String, until: LocalDate)? = nil) {
        self.redactAll = redactAll
        self.kept = kept
        self.keptMicrochips = keptMicrochips
        self.requesterKept = requesterKept
    }

    public static let none = FreeTextDecisions()

    public static func == (lhs: FreeTextDecisions, rhs: FreeTextDecisions) -> Bool {
        lhs.redactAll == rhs.redactAll && lhs.kept == rhs.kept && lhs.keptMicrochips == rhs.keptMicrochips
            && lhs.requesterKept?.reason == rhs.requesterKept?.reason && lhs.requesterKept?.until == rhs.requesterKept?.until
    }
}

/// What must be decided before a person's identity is removed: the hits in the text that is kept,
/// the kept pets' microchips, and the files written earlier that hold the person (to delete, and
/// record as deleted).
public struct ErasureReview: Sendable {
    public var hits: [FreeTextHit]
    public var microchips: [KeptMicrochip]
    public var exports: [ExportLogEntry]

    public init(hits: [FreeTextHit], microchips: [KeptMicrochip], exports: [ExportLogEntry] = []) {
        self.hits = hits
        self.microchips = microchips
        self.exports = exports
    }

    /// Nothing to decide and no file to chase.
    public var isEmpty: Bool { hits.isEmpty && microchips.isEmpty && exports.isEmpty }

    /// Hits neither kept with a reason nor covered by "redact all".
    public func undecided(_ decisions: FreeTextDecisions) -> [FreeTextHit] {
        decisions.redactAll ? [] : hits.filter { decisions.kept[$0.id] == nil }
    }
}
