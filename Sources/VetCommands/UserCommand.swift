import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk user add|passwd|list`: staff logins, for whoever administers the practice's machine.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add staff logins, change passwords, list users.",
        subcommands: [Add.self, Passwd.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff login.")
        @Argument(help: "Login name: 2–32 letters, digits, dots, dashes or underscores.") var username: String
        @Option(help: "The name shown on screen.") var name: String
        @Option(help: "receptionist, vet or manager.") var role: String
        @Option(help: "The first password (else read from standard input).") var password: String?
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let parsedRole: Role
                do { parsedRole = try Role.parse(role, field: "role") } catch let error as VetCore.ValidationError {
                    throw CommandFailure(message: error.message)
                }
                let secret = try password ?? readPassword()
                let store = try database.open(.createIfMissing)
                let user = try store.addUser(NewStaffUser(username: username, displayName: name, role: parsedRole,
                                                          password: secret), as: nil)
                print("Added \(user.username) (\(user.displayName), \(user.role.rawValue)).")
            }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set a staff login's password.")
        @Argument var username: String
        @Option(help: "The new password (else read from standard input).") var password: String?
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let secret = try password ?? readPassword()
                try database.open(.existing).setPassword(username: username, to: secret, as: nil)
                print("Password changed for \(username).")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List staff logins.")
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                for user in try database.open(.reading).users() {
                    printRow([user.username, user.displayName, user.role.rawValue, user.active ? "active" : "inactive"])
                }
            }
        }
    }
}

/// Reads one line from standard input, so a password need not appear in the shell history.
private func readPassword() throws -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        throw CommandFailure(message: "password: give --password or type it on standard input")
    }
    return line
}
