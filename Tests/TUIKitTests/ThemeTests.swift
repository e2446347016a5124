import Testing
import TUIKit

@Suite("Themes")
struct ThemeTests {
    @Test func noColorForcesMonochromeWhateverItsValue() {
        #expect(Theme.resolve(environment: ["NO_COLOR": "1"]) == .monochrome)
        #expect(Theme.resolve(environment: ["NO_COLOR": ""], preferred: .light) == .monochrome)
        #expect(Theme.resolve(environment: ["TERM": "xterm"], preferred: .light) == .light)
        #expect(Theme.resolve(environment: [:]) == .default)
    }

    @Test func monochromeUsesOnlyAttributes() {
        for role in StyleRole.allCases {
            #expect(!Theme.monochrome.style(for: role).usesColor)
        }
        #expect(!Theme.monochrome.usesColor)
    }

    @Test func meaningfulRolesStandOutWithoutColour() {
        for role in [StyleRole.selected, .focusedField, .error, .overdue, .dueSoon, .statusBar, .title] {
            let style = Theme.monochrome.style(for: role)
            #expect(style.bold || style.underline || style.reverse, "\(role) is invisible in monochrome")
        }
    }

    @Test func everyColourThemeCoversEveryRole() {
        for theme in [Theme.default, .light] {
            #expect(theme.usesColor)
            #expect(theme.style(for: .overdue) != theme.style(for: .normal))
        }
        #expect(Theme.named("light") == .light)
        #expect(Theme.named("sepia") == nil)
    }
}
