import TUIKit

/// Where the diary's parts go in the space it has: a title line, a line of column names, the
/// grid of slots, a rule and three lines of detail about the highlighted slot. Lanes are never
/// narrower than a pet's name and a surname can use, so at 80 columns the day view shows three
/// vets or rooms and scrolls sideways; a wider terminal shows more.
struct DiaryLayout {
    /// The time gutter: a highlight mark, "HH:MM" and a space.
    static let gutter = 7
    static let detailRows = 3

    let visibleLanes: Int
    let laneWidth: Int
    let gridRows: Int

    init(area: Rect, span: DiaryScreen.Span, laneCount: Int) {
        let narrowest = span == .day ? 22 : 10
        let usable = max(1, area.width - Self.gutter - 1)
        visibleLanes = max(1, min(max(1, laneCount), usable / narrowest))
        laneWidth = usable / visibleLanes
        gridRows = max(1, area.height - 2 - 1 - Self.detailRows)
    }

    /// The first item to draw so that `selected` shows, moving as little as possible from `first`.
    static func scrolled(first: Int, selected: Int, visible: Int, count: Int) -> Int {
        guard count > visible else { return 0 }
        var start = min(max(0, first), count - visible)
        if selected < start { start = selected }
        if selected >= start + visible { start = selected - visible + 1 }
        return max(0, min(start, count - visible))
    }
}
