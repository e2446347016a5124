import TUIKit

/// Lines of a document kept together on one page where they fit (a wrapped line with its
/// amounts, a totals box), so a page break never separates a description from its price.
struct TextBlock: Sendable, Hashable {
    var lines: [String]

    init(_ lines: [String]) { self.lines = lines }
    init(_ line: String) { lines = [line] }

    static let blank = TextBlock("")
}

/// Building document lines that never cut text: words wrap, amounts are right-aligned in
/// columns sized to the widest value, and anything too long moves to a line of its own.
enum DocumentText {
    /// `text` wrapped to `width`, keeping its leading spaces; continuation lines are indented
    /// by `indent` (or as the first line is, if that is more).
    static func wrapped(_ text: String, width: Int, indent: Int = 0) -> [String] {
        let lead = min(text.prefix { $0 == " " }.count, max(0, width - 1))
        let hanging = max(lead, min(indent, max(0, width - 1)))
        let body = TUIKit.wrap(String(text.dropFirst(lead)), to: width - lead)
        guard let first = body.first else { return [] }
        let rest = body.count > 1 ? TUIKit.wrap(body.dropFirst().joined(separator: " "), to: width - hanging) : []
        return [String(repeating: " ", count: lead) + first] + rest.map { String(repeating: " ", count: hanging) + $0 }
    }

    /// A table row: the first column wraps in what the fixed, right-aligned columns leave.
    static func row(_ text: String, fixed: [String], widths: [Int], width: Int) -> [String] {
        let fixedWidth = zip(fixed, widths).map { max(displayWidth($0), $1) + 1 }.reduce(0, +)
        let room = max(10, width - fixedWidth)
        let right = zip(fixed, widths).map { " " + padLeading($0, to: max(displayWidth($0), $1)) }.joined()
        var lines = TUIKit.wrap(text, to: room)
        if lines.isEmpty { lines = [""] }
        lines[0] = pad(lines[0], to: room) + right
        return lines
    }

    /// "Label ………… £12.00": a label on the left and a value right-aligned at the edge;
    /// both wrap onto lines of their own if they cannot share one.
    static func labelled(_ label: String, _ value: String, width: Int) -> [String] {
        let gap = width - displayWidth(label) - displayWidth(value)
        if gap >= 1 { return [label + String(repeating: " ", count: gap) + value] }
        return wrapped(label, width: width) + wrapped(value, width: width).map { padLeading($0, to: width) }
    }

    /// The widest of `values` (at least `minimum`), for a column of amounts.
    static func columnWidth(_ values: [String], minimum: Int) -> Int {
        max(minimum, values.map { displayWidth($0) }.max() ?? 0)
    }

    static func rule(_ width: Int, _ character: Character = "-") -> String {
        String(repeating: character, count: width)
    }

    static func centred(_ text: String, width: Int) -> [String] {
        TUIKit.wrap(text, to: width).map { line in
            String(repeating: " ", count: max(0, (width - displayWidth(line)) / 2)) + line
        }
    }
}
