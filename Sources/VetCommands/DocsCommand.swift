import ArgumentParser
import VetTUI

/// `vetdesk docs keys`: prints the key reference generated from the command table, which
/// `docs/keys.md` holds (a test fails when the file is stale).
struct DocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "Print generated documentation.",
        shouldDisplay: false,
        subcommands: [Keys.self])

    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the key reference as Markdown (docs/keys.md).")

        func run() {
            print(KeyReference.markdown(), terminator: "")
        }
    }
}
