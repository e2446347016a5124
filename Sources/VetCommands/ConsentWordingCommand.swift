import ArgumentParser
import Foundation
import VetStore

/// `vetdesk consent-wording [add VERSION --text TEXT --from DATE]`: the practice's versioned consent wordings.
struct ConsentWordingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consent-wording",
        abstract: "List the practice's consent wordings, or add a new version.",
        subcommands: [List.self, Add.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every version, newest first.")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let wordings = try database.open(.reading).consentWordings()
                if wordings.isEmpty { print("No consent wordings are kept yet."); return }
                for wording in wordings { printRow([wording.version, "in use from \(wording.inUseFrom.iso)", wording.wording]) }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a new version of the consent wording.")
        @Argument(help: "The version's name, e.g. 2026-01.") var version: String
        @Option(help: "The wording exactly as clients see it.") var text: String
        @Option(help: ArgumentHelp("The day it is first used (YYYY-MM-DD).", valueName: "date")) var from: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let day = try CommandDate.parse(from, option: "--from")
                let store = try database.open(.existing)
                try store.addConsentWording(version: version, wording: text, inUseFrom: day, as: try login.session(store))
                print("Consent wording \(version) added, in use from \(day.iso).")
            }
        }
    }
}
