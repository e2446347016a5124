import ArgumentParser
import VetStore

/// `--as USERNAME`: commands that show or change personal data run as a named, logged-in member
/// of staff, whose password is read by `PasswordReader` and whose login is throttled and audited.
struct StaffLogin: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp(
        "Your login name. Its password is asked for on the terminal, or read as the first line of standard input.",
        valueName: "username"))
    var username: String

    func session(_ store: AppDatabase) throws -> StaffSession {
        try Self.session(store, username: username)
    }

    /// Logs `username` in; a login still holding a one-time password is told how to change it.
    static func session(_ store: AppDatabase, username: String, reader: PasswordReader = PasswordReader()) throws -> StaffSession {
        let password = try reader.read("Password for \(username): ", field: "password")
        switch try store.logIn(username: username, password: password) {
        case .session(let session):
            return session
        case .mustChangePassword(let name):
            throw CommandFailure(message: "\(name) has a one-time password that must be changed before anything else: "
                                 + "run `vetdesk user passwd \(name)`")
        }
    }
}
