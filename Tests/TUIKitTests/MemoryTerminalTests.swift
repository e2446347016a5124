import Testing
import TUIKit

@Suite("Memory terminal")
@MainActor
struct MemoryTerminalTests {
    /// A miniature app loop: the shape the real shell follows.
    func runSearchScreen(on terminal: some Terminal) {
        var field = TextFieldState(visibleWidth: 20)
        var status = StatusLine(practiceName: "Harbour Vets", userName: "Zoë")
        while let event = terminal.readEvent(timeout: 0) {
            switch event {
            case .key(.function(10)): terminal.shutdown(); return
            case .key(let key):
                if field.handle(key) == .notHandled { status.message = StatusMessage("\(key.label) does nothing here", kind: .warning) }
            case .paste(let text): field.insert(text)
            case .resize, .tick, .signal: break
            }
            var buffer = ScreenBuffer(size: terminal.size)
            if !terminal.size.isAtLeast(.minimum) {
                TooSmallView.render(into: &buffer)
                terminal.present(buffer, cursor: nil)
                continue
            }
            status.render(into: &buffer, row: 0, width: buffer.width)
            buffer.write("Find:", row: 2, column: 1, role: .label)
            let cursor = TextField.render(field, into: &buffer, in: Rect(row: 2, column: 7, height: 1, width: 20), focused: true)
            terminal.present(buffer, cursor: cursor)
        }
        terminal.shutdown()
    }

    @Test func scriptedKeysDriveAScreenAndFramesAreCaptured() {
        let terminal = MemoryTerminal(events: [
            .key(.character("S")), .key(.character("i")), .paste("ân"), .key(.function(9)),
            .resize(TerminalSize(rows: 20, columns: 70)), .resize(.minimum), .key(.function(10)),
        ])
        runSearchScreen(on: terminal)
        #expect(terminal.isShutDown)
        #expect(terminal.presented.count == 6)
        let frame = terminal.presented[3].buffer
        #expect(frame.rows[2].hasPrefix(" Find: Siân"))
        #expect(frame.rows[0].contains("F9 does nothing here"))
        #expect(terminal.presented[3].cursor == CursorPosition(row: 2, column: 11))
        #expect(terminal.presented[4].buffer.text.contains("Terminal too small: 70×20"))
        #expect(terminal.presented[4].cursor == nil)
        #expect(terminal.lastFrame?.size == .minimum)
    }

    @Test func emptyScriptReadsNil() {
        let terminal = MemoryTerminal()
        #expect(terminal.readEvent(timeout: 100) == nil)
        terminal.enqueue(.tick)
        #expect(terminal.readEvent(timeout: 100) == .tick)
    }
}
