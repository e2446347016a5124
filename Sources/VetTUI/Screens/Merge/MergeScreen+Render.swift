import TUIKit
import VetCore

extension MergeScreen {
    /// The most wrapped lines one value takes in the list; longer ones say how to read them whole.
    static let linesPerValue = 6
    /// Columns before a value: indent, tick box and the side's name.
    static let valueIndent = 17

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let width = rect.width - 4
        var row = rect.row + 1
        let count = merge.fields.count
        let intro = news + " \(count) field\(count == 1 ? " differs" : "s differ"). Keep yours (m, ←) or take "
            + "theirs (t, →) for each; Enter shows one in full; F2 saves."
        for line in wrap(intro, to: width) {
            buffer.write(line, row: row, column: rect.column + 2, role: .normal, maxWidth: width)
            row += 1
        }
        row += 1
        let lines = fieldLines(width: width)
        let height = rect.row + rect.height - row
        guard height > 0 else { return nil }
        // When the fields do not all fit, the last row says so instead of showing a line.
        let shown = lines.count > height ? max(1, height - 1) : height
        let top = firstVisibleLine(of: lines, height: shown)
        for (offset, line) in lines.dropFirst(top).prefix(shown).enumerated() {
            buffer.write(line.text, row: row + offset, column: rect.column + 2, role: line.role, maxWidth: width)
        }
        if shown < height {
            let above = top > 0 ? "↑ more above" : ""
            let below = top + shown < lines.count ? "↓ more below" : ""
            let more = [above, below].filter { !$0.isEmpty }.joined(separator: " · ")
            buffer.write(more, row: row + shown, column: rect.column + 2, role: .dim, maxWidth: width)
        }
        return nil
    }

    /// A line of the field list and the field it belongs to.
    struct Line {
        let text: String
        let role: StyleRole
        let field: Int
    }

    /// Every differing field as a heading, "Yours" and "Theirs" with a tick on the chosen one, and
    /// what it was before; values wrap under themselves.
    func fieldLines(width: Int) -> [Line] {
        var lines: [Line] = []
        for (index, field) in merge.fields.enumerated() {
            let isSelected = index == selected
            let clash = field.bothChanged ? " · you both changed it" : ""
            lines.append(Line(text: "\(isSelected ? "▸" : " ") \(field.label)\(clash)",
                              role: isSelected ? .selected : .header, field: index))
            let sides: [(String, String, Bool?)] = [("Yours", field.mine, field.choice == .mine),
                                                    ("Theirs", field.theirs, field.choice == .theirs),
                                                    ("Before", field.original, nil)]
            for (name, value, chosen) in sides {
                let box = chosen.map { $0 ? "[x]" : "[ ]" } ?? "   "
                let lead = "    \(box) \(name.padding(toLength: 9, withPad: " ", startingAt: 0))"
                let body = valueLines(value, width: max(10, width - Self.valueIndent))
                for (number, text) in body.enumerated() {
                    let prefix = number == 0 ? lead : String(repeating: " ", count: Self.valueIndent)
                    lines.append(Line(text: prefix + text, role: chosen == nil ? .dim : .normal, field: index))
                }
            }
            lines.append(Line(text: "", role: .normal, field: index))
        }
        return lines
    }

    /// A value wrapped to `width`, at most `linesPerValue` lines, the last saying how much more
    /// there is and that Enter shows it whole.
    private func valueLines(_ value: String, width: Int) -> [String] {
        guard !value.isEmpty else { return ["(empty)"] }
        let wrapped = wrap(value, to: width)
        guard wrapped.count > Self.linesPerValue else { return wrapped }
        var kept = Array(wrapped.prefix(Self.linesPerValue - 1))
        kept.append("… \(wrapped.count - kept.count) more lines: Enter shows it in full")
        return kept
    }

    /// Scrolls just enough that the selected field's lines are all in view.
    private func firstVisibleLine(of lines: [Line], height: Int) -> Int {
        guard let first = lines.firstIndex(where: { $0.field == selected }),
              let last = lines.lastIndex(where: { $0.field == selected }) else { return 0 }
        return max(0, min(first, last + 1 - height))
    }
}
