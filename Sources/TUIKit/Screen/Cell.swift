/// One character cell of the screen. A wide character occupies its cell and the following
/// *continuation* cell, so column arithmetic stays simple and terminals stay in step.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here (a combining mark is appended to its base); empty for a
    /// continuation cell.
    public var grapheme: String
    public var role: StyleRole
    /// True for the right half of a wide character.
    public var isContinuation: Bool

    public init(_ grapheme: String = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A space in the given role.
    public static func blank(_ role: StyleRole = .normal) -> Cell {
        Cell(" ", role: role)
    }

    /// Columns this cell's grapheme covers: 2 for the lead cell of a wide character, 0 for
    /// its continuation, otherwise 1.
    public var width: Int {
        isContinuation ? 0 : max(1, displayWidth(grapheme))
    }
}
