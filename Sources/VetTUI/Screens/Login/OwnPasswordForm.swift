import TUIKit
import VetCore
import VetStore

/// Choosing one's own password: from any screen with the current one ("change my password"), or
/// straight after logging in with a one-time password from a manager, which must be replaced
/// before anything else; then the new password logs the person in.
@MainActor
struct OwnPasswordForm: SmallForm {
    enum Purpose {
        case change
        case firstLogin(username: String, oneTimePassword: String)
    }

    let purpose: Purpose

    init(_ purpose: Purpose) { self.purpose = purpose }

    var title: String { "Change password" }
    var heading: String {
        switch purpose {
        case .change: "Change my password"
        case .firstLogin(let username, _): "Choose your own password, \(username)"
        }
    }
    var hint: String? {
        let rule = "At least \(StaffPassword.minimumLength) characters, not your username and not a commonly used password."
        switch purpose {
        case .change: return rule
        case .firstLogin: return "The password you were given works only once. " + rule
        }
    }
    var fields: [FormField] {
        let new = [FormSupport.field("new", "New password", maxLength: StaffPassword.maximumLength, masked: true),
                   FormSupport.field("again", "New password again", maxLength: StaffPassword.maximumLength, masked: true)]
        guard case .change = purpose else { return new }
        return [FormSupport.field("current", "Current password", maxLength: StaffPassword.maximumLength, masked: true)] + new
    }
    var fieldIDs: [String: String] { ["current password": "current", "new password": "new", "username": "new"] }
    var screenID: String { AppCommands.ScreenID.changePassword }
    var discardThing: String { "the new password" }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        let new = values["new"] ?? ""
        let current = values["current"] ?? ""
        var errors: [String: String] = [:]
        if case .change = purpose, current.isEmpty { errors["current"] = "current password: type the password you use now" }
        if new != values["again"] { errors["again"] = "the two passwords are not the same" }
        let username: String? = switch purpose {
        case .change: nil
        case .firstLogin(let name, _): name
        }
        do { try PasswordPolicy.validate(new, username: username ?? "") } catch { errors["new"] = error.message }
        guard errors.isEmpty else { return .invalid(errors) }
        switch purpose {
        case .change:
            return .run(Effect.asUser("own password") { store, user in
                try store.changeOwnPassword(username: user.username, current: current, new: new)
                return .done
            })
        case .firstLogin(let name, let oneTime):
            return .run(Effect("first password") { store, _ in
                try store.changeOwnPassword(username: name, current: oneTime, new: new)
                return .session(try store.authenticate(username: name, password: new))
            })
        }
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        if case .session(let session) = payload { return .loggedIn(session) }
        return .pop(StatusMessage("Your password is changed; use the new one from now on.", kind: .success))
    }
}
