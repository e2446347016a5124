/// A complete mapping from every `StyleRole` to a `Style`.
public struct Theme: Hashable, Sendable {
    public let name: String
    public let usesColor: Bool
    private var styles: [StyleRole: Style]

    /// Builds a theme; roles not listed are drawn plain.
    public init(name: String, usesColor: Bool, styles: [StyleRole: Style]) {
        self.name = name
        self.usesColor = usesColor
        self.styles = styles
    }

    /// The style for `role` (plain when the theme does not mention it).
    public func style(for role: StyleRole) -> Style {
        styles[role] ?? .plain
    }

    /// Every built-in theme, for a settings screen or `--theme` option.
    public static let all: [Theme] = [.default, .light, .monochrome]

    /// A built-in theme by name ("default", "light", "monochrome").
    public static func named(_ name: String) -> Theme? {
        all.first { $0.name == name }
    }

    /// The theme to use given the process environment: `NO_COLOR` set to anything (even empty)
    /// forces monochrome, as https://no-color.org asks.
    public static func resolve(environment: [String: String], preferred: Theme = .default) -> Theme {
        environment["NO_COLOR"] != nil ? .monochrome : preferred
    }
}
