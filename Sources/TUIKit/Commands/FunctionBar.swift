/// One entry of the bottom bar: "F2 Save".
public struct FunctionBarEntry: Hashable, Sendable {
    public let commandID: String
    public let keyLabel: String
    public let text: String
    public let priority: Int
    public let isEnabled: Bool

    public init(commandID: String, keyLabel: String, text: String, priority: Int, isEnabled: Bool = true) {
        self.commandID = commandID
        self.keyLabel = keyLabel
        self.text = text
        self.priority = priority
        self.isEnabled = isEnabled
    }

    /// Columns the entry takes: key label, a space, then the text.
    public var width: Int { displayWidth(keyLabel) + 1 + displayWidth(text) }
}

/// The htop-style bar of keys at the bottom of every screen, built from the command table so it
/// always shows what actually works here.
public struct FunctionBar: Hashable, Sendable {
    /// Entries in display order, already reduced to what fits.
    public let entries: [FunctionBarEntry]
    /// Columns between entries.
    public static let gap = 1

    public init(entries: [FunctionBarEntry]) {
        self.entries = entries
    }

    /// Fits `candidates` into `width` columns, dropping the lowest-priority entries (highest
    /// numbers, later entries first) until the rest fit; display order is kept.
    public init(fitting candidates: [FunctionBarEntry], width: Int) {
        var kept = candidates
        while !kept.isEmpty, FunctionBar.requiredWidth(kept) > width {
            let dropIndex = kept.indices.max { lhs, rhs in
                (kept[lhs].priority, lhs) < (kept[rhs].priority, rhs)
            }
            if let dropIndex { kept.remove(at: dropIndex) }
        }
        self.entries = kept
    }

    /// Columns needed to show `entries` with gaps.
    public static func requiredWidth(_ entries: [FunctionBarEntry]) -> Int {
        entries.reduce(0) { $0 + $1.width } + max(0, entries.count - 1) * gap
    }

    /// The bar as plain text ("F1 Help F2 Save …"), for tests and screen readers.
    public var plainText: String {
        entries.map { $0.keyLabel + " " + $0.text }.joined(separator: String(repeating: " ", count: FunctionBar.gap))
    }

    /// Draws the bar across one row: key labels in `keyLabel`, texts in `keyText`, disabled
    /// entries in `disabled` (their key still shows, so users learn it exists).
    public func render(into buffer: inout ScreenBuffer, row: Int, column: Int = 0, width: Int) {
        buffer.fill(Rect(row: row, column: column, height: 1, width: width), role: .statusBar)
        var cursor = column
        let limit = column + width
        for entry in entries {
            cursor += buffer.write(entry.keyLabel, row: row, column: cursor, role: .keyLabel, maxWidth: limit - cursor)
            let textRole: StyleRole = entry.isEnabled ? .keyText : .disabled
            cursor += buffer.write(" " + entry.text, row: row, column: cursor, role: textRole, maxWidth: limit - cursor)
            cursor += FunctionBar.gap
            if cursor >= limit { break }
        }
    }
}

extension CommandTable {
    /// The function bar for a screen at a given width, marking disabled commands.
    public func functionBar(
        onScreen screenID: String, width: Int, availability: (Command) -> Availability = { _ in .enabled }
    ) -> FunctionBar {
        let candidates = commands(onScreen: screenID).compactMap { command -> FunctionBarEntry? in
            guard let priority = command.barPriority, let key = command.primaryKey else { return nil }
            return FunctionBarEntry(
                commandID: command.id, keyLabel: key.label, text: command.barLabel,
                priority: priority, isEnabled: availability(command).isEnabled)
        }
        return FunctionBar(fitting: candidates, width: width)
    }
}
