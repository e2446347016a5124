import TUIKit
import VetCore
import VetStore

/// Shown after the practice's idle time: only the same user's password unlocks, and the screens
/// behind it (with any unsaved input) come back as they were.
struct LockScreen: Screen {
    let username: String
    let displayName: String
    var password = TextFieldState(maxLength: 128, isMasked: true, visibleWidth: FormSupport.editorWidth)

    var screenID: String { AppCommands.ScreenID.lock }
    var title: String { "Locked" }
    var isTextEntryActive: Bool { true }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard command.id == AppCommands.ID.logIn else { return .ignored }
        let user = username
        let typed = password.text
        return .run(Effect("unlock") { store, _ in .session(try store.authenticate(username: user, password: typed)) })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = password.handle(key)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        password.setText("")
        if case .session(let session)? = result.payload { return .loggedIn(session) }
        return .message(StatusMessage(result.failure ?? "Password not right.", kind: .error))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        buffer.write("This terminal is locked.", row: rect.row + 2, column: rect.column + 2, role: .title)
        buffer.write("\(displayName) (\(username)): type your password and press Enter.",
                     row: rect.row + 4, column: rect.column + 2, maxWidth: rect.width - 4)
        buffer.write("Password:", row: rect.row + 6, column: rect.column + 2, role: .label)
        return TextField.render(password, into: &buffer,
                                in: Rect(row: rect.row + 6, column: rect.column + 12, height: 1, width: FormSupport.editorWidth),
                                focused: true)
    }
}
