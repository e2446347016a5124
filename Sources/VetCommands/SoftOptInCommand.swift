import ArgumentParser
import Foundation
import VetStore

/// `vetdesk soft-opt-in [--months N]`: how long a soft opt-in lasts with no sale, shown or set.
struct SoftOptInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "soft-opt-in",
        abstract: "Show or set how many months with no sale a soft opt-in lasts (24 unless set).")

    @Option(help: ArgumentHelp("Set the period, 1–120 months (a manager's decision).", valueName: "months")) var months: String?
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let store = try database.open(.existing)
            let user = try login.session(store)
            if let months {
                try store.setSoftOptInLapse(months: try OptionNumber.parse(months, option: "--months", range: 1...120), as: user)
            }
            print("A soft opt-in lapses after \(try store.softOptInLapseMonths()) months with no sale.")
        }
    }
}
