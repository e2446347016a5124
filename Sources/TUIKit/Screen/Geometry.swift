/// A terminal size in character cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
    public var rows: Int
    public var columns: Int

    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }

    /// The smallest size VetDesk lays out for; below it the too-small view is shown.
    public static let minimum = TerminalSize(rows: 24, columns: 80)

    /// True when both dimensions are at least those of `other`.
    public func isAtLeast(_ other: TerminalSize) -> Bool {
        rows >= other.rows && columns >= other.columns
    }

    /// "80×24", columns first, as terminal emulators show it.
    public var description: String { "\(columns)×\(rows)" }
}

/// A cell position: row and column from the top-left, zero-based.
public struct CursorPosition: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// A rectangle of cells inside a screen buffer; widgets render into one.
public struct Rect: Hashable, Sendable {
    public var row: Int
    public var column: Int
    public var height: Int
    public var width: Int

    public init(row: Int, column: Int, height: Int, width: Int) {
        self.row = row
        self.column = column
        self.height = max(0, height)
        self.width = max(0, width)
    }

    /// The whole of a screen of `size`.
    public init(size: TerminalSize) {
        self.init(row: 0, column: 0, height: size.rows, width: size.columns)
    }

    public var isEmpty: Bool { height == 0 || width == 0 }
    public var bottom: Int { row + height }
    public var right: Int { column + width }
}
