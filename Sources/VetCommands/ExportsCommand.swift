import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk exports …`: the log of files VetDesk wrote about people, and recording that one was deleted.
struct ExportsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exports",
        abstract: "The log of files written about people (access packs, portability exports, marketing lists, backups).",
        subcommands: [List.self, Deleted.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the files written, newest first.")
        @Option(help: ArgumentHelp("Only files that hold this client.", valueName: "id")) var client: String?
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let clientID = try client.map { try OptionNumber.parse($0, option: "--client", range: Int64(1)...Int64.max) }
                let store = try database.open(.existing)
                let entries = try store.exportLog(clientID: clientID, as: try login.session(store))
                if entries.isEmpty { print("No files are in the export log."); return }
                for entry in entries {
                    printRow(["export \(entry.id)", entry.sentence(zone: store.clock.timeZone)])
                }
            }
        }
    }

    struct Deleted: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that a logged file (and its copies) was deleted.")
        @Argument(help: "The export's number, as listed.") var id: String
        @Option(help: ArgumentHelp("The day it was deleted (YYYY-MM-DD).", valueName: "date")) var on: String
        @Option(help: "How, or anything worth noting (e.g. 'emailed copy deleted too').") var note: String?
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let exportID = try OptionNumber.parse(id, option: "export", range: Int64(1)...Int64.max)
                let date = try CommandDate.parse(on, option: "--on")
                let store = try database.open(.existing)
                try store.recordExportDeleted(id: exportID, on: date, note: note, as: try login.session(store))
                print("Export \(exportID) recorded as deleted on \(date.iso).")
            }
        }
    }
}
