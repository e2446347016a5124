import TUIKit
import VetCore
import VetStore

/// The staff-login forms: each checks what it can before asking the store, which checks again.
@MainActor
enum StaffForms {
    static let roleChoices = Role.allCases.map(\.rawValue).joined(separator: ", ")

    /// A new login: the store makes its one-time password, shown next in a dialog.
    static func addUser() -> AddLoginForm { AddLoginForm() }

    static func changeRole(of staff: StaffUser) -> ManagerForm {
        let username = staff.username
        return ManagerForm(
            title: "Change role", heading: "Role of \(staff.displayName) (\(username))",
            hint: "Now \(staff.role.displayName.lowercased()). Type one of \(roleChoices).",
            fields: [FormSupport.field("role", "New role", maxLength: 20)],
            fieldIDs: ["role": "role"], doneMessage: "Role of \(username) changed.") { values in
            let role: Role
            do { role = try Role.parse(values["role"] ?? "") } catch { return .invalid(["role": ErrorText.describe(error)]) }
            return .run(Effect.asUser("role") { store, user in
                try store.setRole(username: username, to: role, as: user)
                return .done
            })
        }
    }

    private static func fieldID(_ storeField: String) -> String {
        storeField == "display name" ? "displayName" : storeField
    }
}

/// Adding a login: no password is typed here. The store issues a one-time password, which the next
/// screen shows once; the new person must replace it at their first login.
@MainActor
struct AddLoginForm: SmallForm {
    var title: String { "New login" }
    var heading: String { "Add a staff login" }
    var hint: String? {
        "Role is one of \(StaffForms.roleChoices). A one-time password is shown next; they choose their own at first login."
    }
    var fields: [FormField] {
        [FormSupport.field("username", "Username", maxLength: 32),
         FormSupport.field("displayName", "Display name", maxLength: 60),
         FormSupport.field("role", "Role", maxLength: 20)]
    }
    var fieldIDs: [String: String] { ["username": "username", "display name": "displayName", "role": "role"] }
    var screenID: String { AppCommands.ManagerScreenID.managerForm }
    var discardThing: String { "the new login" }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        var errors: [String: String] = [:]
        let role: Role?
        do { role = try Role.parse(values["role"] ?? "") } catch { role = nil; errors["role"] = ErrorText.describe(error) }
        let username = values["username"] ?? ""
        let displayName = values["displayName"] ?? ""
        // The one-time password always passes the rule; only the typed fields can be wrong.
        let probe = NewStaffUser(username: username, displayName: displayName, role: role ?? .receptionist,
                                 password: String(repeating: "x", count: StaffPassword.minimumLength) + "-probe")
        do { _ = try probe.validated() } catch {
            for (field, message) in ErrorText.fieldMessages(error) ?? [:] {
                let id = fieldIDs[field] ?? field
                errors[id] = errors[id] ?? message
            }
        }
        guard errors.isEmpty, let role else { return .invalid(errors) }
        return .run(Effect.asUser("add") { store, user in
            .issuedLogin(try store.addUser(username: username, displayName: displayName, role: role, as: user))
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        guard case .issuedLogin(let issued) = payload else { return .pop(nil) }
        return .replace(OneTimePasswordScreen(issued: issued, action: "Login added"))
    }
}
