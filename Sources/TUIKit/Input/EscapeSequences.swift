/// The escape sequences terminals send for keys, gathered from xterm, rxvt, the Linux console,
/// PuTTY, screen and tmux, so that none depends on what terminfo claims.
///
/// Modifiers (`ESC[1;5H` is Ctrl-Home, rxvt's `ESC[7^` too) are read and dropped: VetDesk
/// binds no modified cursor keys, and Ctrl-Home doing what Home does beats doing nothing.
enum EscapeSequences {
    /// A control sequence's final character (ECMA-48: `@` to `~`).
    static func isFinal(_ scalar: Unicode.Scalar) -> Bool {
        (0x40...0x7E).contains(scalar.value)
    }

    /// Parameter characters (digits, `;`, `?` …) and intermediates (space to `/`).
    static func isParameterOrIntermediate(_ scalar: Unicode.Scalar) -> Bool {
        (0x20...0x3F).contains(scalar.value)
    }

    /// rxvt ends Shift+key with `$` (`ESC[7$` is Shift-Home), which ECMA-48 counts as an
    /// intermediate; after bare digits it can only be that final.
    static func isRxvtModifierFinal(_ scalar: Unicode.Scalar, after parameters: String) -> Bool {
        scalar == "$" && !parameters.isEmpty && parameters.allSatisfy(\.isASCIIDigitCharacter)
    }

    /// The key for `ESC [ parameters final`, or nil for sequences that are no key VetDesk knows.
    static func key(controlSequence parameters: String, final: Unicode.Scalar) -> Key? {
        // Private sequences (`ESC[?…`, `ESC[<…` mouse reports, `ESC[>…`) are never keys.
        if let first = parameters.unicodeScalars.first, !("0"..."9").contains(first), first != ";" { return nil }
        switch final {
        case "~", "^", "$", "@":
            let number = parameters.split(separator: ";", omittingEmptySubsequences: false).first.flatMap { Int($0) }
            return number.flatMap { tildeKeys[$0] }
        case "A", "a": return .up
        case "B", "b": return .down
        case "C", "c": return .right
        case "D", "d": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        default: return nil
        }
    }

    /// The key for `ESC O final` (SS3): xterm's cursor keys in application mode and F1–F4,
    /// rxvt's Ctrl+arrows, and the numeric keypad in application mode.
    static func key(singleShift final: Unicode.Scalar) -> Key? {
        switch final {
        case "A", "a": return .up
        case "B", "b": return .down
        case "C", "c": return .right
        case "D", "d": return .left
        case "H": return .home
        case "F": return .end
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        case "M": return .enter
        default: return keypadCharacters[final].map(Key.character)
        }
    }

    /// `ESC [ n ~`: the VT220 numbering used by xterm, the Linux console, PuTTY, screen and
    /// tmux, with rxvt's Home (7) and End (8).
    static let tildeKeys: [Int: Key] = [
        1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
        11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
        17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
        23: .function(11), 24: .function(12),
    ]

    /// The numeric keypad in application mode (`ESC O p` is 0 …).
    static let keypadCharacters: [Unicode.Scalar: Character] = [
        "p": "0", "q": "1", "r": "2", "s": "3", "t": "4", "u": "5", "v": "6", "w": "7", "x": "8", "y": "9",
        "j": "*", "k": "+", "l": ",", "m": "-", "n": ".", "o": "/", "X": "=",
    ]
}

private extension Character {
    var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
