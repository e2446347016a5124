import ArgumentParser
import Foundation
import VetStore

/// `vetdesk access-pack REF --out DIR`: the access pack of a request, owner-only files.
struct AccessPackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access-pack",
        abstract: "Write the access pack (JSON and a printable HTML page) of a data-protection request.")

    @Argument(help: "The request reference, e.g. DSR-2026-0007.") var reference: String
    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir")) var out: String
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let store = try database.open(.existing)
            let user = try login.session(store)
            let pack = try store.writeAccessPack(reference: reference, to: URL(fileURLWithPath: out), as: user)
            print("Wrote \(pack.jsonFile.path)")
            print("Wrote \(pack.htmlFile.path)")
            print("Wrote \(pack.staffFile.path) (for staff only: never send it)")
            print("Paper records to fetch: \(pack.paperRecords.count)")
            for paper in pack.paperRecords { print("  claim \(paper.claimID) (\(paper.pet)): \(paper.location)") }
            print("Items to review before release: \(pack.reviewItems.count) (listed in the staff-only file)")
        }
    }
}
