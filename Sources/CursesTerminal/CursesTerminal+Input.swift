import CNCursesw
import TUIKit

/// One read from curses.
private enum CursesRead {
    case character(Unicode.Scalar)
    case key(Key)
    case resize
    case nothing
}

extension CursesTerminal {
    /// How long the rest of a bracketed paste may take to arrive before what came is delivered.
    static let pasteWaitMilliseconds: Int32 = 1_000

    public func readEvent(timeout milliseconds: Int) -> InputEvent? {
        guard isActive else { return nil }
        if queuedEvents.isEmpty { queuedEvents = readEvents(timeout: milliseconds) }
        return queuedEvents.isEmpty ? nil : queuedEvents.removeFirst()
    }

    /// Reads until the decoder completes at least one event, a signal or resize arrives, or
    /// `timeout` passes with nothing unfinished (an empty result is a tick).
    private func readEvents(timeout: Int) -> [InputEvent] {
        var waitedForKeys = false
        while true {
            let read: CursesRead
            if CursesSignals.isPending {
                // Keys typed just before Ctrl-C, Ctrl-\ or Ctrl-Z are still unread: they come
                // first, so the quit question knows about them. Unfinished input is kept.
                read = readCharacter(waiting: 0)
                if case .nothing = read, let event = takeSignalEvent() { return [event] }
            } else {
                switch decoder.expectation {
                case .nothing:
                    guard !waitedForKeys else { return [] }
                    waitedForKeys = true
                    read = readCharacter(waiting: Int32(clamping: max(0, timeout)))
                case .sequence:
                    read = readRestOfSequence()
                case .paste:
                    read = readCharacter(waiting: Self.pasteWaitMilliseconds)
                }
            }
            switch read {
            case .character(let scalar):
                let events = decoder.feed(scalar)
                if !events.isEmpty { return events }
            case .key(let key):
                return decoder.timedOut() + [.key(key)]
            case .resize:
                size = Self.currentSize(of: window)
                return [.resize(size)]
            case .nothing where decoder.expectation != .nothing && !CursesSignals.isPending:
                let events = decoder.timedOut()
                if !events.isEmpty { return events }
            case .nothing:
                continue  // a signal cut the wait short, or the wait is over: the loop's top decides
            }
        }
    }

    /// A terminal writes a key's whole sequence at once; if the rest is not already waiting,
    /// anything after it is a separate key press, and after the escape delay nothing more is.
    private func readRestOfSequence() -> CursesRead {
        let waiting = readCharacter(waiting: 0)
        guard case .nothing = waiting else { return waiting }
        decoder.inputPaused()
        return readCharacter(waiting: get_escdelay())
    }

    private func readCharacter(waiting milliseconds: Int32) -> CursesRead {
        wtimeout(window, milliseconds)
        var code: wint_t = 0
        switch wget_wch(window, &code) {
        case KEY_CODE_YES where Int32(code) == KEY_RESIZE:
            return .resize
        case KEY_CODE_YES:
            // Keypad decoding is off, so curses sends no other codes; map any that come anyway.
            return CursesKeyDecoder.key(forKeyCode: Int32(code)).map(CursesRead.key) ?? .nothing
        case OK:
            return Unicode.Scalar(UInt32(code)).map(CursesRead.character) ?? .nothing
        default:
            return .nothing
        }
    }

    /// A signal for the application, or nil; suspend and resume are handled here and reported
    /// as a resize so the application lays out and draws again.
    private func takeSignalEvent() -> InputEvent? {
        switch CursesSignals.takePending() {
        case .application(let signal):
            return .signal(signal)
        case .suspend:
            suspend()
            return .resize(size)
        case .resume:
            takeTerminalBack()
            return .resize(size)
        case nil:
            return nil
        }
    }

    /// Ctrl-Z: puts the terminal back as the user had it (normal screen, flow control, no
    /// bracketed paste), stops, and once continued takes it again and repaints everything.
    func suspend() {
        _ = curs_set(1)
        _ = endwin()
        _ = vetdesk_set_bracketed_paste(outputDescriptor, 0)
        CursesSignals.stopUntilResumed()
        _ = def_shell_mode()  // the shell's settings now are the ones to restore at the end
        takeTerminalBack()
    }

    /// Reapplies VetDesk's terminal settings and repaints the whole screen on the next refresh:
    /// after a stop, whatever ran meanwhile may have changed both.
    func takeTerminalBack() {
        _ = reset_prog_mode()
        _ = clearok(vetdesk_curscr(), true)
        _ = wrefresh(window)
        _ = vetdesk_set_bracketed_paste(outputDescriptor, 1)
        size = Self.currentSize(of: window)
    }
}
