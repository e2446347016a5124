import CNCursesw
import TUIKit

/// Maps theme roles to curses colour pairs and attributes, one pair per role.
@MainActor
struct CursesStyles {
    private var attributes: [StyleRole: attr_t] = [:]
    private var pairs: [StyleRole: Int16] = [:]

    /// Sets up colour pairs when the theme and terminal both use colour; otherwise falls back to
    /// the monochrome theme's attributes.
    init(theme: Theme) {
        var effective = theme
        if theme.usesColor, has_colors() {
            _ = start_color()
            _ = use_default_colors()
            for (index, role) in StyleRole.allCases.enumerated() where Int32(index + 1) < vetdesk_color_pairs() {
                let style = theme.style(for: role)
                let pair = Int16(index + 1)
                _ = init_pair(pair, Int16(style.foreground.rawValue), Int16(style.background.rawValue))
                pairs[role] = pair
            }
        } else if theme.usesColor {
            effective = .monochrome
        }
        for role in StyleRole.allCases {
            attributes[role] = Self.attributes(of: effective.style(for: role))
        }
    }

    func attributes(for role: StyleRole) -> attr_t {
        attributes[role] ?? vetdesk_a_normal()
    }

    func pair(for role: StyleRole) -> Int16 {
        pairs[role] ?? 0
    }

    private static func attributes(of style: Style) -> attr_t {
        var value = vetdesk_a_normal()
        if style.bold { value |= vetdesk_a_bold() }
        if style.underline { value |= vetdesk_a_underline() }
        if style.reverse { value |= vetdesk_a_reverse() }
        return value
    }
}
