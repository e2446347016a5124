import TUIKit

/// A document laid out for its paper: the text to print, and how many pages it takes.
public struct RenderedDocument: Sendable, Hashable {
    /// What the printer receives: lines ending in "\n", pages separated by a form feed.
    public let text: String
    public let pageCount: Int
    /// The pages' lines, for checking the layout.
    public let pages: [[String]]
    /// A short title for the print queue: "Invoice INV-2025-00001".
    public let title: String
}

/// Breaks blocks into pages: every page starts with the running heading and ends with
/// "Page x of y"; a block that fits on a page is never split across two.
enum Pagination {
    static func render(title: String, heading: [String], blocks: [TextBlock], layout: PrintLayout) -> RenderedDocument {
        guard let pageLines = layout.pageLines else {
            let lines = blocks.flatMap(\.lines) + Array(repeating: "", count: PrintLayout.receiptFeed)
            return RenderedDocument(text: lines.map { $0 + "\n" }.joined(), pageCount: 1, pages: [lines], title: title)
        }
        let footerLines = 2
        let room = max(1, pageLines - heading.count - footerLines)
        var bodies: [[String]] = [[]]
        for block in blocks {
            let lines = bodies[bodies.count - 1].isEmpty && block.lines == [""] ? [] : block.lines
            if bodies[bodies.count - 1].count + lines.count > room, !bodies[bodies.count - 1].isEmpty {
                bodies.append([])
                if block.lines == [""] { continue }
            }
            // A block longer than a page is split where it must be.
            for line in lines {
                if bodies[bodies.count - 1].count == room { bodies.append([]) }
                bodies[bodies.count - 1].append(line)
            }
        }
        let count = bodies.count
        let pages = bodies.enumerated().map { index, body in
            let filler = Array(repeating: "", count: room - body.count)
            return heading + body + filler + ["", padLeading("Page \(index + 1) of \(count)", to: layout.width)]
        }
        let text = pages.map { page in page.map { $0 + "\n" }.joined() }.joined(separator: "\u{0C}")
        return RenderedDocument(text: text, pageCount: count, pages: pages, title: title)
    }
}
