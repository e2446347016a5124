import ArgumentParser
import CursesTerminal
import Foundation
import VetCore
import VetStore
import VetTUI

/// The terminal UI (the default when no subcommand is given).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the terminal UI (the default).",
        shouldDisplay: false)

    @Flag(help: "Open a demo practice (created on first use in its own file), with its logins shown.")
    var demo = false

    @Option(name: .long, help: ArgumentHelp(
        "The site this terminal works at, chosen at login for anyone who works there.",
        discussion: "Default: $VETDESK_SITE; else the site this terminal remembers, or a question at login."))
    var site: String?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let (store, logins) = try reportingFailures { () -> (AppDatabase, [(username: String, password: String, role: String)]) in
            guard demo else { return (try database.open(.createIfMissing), []) }
            let path = database.db ?? OpenCommand.demoPath(environment: environment)
            if !FileManager.default.fileExists(atPath: path) {
                printError("Creating the demo practice at \(path) (\(DemoPractice.standardClientCount) clients)…")
            }
            let store = try DemoPractice.openOrCreateDemo(path: path)
            return (store, DemoPractice.logins.map { ($0.username, $0.password, $0.role.displayName) })
        }
        let site = site ?? environment["VETDESK_SITE"].flatMap { $0.isEmpty ? nil : $0 }
        if let site { try reportingFailures { try Self.refuseUnknownSite(site, in: store) } }
        try MainActor.assumeIsolated {
            try reportingFailures {
                try CursesTerminal.run(theme: VetDeskApp.theme(for: environment)) { terminal in
                    VetDeskApp(store: store, terminal: terminal, demoLogins: logins, site: site, environment: environment).run()
                }
            }
        }
    }

    /// Stops before the UI when `--site` names none of the practice's open sites, listing them:
    /// a terminal set up with a misspelt site would otherwise ask at every login.
    static func refuseUnknownSite(_ name: String, in store: AppDatabase) throws {
        guard try store.isSetUp() else { return }
        let open = try store.sites().filter(\.active)
        guard !open.contains(where: { $0.isNamed(name) }) else { return }
        let names = open.map(\.name).joined(separator: ", ")
        throw CommandFailure(message: "--site: '\(name)' is not one of this practice's open sites (\(names))")
    }

    /// The demo practice's own file, beside the default practice file so it never mixes with real data.
    static func demoPath(environment: [String: String]) -> String {
        let practice = DatabaseOptions.defaultPath(environment: environment.filter { $0.key != "VETDESK_DB" })
        return (practice as NSString).deletingLastPathComponent + "/demo.sqlite"
    }
}
