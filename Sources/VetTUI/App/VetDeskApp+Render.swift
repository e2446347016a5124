import TUIKit
import VetCore

extension VetDeskApp {
    /// Redraws the whole frame from state and presents it with the cursor on the focused field.
    func draw() {
        let (buffer, cursor) = frame(size: terminal.size)
        terminal.present(buffer, cursor: cursor)
    }

    /// The full frame for `size`: header, the top screen, message line and function bar, or the
    /// too-small message below 80×24.
    func frame(size: TerminalSize) -> (ScreenBuffer, CursorPosition?) {
        var buffer = ScreenBuffer(size: size)
        guard size.isAtLeast(.minimum) else {
            TooSmallView.render(into: &buffer)
            return (buffer, nil)
        }
        guard let top = stack.last else { return (buffer, nil) }
        let rows = buffer.bounds.splitRows([.fixed(1), .flexible(), .fixed(1), .fixed(1)])
        renderHeader(into: &buffer, row: rows[0].row, width: size.columns, title: top.title)
        var cursor = top.render(into: &buffer, in: rows[1], context: context)
        renderMessage(into: &buffer, row: rows[2].row, width: size.columns)
        let bar = context.commands.functionBar(onScreen: top.screenID, width: size.columns) {
            self.availability(of: $0, on: top)
        }
        bar.render(into: &buffer, row: rows[3].row, width: size.columns)
        if let quitDialog {
            Dialog.render(quitDialog, into: &buffer, in: rows[1])
            cursor = nil
        }
        return (buffer, cursor)
    }

    /// True while the too-small message hides the screens: keys then must not act unseen.
    var isTooSmall: Bool { !terminal.size.isAtLeast(.minimum) }

    /// Whether `key` is the quit command on the top screen, the one key honoured while too small
    /// (Ctrl-C and Ctrl-\ arrive as signals and always work).
    func isQuitCommand(_ key: Key) -> Bool {
        guard quitDialog == nil, let top = stack.last else { return false }
        let command = context.commands.command(for: key, onScreen: top.screenID, textEntryActive: top.isTextEntryActive)
        return command?.id == AppCommands.ID.quit
    }

    /// Practice, who is logged in and their role on the left; the screen's title on the right.
    private func renderHeader(into buffer: inout ScreenBuffer, row: Int, width: Int, title: String) {
        let line = StatusLine(practiceName: context.practiceName, userName: context.session?.displayName,
                              roleName: context.session?.role.displayName, message: StatusMessage(title))
        line.render(into: &buffer, row: row, width: width)
    }

    /// The latest message, with a word for its kind so it reads without colour.
    private func renderMessage(into buffer: inout ScreenBuffer, row: Int, width: Int) {
        guard let message else { return }
        let prefix: String
        let role: StyleRole
        switch message.kind {
        case .info: prefix = ""; role = .normal
        case .success: prefix = "Done: "; role = .ok
        case .warning: prefix = "Warning: "; role = .warning
        case .error: prefix = "Error: "; role = .error
        }
        // The kind word goes first when it fits; the message itself matters more.
        let text = displayWidth(prefix + message.text) <= width - 1 ? prefix + message.text : message.text
        buffer.write(truncate(text, to: width - 1), row: row, column: 1, role: role)
    }
}
