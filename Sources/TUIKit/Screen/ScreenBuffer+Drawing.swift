extension ScreenBuffer {
    /// Writes `text` from a position in one role, clipped to `maxWidth` columns and the buffer
    /// edge. A wide character that would not fit is replaced by a space, never split.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, row: Int, column: Int, role: StyleRole = .normal, maxWidth: Int? = nil
    ) -> Int {
        guard row >= 0, row < height else { return 0 }
        let limit = min(width, maxWidth.map { column + $0 } ?? width)
        var cursor = column
        for character in text {
            let columns = displayWidth(character)
            if columns == 0 {
                if cursor > 0, character.unicodeScalars.first.map(isCombining) == true {
                    attach(character, row: row, before: cursor)
                }
                continue
            }
            if cursor + columns > limit {
                if cursor < limit { put(.blank(role), row: row, column: cursor); cursor += 1 }
                break
            }
            if cursor >= 0 {
                put(Cell(String(character), role: role), row: row, column: cursor)
                if columns == 2 { put(Cell("", role: role, isContinuation: true), row: row, column: cursor + 1) }
            } else if cursor + columns > 0 {
                put(.blank(role), row: row, column: 0)  // right half of a wide character cut by the left edge
            }
            cursor += columns
        }
        return max(0, cursor - column)
    }

    /// Writes `text` padded or clipped (with "…") to exactly `width` columns.
    public mutating func write(_ text: some StringProtocol, row: Int, column: Int, role: StyleRole = .normal, width: Int) {
        write(pad(text, to: width), row: row, column: column, role: role, maxWidth: width)
    }

    /// Writes `text` centred within `rect` on the given row, clipped with "…".
    public mutating func writeCentered(_ text: some StringProtocol, row: Int, in rect: Rect, role: StyleRole = .normal) {
        let clipped = truncate(text, to: rect.width)
        let offset = (rect.width - displayWidth(clipped)) / 2
        write(clipped, row: row, column: rect.column + offset, role: role, maxWidth: rect.width - offset)
    }

    /// Fills `rect` with `character` in `role`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole = .normal) {
        for row in rect.row..<rect.bottom {
            for column in rect.column..<rect.right {
                put(Cell(String(character), role: role), row: row, column: column)
            }
        }
    }

    /// Clears the whole buffer to blanks in `role`.
    public mutating func clear(role: StyleRole = .normal) {
        fill(bounds, role: role)
    }

    /// Changes the role of every cell in `rect` without touching its text (highlights a row).
    public mutating func applyRole(_ role: StyleRole, to rect: Rect) {
        for row in max(0, rect.row)..<min(height, rect.bottom) {
            for column in max(0, rect.column)..<min(width, rect.right) {
                setRole(role, row: row, column: column)
            }
        }
    }
}

private func isCombining(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: true
    default: false
    }
}
