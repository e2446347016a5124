import ArgumentParser
import Foundation
import VetStore

/// `vetdesk search TEXT`: the front-desk search, for scripts.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find clients by name, phone, postcode, email, pet name or microchip.",
        discussion: "Runs as a logged-in member of staff (--as); every client listed is recorded as viewed in the audit trail. "
            + "When more clients match than are printed, a line on standard error says how many.")

    @Argument(help: "What to look for, e.g. \"zoe smi\", \"07700 900123\", \"JE2 3AB\".")
    var text: String

    @Option(parsing: .unconditional, help: "The most results to print (1–500).",
            transform: { try OptionNumber.parse($0, option: "--limit", range: 1...500) })
    var limit = 20

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var login: StaffLogin
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...500).contains(limit) else { throw ValidationError("--limit must be from 1 to 500, not \(limit)") }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ValidationError("the search text must not be empty")
        }
    }

    func run() throws {
        try reportingFailures {
            let store = try database.open(.reading)
            let results = try store.searchResults(text, limit: limit, as: try login.session(store))
            let hits = results.hits
            if json {
                try printJSON(hits)
            } else if hits.isEmpty {
                print("No clients match '\(text)'.")
            } else {
                for hit in hits {
                    let pets = hit.pets.isEmpty ? "" : "  pets: " + hit.pets.joined(separator: ", ")
                    printRow([String(hit.clientID), hit.name, hit.postcode, hit.phones.first ?? "", "[\(hit.matchedOn)]\(pets)"])
                }
            }
            if results.hasMore {
                printError("vetdesk: \(results.shownOfTotal) clients shown — type more to narrow"
                    + (limit < Self.maximumLimit ? ", or raise --limit (up to \(Self.maximumLimit))." : "."))
            }
        }
    }

    static let maximumLimit = 500
}
