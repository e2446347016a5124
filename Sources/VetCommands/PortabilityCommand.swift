import ArgumentParser
import Foundation
import VetStore

/// `vetdesk portability REF --out DIR`: the data the client gave, as JSON and CSV.
struct PortabilityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portability",
        abstract: "Write the data a client provided as JSON and CSV, for a portability request.")

    @Argument(help: "The request reference.") var reference: String
    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir")) var out: String
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let store = try database.open(.existing)
            let user = try login.session(store)
            for file in try store.writePortability(reference: reference, to: URL(fileURLWithPath: out), as: user) {
                print("Wrote \(file.path)")
            }
        }
    }
}
