import Foundation
import VetCore
import VetSQL

/// A letter sent about a request, as recorded on it.
public struct RequestLetter: SQLIdentifiedRecord, Hashable {
    public static let tableName = "dsr_letter"
    public var id: Int64?
    public var requestId: Int64
    public var kind: LetterKind
    public var sentOn: LocalDate
    public var sentAt: Date
    public var sentBy: Int64
    /// The file written or the printer job, as the person was told.
    public var deliveredTo: String
    /// "shipped" or the path of the practice's own template.
    public var template: String
    /// Set when the letter went after the time limit for it (a fee request or refusal after the due date).
    public var lateNote: String?
}

/// A letter filled and checked against the request's clock, ready to be written or printed.
public struct PreparedLetter: Sendable, Hashable {
    public var requestID: Int64
    public var reference: String
    public var kind: LetterKind
    public var date: LocalDate
    public var text: String
    public var template: String
    /// Why the letter is late, when it is; shown to the person and kept with the letter.
    public var lateNote: String?

    /// "DSR-2026-0007 Extension notice".
    public var title: String { "\(reference) \(kind.displayName)" }
    /// "DSR-2026-0007-extension-2026-03-20.txt".
    public var fileName: String { "\(reference)-\(kind.rawValue)-\(date.iso).txt" }
}
