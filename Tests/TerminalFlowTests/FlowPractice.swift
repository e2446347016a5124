import Foundation
import VetCore
import VetDeskTestSupport
import VetStore
import VetSQL

/// A practice file (or a database on the test PostgreSQL server) for real-terminal tests, with a
/// receptionist and a manager login.
final class FlowPractice: Sendable {
    let folder: URL
    let path: String
    let store: AppDatabase
    let manager: StaffSession

    private init(folder: URL, path: String, store: AppDatabase, manager: StaffSession) {
        self.folder = folder
        self.path = path
        self.store = store
        self.manager = manager
    }

    deinit {
        if case .postgresql(let server)? = try? DatabaseAddress(path) { TestServer.dropDatabase(server.database) }
    }

    static func make(region: PracticeRegion = .jersey, engine: SQLDialect = .sqlite) throws -> FlowPractice {
        let folder = try makeTemporaryFolder()
        let path = engine == .sqlite ? folder.appendingPathComponent("practice.sqlite").path
            : try TestServer.createDatabase().description
        let store = try AppDatabase(path: path, mode: .createIfMissing)
        let manager = try store.setUpPractice(PracticeSettings(name: "Harbour Vets", region: region),
                                              manager: NewStaffUser(username: "mary", displayName: "Mary Manager",
                                                                    role: .manager, password: "manager-pass"))
        let rita = try store.addUser(username: "rita", displayName: "Rita Reception", role: .receptionist, as: manager)
        try store.changeOwnPassword(username: "rita", current: rita.oneTimePassword, new: "reception-pass")
        return FlowPractice(folder: folder, path: path, store: store, manager: manager)
    }

    /// `vetdesk --db PATH` in a private tmux server of the given size; the terminal's remembered
    /// site is kept in the practice's own folder, never the user's, and the server's password
    /// file travels with the address (never the command line).
    func openTerminal(columns: Int = 80, rows: Int = 24, arguments: [String] = []) throws -> TmuxSession {
        let passwordFile = ProcessInfo.processInfo.environment["PGPASSFILE"].map { ["PGPASSFILE": $0] } ?? [:]
        return try TmuxSession(command: [CommandRunner.executable.path, "--db", path] + arguments, columns: columns, rows: rows,
                               environment: ["LANG": "C.UTF-8", "XDG_STATE_HOME": stateFolder.path]
                                   .merging(passwordFile) { first, _ in first })
    }

    /// Where the terminals of this practice keep their state (`$XDG_STATE_HOME`).
    var stateFolder: URL { folder.appendingPathComponent("state") }
}

extension TmuxSession {
    /// Logs in from the login screen, waits for Today (the home screen), then goes on to client
    /// search (F3), where most flows start.
    func logIn(_ username: String, _ password: String) throws {
        try waitFor(text: "Username:")
        try type(username)
        try send("Tab")
        try type(password)
        try send("Enter")
        try waitFor(text: "Online queue (")
        try send("F3")
        try waitFor(text: "Find:")
    }
}
