import VetCore

/// The page a document is laid out for. A4 is 80 columns by 60 lines — what CUPS's text filter
/// fits on an A4 sheet at 12 characters an inch and 6 lines an inch inside its margins — with
/// the heading repeated and "Page x of y" on every page. A receipt is the common 80 mm roll:
/// 48 columns and one page as long as it needs.
public struct PrintLayout: Sendable, Hashable {
    public let paper: PaperSize
    public let width: Int
    /// Lines on a page, or nil for a roll that never breaks.
    public let pageLines: Int?

    public init(_ paper: PaperSize) {
        self.paper = paper
        switch paper {
        case .a4:
            width = 80
            pageLines = 60
        case .receipt:
            width = 48
            pageLines = nil
        }
    }

    /// The `lp` options that make the printer lay the text out as it was rendered.
    var lpOptions: [String] {
        switch paper {
        case .a4: ["-o", "media=A4", "-o", "cpi=12", "-o", "lpi=6"]
        case .receipt: ["-o", "raw"]
        }
    }

    /// Blank lines fed after a receipt so that the end clears the tear bar.
    static let receiptFeed = 4
}
