import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk site [list|add|edit|close|reopen]`: the practice's sites. Listing them needs no login
/// (a site's name, address and phone are the practice's own); changing them needs a manager's.
struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "List the practice's sites, or (as a manager) add, edit, close or reopen one.",
        discussion: "Sites are named ignoring case. The practice always keeps one open site.",
        subcommands: [List.self, Add.self, Edit.self, Close.self, Reopen.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every site: name, phone, open or closed, how many active logins are listed there, address.")
        @Flag(help: "Print JSON instead of a table.") var json = false
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.reading)
                let sites = try store.sites()
                let counts = try SiteOptions.staffCounts(store)
                if json {
                    let rows = sites.map { SiteJSON($0, staff: counts[$0.id ?? 0] ?? 0) }
                    try printJSON(rows)
                    return
                }
                for site in sites {
                    printRow([site.name, site.phone.isEmpty ? "-" : site.phone, site.active ? "open" : "closed",
                              "\(counts[site.id ?? 0] ?? 0) staff", site.address])
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a new site.", discussion: "Standard input line 1: the manager's password.")
        @Argument(help: "The site's name: up to 60 characters, unique ignoring case.") var name: String
        @Option(help: "The site's address; it may hold line breaks.") var address = ""
        @Option(help: "The site's phone number.") var phone = ""
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let details = try SiteOptions.validated(SiteDetails(name: name, address: address, phone: phone))
                let store = try database.open(.existing)
                let site = try store.addSite(details, as: try login.session(store))
                print("Added site \(site.name)" + (site.phone.isEmpty ? "." : " (\(site.phone))."))
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rename a site or change its address or phone.",
            discussion: "Standard input line 1: the manager's password. Options left out keep their value.")
        @Argument(help: "The site's name now (any case).") var site: String
        @Option(help: "A new name.") var name: String?
        @Option(help: "A new address (empty to remove it).") var address: String?
        @Option(help: "A new phone number (empty to remove it).") var phone: String?
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if name == nil, address == nil, phone == nil { throw ValidationError("give --name, --address or --phone") }
        }

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let current = try store.site(named: site)
                let details = try SiteOptions.validated(SiteDetails(name: name ?? current.name, address: address ?? current.address,
                                                                    phone: phone ?? current.phone))
                let saved = try store.updateSite(id: current.id ?? 0, expectedVersion: current.version, details: details,
                                                 as: try login.session(store))
                print("Saved site \(saved.name).")
            }
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a site: its history stays, no terminal can work there and no one can be listed there.",
            discussion: "Standard input line 1: the manager's password. The practice's last open site cannot be closed.")
        @Argument(help: "The site's name (any case).") var site: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws { try SiteCommand.setOpen(false, site: site, login: login, database: database) }
    }

    struct Reopen: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Open a closed site again.", discussion: "Standard input line 1: the manager's password.")
        @Argument(help: "The site's name (any case).") var site: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws { try SiteCommand.setOpen(true, site: site, login: login, database: database) }
    }
}

/// Site names typed on the command line, and the checks made before a manager's password is asked for.
enum SiteOptions {
    /// The details as the store will take them, or every field's refusal on its own line.
    static func validated(_ details: SiteDetails) throws -> SiteDetails {
        do { return try details.validated() } catch { throw CommandFailure(message: error.description) }
    }

    /// The ids of the sites named by `--site`, each matched ignoring case; an unknown one is refused naming the option.
    static func ids(_ names: [String], in store: AppDatabase) throws -> Set<Int64> {
        var ids: Set<Int64> = []
        for name in names {
            do { ids.insert(try store.site(named: name).id ?? 0) } catch StoreError.invalid(let errors) {
                throw CommandFailure(message: "--site: " + errors.description)
            }
        }
        return ids
    }

    /// Site id → how many active logins are listed there.
    static func staffCounts(_ store: AppDatabase) throws -> [Int64: Int] {
        let active = Set(try store.users().filter(\.active).compactMap(\.id))
        var counts: [Int64: Int] = [:]
        for (staffID, siteIDs) in try store.staffSites() where active.contains(staffID) {
            for siteID in siteIDs { counts[siteID, default: 0] += 1 }
        }
        return counts
    }

    /// "Harbour Road, Quay Street": a login's sites by name, a closed one marked; "none" when listed nowhere.
    static func names(of user: StaffUser, sites: [Site], listing: [Int64: Set<Int64>]) -> String {
        let listed = listing[user.id ?? 0] ?? []
        let names = sites.filter { listed.contains($0.id ?? 0) }
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
            .map { $0.active ? $0.name : "\($0.name) (closed)" }
        return names.isEmpty ? "none" : names.joined(separator: ", ")
    }
}

/// One site as `site list --json` prints it.
struct SiteJSON: Encodable {
    var name: String
    var address: String
    var phone: String
    var open: Bool
    var staff: Int

    init(_ site: Site, staff: Int) {
        name = site.name
        address = site.address
        phone = site.phone
        open = site.active
        self.staff = staff
    }
}

extension SiteCommand {
    /// Closes or reopens the named site, saying so; a site already in that state is refused.
    static func setOpen(_ open: Bool, site: String, login: ManagerLogin, database: DatabaseOptions) throws {
        try reportingFailures {
            let store = try database.open(.existing)
            let current = try store.site(named: site)
            guard current.active != open else {
                throw CommandFailure(message: "\(current.name) is already \(open ? "open" : "closed")")
            }
            try store.setSiteOpen(id: current.id ?? 0, open, expectedVersion: current.version, as: try login.session(store))
            print(open ? "Reopened \(current.name)." : "Closed \(current.name); its history stays.")
        }
    }
}
