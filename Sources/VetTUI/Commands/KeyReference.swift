import TUIKit
import VetCore

/// The key reference (`docs/keys.md`), generated from the one command table.
public enum KeyReference {
    /// Markdown listing every command with its keys, group and permission, screen by screen.
    public static func markdown() -> String {
        AppCommands.table.markdownReference(title: "VetDesk keys") { tag in
            guard let permission = Permission(rawValue: tag) else { return "needs `\(tag)`" }
            let roles = PermissionTable.roles(for: permission)
            let names = roles.map(\.displayName)
            switch names.count {
            case Role.allCases.count: return ""
            case 1: return "\(names[0]) only"
            default: return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "").lowercased()
            }
        }
    }

    /// Every command id in the table, so a test can check the reference mentions each one.
    public static var commandTitles: [String] { AppCommands.table.commands.map(\.title) }
}
