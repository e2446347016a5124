import TUIKit
import VetCore
import VetStore

/// The staff-login forms: each checks what it can before asking the store, which checks again.
@MainActor
enum StaffForms {

    /// A new login: the store makes its one-time password, shown next in a dialog. It is listed at
    /// the site the manager works at unless another (or every open site) is picked.
    static func addUser(openSites: [Site], workingAt: Int64?) -> AddLoginForm {
        AddLoginForm(openSites: openSites, workingAt: workingAt)
    }

    static func changeRole(of staff: StaffUser) -> ManagerForm {
        let username = staff.username
        return ManagerForm(
            title: "Change role", heading: "Role of \(staff.displayName) (\(username))",
            hint: "Now \(staff.role.displayName.lowercased()). Pick the new role from the list.",
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

/// Adding a login: no password is typed here. The store issues a one-time password, which the next
/// screen shows once; the new person must replace it at their first login.
@MainActor
struct AddLoginForm: SmallForm {
    /// The open sites the login can be listed at; with only one, the form does not ask.
    var openSites: [Site] = []
    /// The site the manager works at: the pick list's first choice.
    var workingAt: Int64?

    /// The pick list's value for "every open site".
    static let everySite = "all"

    var title: String { "New login" }
    var heading: String { "Add a staff login" }
    var hint: String? {
        "A one-time password is shown next; they choose their own at first login."
    }
    var fields: [FormField] {
        [FormSupport.field("username", "Username", maxLength: 32),
         FormSupport.field("displayName", "Display name", maxLength: 60),
         PickLists.field("role", "Role", options: PickLists.options(Role.self))] + siteField
    }
    var fieldIDs: [String: String] {
        ["username": "username", "display name": "displayName", "role": "role", "sites": "site", "site": "site"]
    }

    /// "Works at": one open site, or all of them; asked only when the practice has several.
    private var siteField: [FormField] {
        guard openSites.count > 1 else { return [] }
        let options = openSites.map { ChoiceOption(value: String($0.id ?? 0), label: $0.name) }
            + [ChoiceOption(value: Self.everySite, label: "Every open site")]
        let current = workingAt.flatMap { id in openSites.contains { $0.id == id } ? String(id) : nil } ?? ""
        return [PickLists.field("site", "Works at", options: options, value: current)]
    }

    /// The sites the typed choice lists the login at; nil leaves it to the store (one open site).
    private func chosenSites(_ value: String) -> Set<Int64>? {
        guard openSites.count > 1 else { return nil }
        if value == Self.everySite { return Set(openSites.compactMap(\.id)) }
        return Int64(value).map { [$0] }
    }
    var screenID: String { AppCommands.ManagerScreenID.managerForm }
    var discardThing: String { "the new login" }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        var errors: [String: String] = [:]
        let role: Role?
        do { role = try Role.parse(values["role"] ?? "") } catch { role = nil; errors["role"] = ErrorText.describe(error) }
        let sites = chosenSites(values["site"] ?? "")
        if openSites.count > 1, sites == nil { errors["site"] = "works at: choose the site they work at, or every open site" }
        let username = values["username"] ?? ""
        let displayName = values["displayName"] ?? ""
        // The one-time password is made by the store; only the typed fields can be wrong here.
        let new = NewStaffUser(username: username, displayName: displayName, role: role ?? .receptionist, password: "")
        do { _ = try new.validatedNames() } catch {
            for (field, message) in ErrorText.fieldMessages(error) ?? [:] {
                let id = fieldIDs[field] ?? field
                errors[id] = errors[id] ?? message
            }
        }
        guard errors.isEmpty, let role else { return .invalid(errors) }
        return .run(Effect.asUser("add") { store, user in
            .issuedLogin(try store.addUser(username: username, displayName: displayName, role: role, sites: sites, as: user))
        })
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        guard case .issuedLogin(let issued) = payload else { return .pop(nil) }
        return .replace(NoticeScreen.oneTimePassword(issued, action: "Login added"))
    }
}
