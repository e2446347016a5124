import TUIKit
import VetCore
import VetStore

/// Username and password; on the demo practice the demo logins are listed underneath.
struct LoginScreen: Screen {
    var form = FormState(fields: [
        FormSupport.field("username", "Username", maxLength: 32),
        FormSupport.field("password", "Password", maxLength: 128, masked: true),
    ])

    init() {}

    /// The form with `username` filled in and the password to type, when going back to it.
    init(username: String) {
        form.load(username, into: "username")
        form.focus("password")
    }

    var screenID: String { AppCommands.ScreenID.login }
    var title: String { "Log in" }
    var isTextEntryActive: Bool { true }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        guard command.id == AppCommands.ID.logIn else { return .ignored }
        let username = form.value(of: "username") ?? ""
        let password = form.value(of: "password") ?? ""
        if username.isEmpty {
            form.focus("username")
            return .message(StatusMessage("Type your username, then Tab to the password.", kind: .warning))
        }
        if form.focusedField?.id == "username", password.isEmpty {
            form.focus("password")
            return .handled
        }
        return .run(Effect("login") { store, _ in
            switch try store.logIn(username: username, password: password) {
            case .session(let session): .session(session)
            case .mustChangePassword(let name): .mustChangePassword(username: name)
            }
        })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = form.handle(key)
        return .handled
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        form.paste(text)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if case .session(let session)? = result.payload { return .loggedIn(session) }
        if case .mustChangePassword(let name)? = result.payload {
            let oneTime = form.value(of: "password") ?? ""
            form.load("", into: "password")
            return .push(SmallFormScreen(OwnPasswordForm(.firstLogin(username: name, oneTimePassword: oneTime))))
        }
        form.load("", into: "password")
        form.focus("password")
        return .message(StatusMessage(result.failure ?? "Could not log in.", kind: .error))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let note = "Welcome to \(context.practiceName). Log in to continue."
        let cursor = FormSupport.render(form, heading: "Log in", note: note, into: &buffer, in: rect)
        guard !context.demoLogins.isEmpty else { return cursor }
        var row = rect.row + 9
        buffer.write("Demo practice: these logins are for trying VetDesk out.", row: row, column: rect.column + 2, role: .warning)
        row += 1
        for login in context.demoLogins where row < rect.bottom {
            let text = pad(login.username, to: 14) + pad(login.password, to: 18) + login.role
            buffer.write(text, row: row, column: rect.column + 4)
            row += 1
        }
        return cursor
    }
}
