import TUIKit

/// The key reference (`docs/keys.md`), generated from the one command table.
public enum KeyReference {
    /// Markdown listing every command with its keys, group and permission, screen by screen.
    public static func markdown() -> String {
        AppCommands.table.markdownReference(title: "VetDesk keys")
    }

    /// Every command id in the table, so a test can check the reference mentions each one.
    public static var commandTitles: [String] { AppCommands.table.commands.map(\.title) }
}
