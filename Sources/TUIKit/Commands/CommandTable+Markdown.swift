extension CommandTable {
    /// The key reference for `docs/keys.md`: global commands, then one table per screen.
    /// Deterministic, so a test can compare it with the committed file.
    /// `describePermission` turns a command's permission tag into words for the reader
    /// (the app knows which roles hold it; the toolkit does not).
    public func markdownReference(title: String = "Keys",
                                  describePermission: (String) -> String = { "needs `\($0)`" }) -> String {
        var lines = [
            "# \(title)",
            "",
            "<!-- Generated from the command table. Do not edit by hand. -->",
            "",
            "Every F-key has a plain-key twin, because some terminals swallow F-keys.",
            "While typing in a field, plain keys type text; use the F-key or Ctrl form.",
        ]
        let globals = globalCommandIDs.compactMap(command(id:))
        if !globals.isEmpty {
            lines += ["", "## Everywhere", ""] + markdownTable(globals, describePermission)
        }
        for screen in screens {
            let own = screen.commandIDs.compactMap(command(id:))
            guard !own.isEmpty else { continue }
            lines += ["", "## \(escapeMarkdown(screen.title))", ""] + markdownTable(own, describePermission)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func markdownTable(_ commands: [Command], _ describePermission: (String) -> String) -> [String] {
        var rows = ["| Keys | Command | Group | Notes |", "| --- | --- | --- | --- |"]
        for command in commands {
            let keys = command.keys.map(markdownKey).joined(separator: " ")
            var notes: [String] = []
            if let confirmation = command.confirmation {
                notes.append("asks first: “\(escapeMarkdown(confirmation))” (No is the default)")
            } else if command.isDestructive {
                notes.append("asks for confirmation")
            }
            if let permission = command.permission { notes.append(describePermission(permission)) }
            rows.append(
                "| \(keys) | \(escapeMarkdown(command.title)) | \(escapeMarkdown(command.group)) | \(notes.joined(separator: "; ")) |")
        }
        return rows
    }

    private func markdownKey(_ key: Key) -> String {
        switch key {
        case .character("|"): "`\\|`"
        case .character("`"): "`` ` ``"
        default: "`\(key.label)`"
        }
    }

    private func escapeMarkdown(_ text: String) -> String {
        text.replacingAll("|", with: "\\|")
    }
}

extension String {
    /// Replaces every occurrence of a character; avoids a Foundation dependency in TUIKit.
    func replacingAll(_ target: Character, with replacement: String) -> String {
        reduce(into: "") { result, character in
            if character == target { result += replacement } else { result.append(character) }
        }
    }
}
