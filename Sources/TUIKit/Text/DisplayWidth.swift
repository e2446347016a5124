/// Terminal column widths computed from Unicode scalar properties, so layout never depends on
/// the C library's `wcwidth` (which differs between systems and locales).
public enum DisplayWidth {
    /// Columns one user-perceived character occupies: 0 (combining or invisible), 1 or 2.
    public static func of(_ character: Character) -> Int {
        // Most cells are plain ASCII; answering them without Unicode property look-ups keeps a
        // full-screen redraw cheap (property look-ups dominated redraw time at large sizes).
        if let byte = character.asciiValue { return byte >= 0x20 && byte != 0x7F ? 1 : 0 }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.properties.generalCategory == .control { return 0 }
        if scalars.contains(textPresentationSelector) { return min(of(first), 1) }
        if scalars.contains(where: { $0.properties.isEmojiPresentation }) { return 2 }
        if scalars.count > 1, first.properties.isEmoji,
            scalars.contains(emojiPresentationSelector) || scalars.contains(zeroWidthJoiner)
        {
            return 2
        }
        return of(first)
    }

    /// Columns one scalar occupies on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        let value = scalar.value
        if (0x1160...0x11FF).contains(value) { return 0 }  // Hangul medial vowels and final consonants
        if scalar.properties.isEmojiPresentation { return 2 }
        return isEastAsianWide(value) ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (UAX #11) that are not already emoji.
    static func isEastAsianWide(_ value: UInt32) -> Bool {
        wideRanges.contains { $0.contains(value) }
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
        0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1B000...0x1B2FF, 0x1F200...0x1F2FF, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static let textPresentationSelector: Unicode.Scalar = "\u{FE0E}"
    private static let emojiPresentationSelector: Unicode.Scalar = "\u{FE0F}"
    private static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"
}

/// Columns `text` occupies in a terminal.
public func displayWidth(_ text: some StringProtocol) -> Int {
    text.reduce(0) { $0 + DisplayWidth.of($1) }
}

/// Columns one character occupies in a terminal.
public func displayWidth(_ character: Character) -> Int {
    DisplayWidth.of(character)
}

/// The ellipsis that marks clipped text; one column wide.
public let ellipsis: Character = "…"

/// `text` clipped to at most `width` columns, ending in "…" when anything was cut.
/// A wide character that would straddle the limit is dropped rather than split.
public func truncate(_ text: some StringProtocol, to width: Int) -> String {
    guard width > 0 else { return "" }
    if displayWidth(text) <= width { return String(text) }
    return clip(text, to: width - 1) + String(ellipsis)
}

/// `text` clipped (with "…") or padded with spaces on the right to exactly `width` columns.
public func pad(_ text: some StringProtocol, to width: Int) -> String {
    let clipped = truncate(text, to: width)
    return clipped + String(repeating: " ", count: max(0, width - displayWidth(clipped)))
}

/// `text` clipped or padded on the left to exactly `width` columns, for numbers in tables.
public func padLeading(_ text: some StringProtocol, to width: Int) -> String {
    let clipped = truncate(text, to: width)
    return String(repeating: " ", count: max(0, width - displayWidth(clipped))) + clipped
}

/// The longest leading part of `text` that fits in `width` columns, without any ellipsis.
public func clip(_ text: some StringProtocol, to width: Int) -> String {
    var result = ""
    var used = 0
    for character in text {
        let columns = DisplayWidth.of(character)
        if used + columns > width { break }
        result.append(character)
        used += columns
    }
    return result
}
