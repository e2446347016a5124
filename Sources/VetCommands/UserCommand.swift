import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk user …`: staff logins. Every change needs a manager's login (`--as`), except the
/// first manager of an empty practice; anyone may change their own password with the current one.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add staff logins, change passwords, roles and sites, unlock, list users.",
        discussion: """
            Passwords are never given as options. At a terminal they are asked for with echo off; \
            from a script, standard input gives one password per line in the order each subcommand's \
            help lists.
            """,
        subcommands: [Add.self, Passwd.self, Reset.self, RoleChange.self, Sites.self, Deactivate.self, Reactivate.self,
                      Unlock.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a staff login; it gets a one-time password, printed once.",
            discussion: """
                With --as, a manager adds the login: standard input line 1 is the manager's password. \
                The new login's one-time password is printed on standard output and must be changed at \
                first login (vetdesk user passwd USERNAME). The login works at the sites given with --site; \
                without it, at the practice's only open site (a practice with several must be told).
                On an empty practice (no active manager; the file may be missing) the first manager is \
                added without --as and sets its own password: line 1 the new password, line 2 the same again.
                """)
        @Argument(help: "Login name: 2–32 letters, digits, dots, dashes or underscores.") var username: String
        @Option(help: "The name shown on screen.") var name: String
        @Option(help: "receptionist, vet or manager.") var role: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The manager adding the login.", valueName: "username"))
        var manager: String?
        @Option(name: .customLong("site"), help: ArgumentHelp("A site the login works at (any case); repeat for several.",
                                                               valueName: "site"))
        var sites: [String] = []
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let parsedRole = try parseRole(role)
                guard let manager else {
                    if !sites.isEmpty { throw CommandFailure(message: "--site: the first manager works at every open site") }
                    try addFirstManager(role: parsedRole)
                    return
                }
                let store = try database.open(.existing)
                let chosen = sites.isEmpty ? nil : try SiteOptions.ids(sites, in: store)
                let session = try StaffLogin.session(store, username: manager)
                let issued: IssuedLogin
                do {
                    issued = try store.addUser(username: username, displayName: name, role: parsedRole, sites: chosen, as: session)
                } catch StoreError.invalid(let errors) where errors.message(for: "sites") != nil {
                    // "sites: this practice has 2 sites; choose …" said in the command line's terms.
                    let reason = (errors.message(for: "sites") ?? "").split(separator: ";").first.map(String.init) ?? ""
                    let told = reason.hasPrefix("sites: ") ? String(reason.dropFirst("sites: ".count)) : reason
                    throw CommandFailure(message: "--site: \(told); give --site for each site the login works at")
                }
                let user = issued.user
                let listed = try store.staffSites()[user.id ?? 0] ?? []
                let siteNames = try store.sites().filter { listed.contains($0.id ?? 0) }.map(\.name)
                print("Added \(user.username) (\(user.displayName), \(user.role.rawValue))"
                      + (siteNames.isEmpty ? "; the practice has no open site yet, so list them at one once it has: "
                         + "vetdesk user sites \(user.username) --site SITE" : " at \(siteNames.joined(separator: ", "))."))
                printOneTimePassword(issued)
            }
        }

        /// The first manager of an empty practice. Everything that can be checked is checked before
        /// a missing or empty file becomes a practice, so a refusal leaves no file behind.
        private func addFirstManager(role: Role) throws {
            if (try? FileManager.default.attributesOfItem(atPath: database.path)[.size] as? Int) ?? 0 > 0,
               try database.open(.existing).hasActiveManager() {
                throw CommandFailure(message: "adding a login needs a manager: give --as MANAGER")
            }
            guard role == .manager else {
                throw CommandFailure(message: "the first login of a practice must be a manager (--role manager)")
            }
            do {
                _ = try NewStaffUser(username: username, displayName: name, role: .manager, password: "").validatedNames()
            } catch { throw CommandFailure(message: error.description) }
            let password = try PasswordReader().readNew(for: username)
            let store = try database.open(.createIfMissing)
            let user = try store.addFirstManager(NewStaffUser(username: username, displayName: name,
                                                              role: .manager, password: password))
            print("Added \(user.username) (\(user.displayName), manager): the practice's first manager.")
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change your own password (or the one-time password a manager gave you).",
            discussion: """
                Standard input, when it is not a terminal: line 1 the current (or one-time) password, \
                line 2 the new password, line 3 the new password again.
                """)
        @Argument(help: "Your login name.") var username: String
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let reader = PasswordReader()
                let current = try reader.read("Current password for \(username): ", field: "current password")
                let new = try reader.readNew(for: username)
                try store.changeOwnPassword(username: username, current: current, new: new)
                print("Password changed for \(username.lowercased()).")
            }
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a login a new one-time password (forgotten password); also lifts a lock-out.",
            discussion: "Standard input line 1: the manager's password. The one-time password is printed once.")
        @Argument(help: "The login to reset.") var username: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let issued = try store.resetPassword(username: username, as: try login.session(store))
                printOneTimePassword(issued)
            }
        }
    }

    struct RoleChange: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "role", abstract: "Change a login's role.",
            discussion: "Standard input line 1: the manager's password.")
        @Argument(help: "The login to change.") var username: String
        @Option(help: "receptionist, vet or manager.") var role: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let parsedRole = try parseRole(role)
                let store = try database.open(.existing)
                try store.setRole(username: username, to: parsedRole, as: try login.session(store))
                print("\(username.lowercased()) is now \(parsedRole.rawValue).")
            }
        }
    }

    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop a login from logging in (its history stays).",
            discussion: "Standard input line 1: the manager's password.")
        @Argument(help: "The login to deactivate.") var username: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                try store.setActive(username: username, false, as: try login.session(store))
                print("Deactivated \(username.lowercased()).")
            }
        }
    }

    struct Reactivate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let a deactivated login log in again.",
            discussion: "Standard input line 1: the manager's password.")
        @Argument(help: "The login to reactivate.") var username: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                try store.setActive(username: username, true, as: try login.session(store))
                print("Reactivated \(username.lowercased()).")
            }
        }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lift a lock-out caused by too many wrong passwords.",
            discussion: "Standard input line 1: the manager's password.")
        @Argument(help: "The locked login.") var username: String
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                try store.unlockLogin(username: username, as: try login.session(store))
                print("Unlocked \(username.lowercased()).")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List staff logins: name, role, state and sites (a manager's view, audited).",
            discussion: "Standard input line 1: the manager's password.")
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.reading)
                let users = try store.users(as: try login.session(store))
                let sites = try store.sites()
                let listing = try store.staffSites()
                for user in users {
                    let state = user.active ? (user.mustChangePassword ? "active, one-time password" : "active") : "inactive"
                    printRow([user.username, user.displayName, user.role.rawValue, state,
                              SiteOptions.names(of: user, sites: sites, listing: listing)])
                }
            }
        }
    }
}

private func parseRole(_ text: String) throws -> Role {
    do { return try Role.parse(text, field: "role") } catch { throw CommandFailure(message: error.message) }
}

/// The only time the one-time password is shown: on standard output, for the manager to hand over.
private func printOneTimePassword(_ issued: IssuedLogin) {
    print("One-time password for \(issued.user.username): \(issued.oneTimePassword)")
    print("It is shown only now. \(issued.user.username) must change it at first login: vetdesk user passwd \(issued.user.username)")
}
