import CNCursesw
#if canImport(Glibc)
import Glibc
#endif
import TUIKit

/// A signal as the terminal handles it: passed on to the application, or dealt with here.
enum CursesSignal: Equatable {
    case application(TerminalSignal)
    /// Ctrl-Z: give the terminal back, stop, and take it again when resumed.
    case suspend
    /// The process was continued (after any stop): repaint everything.
    case resume
}

/// The C signal flags live in shim.h as static variables, and each Swift file that calls the
/// shim gets its own copy, so every signal-related call is kept in this one file.
///
/// Ctrl-\ is left to the terminal driver, which sends SIGQUIT, and caught here like Ctrl-C
/// rather than turned into a key: the driver keeps honouring the user's own `stty quit`
/// setting, a `kill -QUIT` from elsewhere gets the same safe answer, and the one path that
/// already asks before losing typed input (SIGINT's) serves both.
enum CursesSignals {
    /// Installs handlers for SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGTSTP and SIGCONT that only
    /// record the signal, and makes sure curses is ended if the process exits without
    /// calling `shutdown()`.
    static func install() {
        _ = vetdesk_install_signal_handlers()
        _ = vetdesk_restore_terminal_at_exit()
    }

    /// A program started with SIGWINCH blocked or ignored (some launchers do this) would never
    /// hear of a resize; unblock it and restore its default before curses installs its handler.
    static func allowResizeNotices() {
        var resize = sigset_t()
        sigemptyset(&resize)
        sigaddset(&resize, SIGWINCH)
        pthread_sigmask(SIG_UNBLOCK, &resize, nil)
        signal(SIGWINCH, SIG_DFL)
    }

    /// Puts the default handlers back once the terminal is restored.
    static func uninstall() {
        vetdesk_restore_default_signal_handlers()
    }

    /// Stops the process as Ctrl-Z would have; returns once it is continued.
    static func stopUntilResumed() {
        vetdesk_stop_until_resumed()
    }

    /// Whether a signal is waiting for `takePending()`.
    static var isPending: Bool {
        vetdesk_signal_is_pending() != 0
    }

    /// The most urgent signal received since the last call, if any.
    static func takePending() -> CursesSignal? {
        switch vetdesk_take_pending_signal() {
        case SIGINT, SIGQUIT: .application(.interrupt)
        case SIGTERM: .application(.terminate)
        case SIGHUP: .application(.hangup)
        case SIGTSTP: .suspend
        case SIGCONT: .resume
        default: nil
        }
    }
}
