import CNCursesw
#if canImport(Glibc)
import Glibc
#endif
import TUIKit

/// The C signal flag lives in shim.h as a static variable, and each Swift file that calls the
/// shim gets its own copy, so every signal-related call is kept in this one file.
enum CursesSignals {
    /// Installs handlers for SIGINT, SIGTERM and SIGHUP that only record the signal, and makes
    /// sure curses is ended if the process exits without calling `shutdown()`.
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

    /// The signal received since the last call, if any.
    static func takePending() -> TerminalSignal? {
        switch vetdesk_take_pending_signal() {
        case SIGINT: .interrupt
        case SIGTERM: .terminate
        case SIGHUP: .hangup
        default: nil
        }
    }
}
