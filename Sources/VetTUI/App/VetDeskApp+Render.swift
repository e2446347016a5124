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
        let messageRows = MessageArea.height(for: message, width: size.columns)
        let rows = buffer.bounds.splitRows([.fixed(1), .flexible(), .fixed(messageRows), .fixed(1)])
        renderHeader(into: &buffer, row: rows[0].row, width: size.columns, title: top.title)
        context.screenArea = rows[1]
        var cursor = top.render(into: &buffer, in: rows[1], context: context)
        MessageArea.render(message, into: &buffer, in: rows[2])
        let bar = context.commands.functionBar(onScreen: top.screenID, width: size.columns) {
            self.availability(of: $0, on: top)
        }
        bar.render(into: &buffer, row: rows[3].row, width: size.columns)
        if let dialog = messageDialog ?? quitDialog ?? confirming?.dialog {
            Dialog.render(dialog, into: &buffer, in: rows[1])
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

    /// Practice, the site (when it has several), who is logged in and their role on the left; the screen's title on the right.
    private func renderHeader(into buffer: inout ScreenBuffer, row: Int, width: Int, title: String) {
        let site = context.openSiteCount > 1 ? context.session?.siteName : nil
        let line = StatusLine(practiceName: context.practiceName, siteName: site, userName: context.session?.displayName,
                              roleName: context.session?.role.displayName, message: StatusMessage(title))
        line.render(into: &buffer, row: row, width: width)
    }
}
