import ArgumentParser
import VetStore

extension UserCommand {
    /// `vetdesk user sites USERNAME --site S …`: the sites a login works at, replacing the ones it had.
    struct Sites: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Choose the sites a login works at (replacing the ones it had).",
            discussion: "Standard input line 1: the manager's password. Each site must be open.")
        @Argument(help: "The login to change.") var username: String
        @Option(name: .customLong("site"), help: ArgumentHelp("A site the login works at (any case); repeat for several.",
                                                               valueName: "site"))
        var sites: [String] = []
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if sites.isEmpty { throw ValidationError("give at least one --site") }
        }

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let chosen = try SiteOptions.ids(sites, in: store)
                try store.setStaffSites(username: username, siteIDs: chosen, as: try login.session(store))
                let names = try store.sites().filter { chosen.contains($0.id ?? 0) }.map(\.name)
                print("\(username.lowercased()) works at \(names.joined(separator: ", ")).")
            }
        }
    }
}
