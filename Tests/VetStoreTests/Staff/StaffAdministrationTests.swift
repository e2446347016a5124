import Foundation
import Testing
@testable import VetStore
import VetDeskTestSupport
import VetSQL
import VetCore

/// Staff administration needs a manager's session; new and reset logins get one-time passwords.
@Suite("staff administration")
struct StaffAdministrationTests {
    @Test(arguments: SQLDialect.allCases)
    func onlyAnEmptyPracticeMayAddItsFirstManagerWithoutALogin(engine: SQLDialect) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-staff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = engine == .postgresql ? try TestServer.createDatabase() : nil
        defer { if let server { TestServer.dropDatabase(server.database) } }
        let store = try AppDatabase(path: server?.description ?? folder.appendingPathComponent("p.sqlite").path,
                                    mode: .createIfMissing)
        defer { try? store.close() }
        #expect(try !store.hasActiveManager())
        #expect(throws: StoreError.self) {
            try store.addFirstManager(NewStaffUser(username: "desk", displayName: "Desk", role: .receptionist,
                                                   password: "desk-own-password"))
        }
        let first = try store.addFirstManager(NewStaffUser(username: "mia", displayName: "Mia", role: .manager,
                                                           password: "mia-own-password"))
        #expect(first.mustChangePassword == false)
        #expect(try store.authenticate(username: "mia", password: "mia-own-password").role == .manager)
        #expect {
            try store.addFirstManager(NewStaffUser(username: "evil", displayName: "Evil", role: .manager,
                                                   password: "evil-own-password"))
        } throws: { error in
            guard case StoreError.permissionDenied(let message) = error else { return false }
            return message.contains("needs a manager")
        }
        #expect(try store.users().map(\.username) == ["mia"])
        let firstEntry = try store.read { db in
            try db.fetchValue(Int64.self, "SELECT user_id FROM audit_entry WHERE action = 'add first manager'")
        }
        #expect(firstEntry == first.id, "the first manager's entry names them")
    }

    @Test(arguments: SQLDialect.allCases)
    func onlyAManagerAdministersLoginsAndEveryEntryNamesWhoActed(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let store = practice.database
        #expect(throws: StoreError.self) {
            try store.addUser(username: "sneaky", displayName: "Sneaky", role: .manager, as: practice.receptionist)
        }
        #expect(throws: StoreError.self) { try store.resetPassword(username: "morgan", as: practice.vet) }
        #expect(throws: StoreError.self) { try store.setRole(username: "tom", to: .manager, as: practice.receptionist) }
        #expect(throws: StoreError.self) { try store.setActive(username: "priya", false, as: practice.receptionist) }
        #expect(throws: StoreError.self) { try store.unlockLogin(username: "priya", as: practice.vet) }
        #expect(throws: StoreError.self) { try store.users(as: practice.receptionist) }

        let before = try store.read { db in try db.fetchValue(Int64.self, "SELECT MAX(id) FROM audit_entry") } ?? 0
        let issued = try store.addUser(username: "Ana", displayName: "Ana Vet", role: .vet, as: practice.manager)
        try store.setRole(username: "ana", to: .receptionist, as: practice.manager)
        try store.setActive(username: "ana", false, as: practice.manager)
        try store.setActive(username: "ana", true, as: practice.manager)
        _ = try store.resetPassword(username: "ana", as: practice.manager)
        try store.changeOwnPassword(username: "tom", current: "harbour-desk-1", new: "tom-chose-this")
        let entries = try store.read { db in
            try db.fetchValues(Int64?.self, """
                SELECT user_id FROM audit_entry WHERE id > ? AND record_type = 'staff_user' AND action NOT LIKE '%log in%'
                """, [before])
        }
        #expect(entries.count == 6)
        #expect(entries.allSatisfy { $0 != nil }, "no staff change is anonymous")
        #expect(entries.filter { $0 == practice.manager.userID }.count == 5)
        #expect(issued.user.mustChangePassword)
        #expect(issued.oneTimePassword.count == 14)
        let hash = try store.read { db in try db.fetchValue(String.self, "SELECT password_hash FROM staff_user WHERE username = 'ana'") }
        #expect(hash?.contains(issued.oneTimePassword) == false)
    }

    @Test(arguments: SQLDialect.allCases)
    func aOneTimePasswordMustBeChangedBeforeAnythingElse(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let store = practice.database
        let issued = try store.addUser(username: "ana", displayName: "Ana Vet", role: .vet, as: practice.manager)
        #expect(try store.logIn(username: "ana", password: issued.oneTimePassword) == .mustChangePassword(username: "ana"))
        #expect {
            try store.authenticate(username: "ana", password: issued.oneTimePassword)
        } throws: { error in
            "\(error)".contains("must change the one-time password")
        }
        try store.changeOwnPassword(username: "ana", current: issued.oneTimePassword, new: "ana-chose-this")
        #expect(try store.authenticate(username: "ana", password: "ana-chose-this").role == .vet)
        #expect(throws: StoreError.self) { try store.authenticate(username: "ana", password: issued.oneTimePassword) }

        let reset = try store.resetPassword(username: "ana", as: practice.manager)
        #expect(throws: StoreError.self) { try store.authenticate(username: "ana", password: "ana-chose-this") }
        #expect(try store.logIn(username: "ana", password: reset.oneTimePassword) == .mustChangePassword(username: "ana"))
    }

    @Test(arguments: SQLDialect.allCases)
    func changingYourOwnPasswordNeedsTheCurrentOne(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let store = practice.database
        #expect(throws: StoreError.self) {
            try store.changeOwnPassword(username: "tom", current: "not-the-password", new: "tom-chose-this")
        }
        #expect(try store.authenticate(username: "tom", password: "harbour-desk-1").role == .receptionist)
    }

    @Test(arguments: SQLDialect.allCases, [
        ("short-one", "new password must be at least 10 characters"),
        ("TOM", "new password must be at least 10 characters"),
        ("Password123", "new password is on the list of commonly used passwords; choose another"),
        ("QWERTYUIOP", "new password is on the list of commonly used passwords; choose another"),
        ("sunshine2024", "new password is on the list of commonly used passwords; choose another"),
    ])
    func newPasswordsFollowTheRule(engine: SQLDialect, rule: (password: String, message: String)) throws {
        let practice = try TestPractice.make(engine: engine)
        #expect {
            try practice.database.changeOwnPassword(username: "tom", current: "harbour-desk-1", new: rule.password)
        } throws: { error in
            guard case StoreError.invalid(let errors) = error else { return false }
            return errors.message(for: "new password") == rule.message
        }
    }

    @Test func aPasswordEqualToTheUsernameIsRefused() throws {
        #expect(throws: ValidationError.self) { try PasswordPolicy.validate("Morgan.Le.Sueur", username: "morgan.le.sueur") }
        #expect(PasswordPolicy.commonPasswords.count > 2_000, "the list ships as a resource and is found")
        #expect(PasswordPolicy.isCommon("LetMeIn"))
        #expect(!PasswordPolicy.isCommon("harbour-desk-1"))
    }
}
