/// Selection and scrolling for any vertical list; the data lives with the screen.
/// `pageSize` is the number of visible rows, set by the screen from its layout.
public struct ListState: Hashable, Sendable {
    public private(set) var itemCount: Int
    public private(set) var selectedIndex: Int?
    /// Index of the first visible item.
    public private(set) var scrollOffset: Int
    public var pageSize: Int {
        didSet { pageSize = max(1, pageSize); keepSelectionVisible() }
    }

    public init(itemCount: Int = 0, selectedIndex: Int? = nil, pageSize: Int = 10) {
        self.itemCount = max(0, itemCount)
        self.pageSize = max(1, pageSize)
        self.scrollOffset = 0
        self.selectedIndex = nil
        select(selectedIndex ?? 0)
    }

    /// Replaces the item count (after a search, say), keeping the selection in range.
    public mutating func setItemCount(_ count: Int) {
        itemCount = max(0, count)
        select(selectedIndex ?? 0)
    }

    /// Selects an index, clamped to the list, scrolling to show it.
    public mutating func select(_ index: Int) {
        selectedIndex = itemCount == 0 ? nil : min(max(0, index), itemCount - 1)
        keepSelectionVisible()
    }

    /// Arrows, PgUp/PgDn and Home/End move the selection; everything else is left to the screen.
    public mutating func handle(_ key: Key) -> KeyHandling {
        guard itemCount > 0, let current = selectedIndex else {
            return isNavigation(key) ? .handled : .notHandled
        }
        switch key {
        case .up: select(current - 1)
        case .down: select(current + 1)
        case .pageUp: select(current - pageSize)
        case .pageDown: select(current + pageSize)
        case .home: select(0)
        case .end: select(itemCount - 1)
        default: return .notHandled
        }
        return .handled
    }

    /// The items visible in `height` rows, with the selection always among them.
    public func visibleRange(height: Int) -> Range<Int> {
        guard height > 0, itemCount > 0 else { return 0..<0 }
        var top = min(scrollOffset, max(0, itemCount - height))
        if let selected = selectedIndex {
            if selected < top { top = selected }
            if selected >= top + height { top = selected - height + 1 }
        }
        return top..<min(itemCount, top + height)
    }

    private mutating func keepSelectionVisible() {
        guard let selected = selectedIndex else { scrollOffset = 0; return }
        if selected < scrollOffset { scrollOffset = selected }
        if selected >= scrollOffset + pageSize { scrollOffset = selected - pageSize + 1 }
        scrollOffset = max(0, min(scrollOffset, max(0, itemCount - pageSize)))
    }

    private func isNavigation(_ key: Key) -> Bool {
        [Key.up, .down, .pageUp, .pageDown, .home, .end].contains(key)
    }
}
