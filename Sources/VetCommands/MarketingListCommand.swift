import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk marketing-list --channel C [--purpose P] [--out FILE]`: clients who may be contacted now.
struct MarketingListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "marketing-list",
        abstract: "CSV of clients with a current basis for marketing on a channel.")

    @Option(help: "email, sms, post or phone.") var channel: String
    @Option(help: "practice (our own marketing) or third-party.") var purpose = "practice"
    @Option(help: ArgumentHelp("Write to this new file (owner-only) instead of standard output.", valueName: "file"))
    var out: String?
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            guard let parsedChannel = ConsentChannel(rawValue: channel.lowercased()) else {
                throw CommandFailure(message: "--channel: '\(channel)' is not a channel; use email, sms, post or phone")
            }
            let parsedPurpose: ConsentPurpose
            switch purpose.lowercased() {
            case "practice": parsedPurpose = .practice
            case "third-party", "thirdparty": parsedPurpose = .thirdParty
            default: throw CommandFailure(message: "--purpose: '\(purpose)' is not a purpose; use practice or third-party")
            }
            if let out, FileManager.default.fileExists(atPath: out) {
                throw CommandFailure(message: "\(out) already exists; choose a new file")
            }
            let store = try database.open(.existing)
            let user = try login.session(store)
            let entries = try store.marketingList(channel: parsedChannel, purpose: parsedPurpose, as: user)
            if let out {
                try store.writeMarketingList(entries, to: URL(fileURLWithPath: out), as: user)
                printError("Wrote \(entries.count) clients to \(out)")
            } else {
                try store.logMarketingList(entries, location: "standard output", as: user)
                print(AppDatabase.marketingCSV(entries), terminator: "")
            }
        }
    }
}
