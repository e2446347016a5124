import TUIKit

/// The keys every read-only text page shares: ↑↓ by a line, PgUp/PgDn by ten, Home to the top.
enum PageScroll {
    /// Moves `offset` for a scrolling key and says whether the key was one.
    static func handle(_ key: Key, offset: inout Int) -> Bool {
        switch key {
        case .down: offset += 1
        case .up: offset = max(0, offset - 1)
        case .pageDown: offset += 10
        case .pageUp: offset = max(0, offset - 10)
        case .home: offset = 0
        default: return false
        }
        return true
    }
}
