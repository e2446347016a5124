import Foundation
import TUIKit
import VetStore
@testable import VetTUI

/// Runs the app on a scripted terminal and gives access to the last frame.
@MainActor
struct AppDriver {
    let app: VetDeskApp
    let terminal: MemoryTerminal

    init(_ practice: TestPractice, size: TerminalSize = .minimum, demo: Bool = false, site: String? = nil,
         environment: [String: String] = [:]) {
        terminal = MemoryTerminal(size: size)
        let logins = demo ? [(username: "mary", password: "manager-pass", role: "Practice manager"),
                             (username: "rita", password: "reception-pass", role: "Receptionist")] : []
        app = VetDeskApp(store: practice.store, terminal: terminal, demoLogins: logins, site: site, environment: environment)
    }

    /// Feeds keys and runs until they are used up (no idle ticks).
    func send(_ keys: [Key]) {
        for key in keys { terminal.enqueue(.key(key)) }
        app.run(stopAfterIdleReads: 0)
    }

    func send(_ events: InputEvent...) {
        for event in events { terminal.enqueue(event) }
        app.run(stopAfterIdleReads: 0)
    }

    func type(_ text: String) { send(Keys.typed(text)) }

    /// Where a test carries on after logging in: Today (the home screen), or the client search
    /// one key (F3) away from it, where most flows start.
    enum Landing { case today, search }

    func logIn(_ username: String, _ password: String, landing: Landing = .search) {
        send(Keys.typed(username) + [.tab] + Keys.typed(password) + [.enter])
        if landing == .search, app.stack.last?.screenID == AppCommands.ScreenID.today {
            send([.function(3)])
        }
    }

    var screen: String { terminal.lastFrame?.text ?? "" }
    /// The screen's words with line ends, box edges and runs of spaces as single spaces, so a
    /// check can find a sentence the message area or a dialog wrapped over several rows.
    var flowingText: String {
        screen.split { $0.isWhitespace || "│┌┐└┘─".contains($0) }.joined(separator: " ")
    }
    var cursor: CursorPosition? { terminal.lastCursor }
}

enum Keys {
    static func typed(_ text: String) -> [Key] { text.map { Key.character($0) } }
}
