import Foundation
import TUIKit
import VetCore
import VetStore

/// What every screen may read while handling an event or rendering: who is logged in, the
/// practice, today's date and the command table. Screens never change it; the shell does.
struct AppContext {
    let store: AppDatabase
    var session: StaffSession?
    var settings: PracticeSettings?
    var demoLogins: [DemoLogin]
    let commands: CommandTable
    /// On a tick: whether anything was written to the practice file (here or at another
    /// terminal) since the last tick. Screens that re-read on the tick skip all work while it is
    /// false, so an idle screen costs one PRAGMA a second.
    var storeChanged = true
    /// Where the top screen was last drawn, so that scroll keys stop where the drawing does
    /// (80×24's content area until the first frame).
    var screenArea = Rect(row: 1, column: 0, height: 21, width: 80)
    /// How many open sites the practice has: the header names the site only when there are several.
    var openSiteCount = 1
    /// How many open sites the logged-in person may work at: changing site needs two.
    var workableSiteCount = 1

    /// Today where the practice is, from the store's clock (fixed in tests).
    var today: LocalDate { store.clock.today() }
    var now: Date { store.clock.now() }
    var practiceName: String { settings?.name ?? "VetDesk" }

    /// True when the logged-in user's role allows `permission`.
    func allows(_ permission: Permission) -> Bool {
        guard let session else { return false }
        return PermissionTable.allows(session.role, permission)
    }
}

/// A login printed on the demo practice's login screen.
public struct DemoLogin: Hashable, Sendable {
    public let username: String
    public let password: String
    public let role: String

    public init(username: String, password: String, role: String) {
        self.username = username
        self.password = password
        self.role = role
    }
}
