import TUIKit
import VetCore
import VetStore

/// The staff-login forms: each checks what it can before asking the store, which checks again.
@MainActor
enum StaffForms {
    static let roleChoices = Role.allCases.map(\.rawValue).joined(separator: ", ")

    static func addUser() -> ManagerForm {
        ManagerForm(
            title: "New login", heading: "Add a staff login",
            hint: "Role is one of \(roleChoices). The password needs at least \(StaffPassword.minimumLength) characters.",
            fields: [FormSupport.field("username", "Username", maxLength: 32),
                     FormSupport.field("displayName", "Display name", maxLength: 60),
                     PickLists.field("role", "Role", options: PickLists.options(Role.self)),
                     FormSupport.field("password", "Password", maxLength: 128, masked: true),
                     FormSupport.field("again", "Password again", maxLength: 128, masked: true)],
            fieldIDs: ["username": "username", "display name": "displayName", "role": "role", "password": "password"],
            doneMessage: "Login added; they can log in now.") { values in
            var errors: [String: String] = [:]
            let role: Role?
            do { role = try Role.parse(values["role"] ?? "") } catch { role = nil; errors["role"] = ErrorText.describe(error) }
            let password = values["password"] ?? ""
            if password != values["again"] { errors["again"] = "the two passwords are not the same" }
            let new = NewStaffUser(username: values["username"] ?? "", displayName: values["displayName"] ?? "",
                                   role: role ?? .receptionist, password: password)
            do { _ = try new.validated() } catch {
                for (field, message) in ErrorText.fieldMessages(error) ?? [:] {
                    errors[Self.fieldID(field)] = errors[Self.fieldID(field)] ?? message
                }
            }
            guard errors.isEmpty else { return .invalid(errors) }
            return .run(Effect.asUser("add") { store, user in
                _ = try store.addUser(new, as: user)
                return .done
            })
        }
    }

    static func resetPassword(for staff: StaffUser) -> ManagerForm {
        let username = staff.username
        return ManagerForm(
            title: "Reset password", heading: "New password for \(staff.displayName) (\(username))",
            hint: "Tell them the new password in person; they can change it from the command line.",
            fields: [FormSupport.field("password", "New password", maxLength: 128, masked: true),
                     FormSupport.field("again", "Password again", maxLength: 128, masked: true)],
            fieldIDs: ["password": "password"], doneMessage: "Password of \(username) changed.") { values in
            let password = values["password"] ?? ""
            do { try StaffPassword.validate(password) } catch { return .invalid(["password": ErrorText.describe(error)]) }
            if password != values["again"] { return .invalid(["again": "the two passwords are not the same"]) }
            return .run(Effect.asUser("password") { store, user in
                try store.setPassword(username: username, to: password, as: user)
                return .done
            })
        }
    }

    static func changeRole(of staff: StaffUser) -> ManagerForm {
        let username = staff.username
        return ManagerForm(
            title: "Change role", heading: "Role of \(staff.displayName) (\(username))",
            hint: "Now \(staff.role.displayName.lowercased()). Type one of \(roleChoices).",
            fields: [PickLists.field("role", "New role", options: PickLists.options(Role.self), value: staff.role.rawValue)],
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
