/// The scroll keys of a bounded text view (help, a row shown in full): ↑↓ by a line, PgUp/PgDn
/// by a page, Home/End to either end, never past the first or last page.
public enum ScrollKeys {
    /// The new first visible line for `key`, or nil when the key does not scroll.
    public static func top(after key: Key, from top: Int, pageSize: Int, lineCount: Int) -> Int? {
        let lastTop = max(0, lineCount - pageSize)
        let moved: Int
        switch key {
        case .up: moved = top - 1
        case .down: moved = top + 1
        case .pageUp: moved = top - pageSize
        case .pageDown: moved = top + pageSize
        case .home: moved = 0
        case .end: moved = lastTop
        default: return nil
        }
        return min(max(0, moved), lastTop)
    }
}
