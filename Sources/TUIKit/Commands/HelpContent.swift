/// One line of help: the keys, what they do, and why they are unavailable right now if so.
public struct HelpEntry: Hashable, Sendable {
    public let keys: String
    public let title: String
    public let disabledReason: String?

    public init(keys: String, title: String, disabledReason: String? = nil) {
        self.keys = keys
        self.title = title
        self.disabledReason = disabledReason
    }
}

/// Help entries under one group heading.
public struct HelpSection: Hashable, Sendable {
    public let group: String
    public let entries: [HelpEntry]

    public init(group: String, entries: [HelpEntry]) {
        self.group = group
        self.entries = entries
    }
}

/// The help screen for one screen, generated from the command table.
public struct HelpContent: Hashable, Sendable {
    public let title: String
    public let sections: [HelpSection]

    public init(title: String, sections: [HelpSection]) {
        self.title = title
        self.sections = sections
    }

    /// Help as lines of text laid out for `width` columns: group headings, then
    /// "keys  title" rows with the keys column aligned, and disabled reasons in brackets; long
    /// titles wrap under themselves instead of ending in "…".
    public func lines(width: Int) -> [(text: String, role: StyleRole)] {
        let keysWidth = min(max(0, width / 2), sections.flatMap(\.entries).map { displayWidth($0.keys) }.max() ?? 0)
        var lines: [(String, StyleRole)] = []
        for section in sections {
            if !lines.isEmpty { lines.append(("", .normal)) }
            lines.append((section.group, .header))
            for entry in section.entries {
                var title = entry.title
                if let reason = entry.disabledReason { title += " (unavailable: \(reason))" }
                let role: StyleRole = entry.disabledReason == nil ? .normal : .disabled
                // The title wraps under itself, so a long reason is read in full.
                let wrapped = wrap(title, to: max(1, width - keysWidth - 2))
                for (index, line) in wrapped.enumerated() {
                    let keys = index == 0 ? pad(entry.keys, to: keysWidth) : String(repeating: " ", count: keysWidth)
                    lines.append((keys + "  " + line, role))
                }
            }
        }
        return lines
    }
}

extension CommandTable {
    /// Help for a screen, grouped by command group in first-appearance order.
    public func helpContent(
        onScreen screenID: String, availability: (Command) -> Availability = { _ in .enabled }
    ) -> HelpContent {
        let active = commands(onScreen: screenID)
        var groups: [String] = []
        for command in active where !groups.contains(command.group) { groups.append(command.group) }
        let sections = groups.map { group in
            HelpSection(
                group: group,
                entries: active.filter { $0.group == group }.map { command in
                    HelpEntry(keys: command.keysLabel, title: command.title, disabledReason: availability(command).reason)
                })
        }
        let title = "Help: " + (screen(id: screenID)?.title ?? screenID)
        return HelpContent(title: title, sections: sections)
    }
}
