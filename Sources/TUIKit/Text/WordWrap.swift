/// Breaks `text` into lines of at most `width` columns at spaces, splitting over-long words
/// between characters; explicit newlines are kept. Used by dialogs, help and messages.
public func wrap(_ text: String, to width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        lines.append(contentsOf: wrapParagraph(paragraph, to: width))
    }
    return lines
}

private func wrapParagraph(_ paragraph: Substring, to width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    for word in paragraph.split(separator: " ") {
        var remaining = String(word)
        let needed = current.isEmpty ? displayWidth(remaining) : displayWidth(current) + 1 + displayWidth(remaining)
        if needed <= width {
            current = current.isEmpty ? remaining : current + " " + remaining
            continue
        }
        if !current.isEmpty { lines.append(current) }
        current = ""
        while displayWidth(remaining) > width {
            var piece = clip(remaining, to: width)
            if piece.isEmpty, let first = remaining.first { piece = String(first) }
            lines.append(piece)
            remaining.removeFirst(piece.count)
        }
        current = remaining
    }
    lines.append(current)
    return lines
}
