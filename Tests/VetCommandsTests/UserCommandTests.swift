import Foundation
import GRDB
import Testing
import VetDeskTestSupport
import VetCore
import VetStore

/// Staff logins from the command line: a manager's login for every change, passwords only on
/// the terminal or standard input, one-time passwords, lock-out and unlock.
@Suite("vetdesk user")
struct UserCommandTests {
    private static let managerPassword = "mia-manager-pass"

    /// A practice with no manager yet: the file does not exist.
    private func emptyPractice() throws -> String {
        try makeTemporaryFolder().appendingPathComponent("practice.sqlite").path
    }

    /// `user add mia --role manager` on the empty practice, as a script would do it.
    private func practiceWithManager() throws -> String {
        let path = try emptyPractice()
        let first = try CommandRunner.run(["user", "add", "mia", "--name", "Mia Manager", "--role", "manager", "--db", path],
                                          input: "\(Self.managerPassword)\n\(Self.managerPassword)\n")
        #expect(first.status == 0, "stderr: \(first.stderr)")
        #expect(first.stdout.contains("the practice's first manager"))
        return path
    }

    private func oneTimePassword(in output: String) throws -> String {
        let range = try #require(output.range(of: #"One-time password for [a-z]+: \S+"#, options: .regularExpression))
        return String(output[range].split(separator: " ").last ?? "")
    }

    @Test func withAManagerPresentNobodyAddsOrChangesLoginsWithoutLoggingInAsOne() throws {
        let path = try practiceWithManager()
        let evil = try CommandRunner.run(["user", "add", "evil", "--name", "Evil", "--role", "manager", "--db", path],
                                         input: "evil-password-1\nevil-password-1\n")
        #expect(evil.status != 0)
        #expect(evil.stderr.contains("adding a login needs a manager: give --as MANAGER"), "\(evil.stderr)")
        let passwd = try CommandRunner.run(["user", "passwd", "mia", "--db", path], input: "guess-guess\nnew-password-9\nnew-password-9\n")
        #expect(passwd.status != 0)
        #expect(passwd.stderr.contains("username or password is not right"))
        let option = try CommandRunner.run(["user", "passwd", "mia", "--password", "x", "--db", path])
        #expect(option.status != 0)
        #expect(option.stderr.contains("Unknown option '--password'"), "\(option.stderr)")
        let store = try AppDatabase(path: path, mode: .existing)
        #expect(try store.users().map(\.username) == ["mia"])
        #expect(try store.authenticate(username: "mia", password: Self.managerPassword).role == .manager)
    }

    @Test func aNewLoginGetsAOneTimePasswordThatMustBeChangedFirst() throws {
        let path = try practiceWithManager()
        let added = try CommandRunner.run(["user", "add", "tom", "--name", "Tom Renouf", "--role", "receptionist",
                                           "--as", "mia", "--db", path], input: Self.managerPassword + "\n")
        #expect(added.status == 0, "stderr: \(added.stderr)")
        let oneTime = try oneTimePassword(in: added.stdout)
        let refused = try CommandRunner.run(["search", "smith", "--as", "tom", "--db", path], input: oneTime + "\n")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("must be changed before anything else: run `vetdesk user passwd tom`"), "\(refused.stderr)")
        let mismatch = try CommandRunner.run(["user", "passwd", "tom", "--db", path],
                                             input: "\(oneTime)\ntom-own-password\ntom-own-passwort\n")
        #expect(mismatch.status != 0)
        #expect(mismatch.stderr.contains("the two passwords are not the same"))
        let changed = try CommandRunner.run(["user", "passwd", "tom", "--db", path],
                                            input: "\(oneTime)\ntom-own-password\ntom-own-password\n")
        #expect(changed.status == 0, "stderr: \(changed.stderr)")
        let search = try CommandRunner.run(["search", "smith", "--as", "tom", "--db", path], input: "tom-own-password\n")
        #expect(search.status == 0, "stderr: \(search.stderr)")

        let reset = try CommandRunner.run(["user", "reset", "tom", "--as", "mia", "--db", path], input: Self.managerPassword + "\n")
        #expect(reset.status == 0, "stderr: \(reset.stderr)")
        let second = try oneTimePassword(in: reset.stdout)
        #expect(second != oneTime)
        let list = try CommandRunner.run(["user", "list", "--as", "mia", "--db", path], input: Self.managerPassword + "\n")
        #expect(list.stdout.contains("tom\tTom Renouf\treceptionist\tactive, one-time password"), "\(list.stdout)")
        let role = try CommandRunner.run(["user", "role", "tom", "--role", "vet", "--as", "mia", "--db", path],
                                         input: Self.managerPassword + "\n")
        #expect(role.status == 0, "stderr: \(role.stderr)")
        let off = try CommandRunner.run(["user", "deactivate", "tom", "--as", "mia", "--db", path], input: Self.managerPassword + "\n")
        #expect(off.stdout.contains("Deactivated tom"), "stderr: \(off.stderr)")
        let notByTom = try CommandRunner.run(["user", "reactivate", "tom", "--as", "tom", "--db", path], input: second + "\n")
        #expect(notByTom.status != 0)
    }

    @Test func lockOutIsSharedWithTheCommandLineAndAManagerUnlocks() throws {
        let path = try practiceWithManager()
        let added = try CommandRunner.run(["user", "add", "tom", "--name", "Tom", "--role", "receptionist", "--as", "mia",
                                           "--db", path], input: Self.managerPassword + "\n")
        let oneTime = try oneTimePassword(in: added.stdout)
        _ = try CommandRunner.run(["user", "passwd", "tom", "--db", path], input: "\(oneTime)\ntom-own-password\ntom-own-password\n")
        for attempt in 1...5 {
            _ = try CommandRunner.run(["search", "x", "--as", "tom", "--db", path], input: "guess-\(attempt)\n")
        }
        let locked = try CommandRunner.run(["search", "x", "--as", "tom", "--db", path], input: "tom-own-password\n")
        #expect(locked.status != 0)
        #expect(locked.stderr.contains("too many wrong passwords for 'tom': try again after"), "\(locked.stderr)")
        let store = try AppDatabase(path: path, mode: .existing)
        #expect(throws: StoreError.self) { try store.authenticate(username: "tom", password: "tom-own-password") }
        let unlock = try CommandRunner.run(["user", "unlock", "tom", "--as", "mia", "--db", path], input: Self.managerPassword + "\n")
        #expect(unlock.status == 0, "stderr: \(unlock.stderr)")
        let works = try CommandRunner.run(["search", "x", "--as", "tom", "--db", path], input: "tom-own-password\n")
        #expect(works.status == 0, "stderr: \(works.stderr)")
    }

    @Test func theFirstManagerMustChooseAPasswordThatFollowsTheRule() throws {
        let path = try emptyPractice()
        let common = try CommandRunner.run(["user", "add", "mia", "--name", "Mia", "--role", "manager", "--db", path],
                                           input: "Password123\nPassword123\n")
        #expect(common.status != 0)
        #expect(common.stderr.contains("password is on the list of commonly used passwords; choose another"), "\(common.stderr)")
        let missing = try CommandRunner.run(["user", "add", "mia", "--name", "Mia", "--role", "manager", "--db", path])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("new password: no password on standard input"), "\(missing.stderr)")
    }
}
