import CNCursesw
import TUIKit

/// Turns what `wget_wch` returns into `Key`s; separate from the terminal so it can be tested.
/// Escape sequences are `TerminalInputDecoder`'s job; these are single characters and the
/// codes curses would send if its keypad decoding were on.
public enum CursesKeyDecoder {
    /// The key for a character `wget_wch` returned with `OK`.
    public static func key(forCharacter code: UInt32) -> Key? {
        Unicode.Scalar(code).flatMap(TerminalInputDecoder.key(forCharacter:))
    }

    /// The key for a code `wget_wch` returned with `KEY_CODE_YES` (arrows, F-keys …).
    public static func key(forKeyCode code: Int32) -> Key? {
        if let number = functionKeyNumber(code) { return .function(number) }
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        default: return nil
        }
    }

    /// The curses code for F`number`, for tests and key scripts.
    public static func keyCode(forFunctionKey number: Int) -> Int32 {
        vetdesk_key_f(Int32(number))
    }

    private static func functionKeyNumber(_ code: Int32) -> Int? {
        let first = vetdesk_key_f(1)
        let number = Int(code - first) + 1
        return (1...24).contains(number) ? number : nil
    }
}
