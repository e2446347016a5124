/// The character-level rules of `TerminalInputDecoder`: single keys, and what a paste keeps.
extension TerminalInputDecoder {
    /// Appends to a paste up to its limit; a runaway paste loses its tail, not the program its memory.
    static func append(_ scalars: some Collection<Unicode.Scalar>, to text: inout [Unicode.Scalar]) {
        let room = maximumPasteLength - text.count
        if room > 0 { text.append(contentsOf: scalars.prefix(room)) }
    }

    /// The paste as one event, its control characters other than line breaks and tabs removed
    /// so a pasted block can never run a command.
    static func pasteEvent(_ text: [Unicode.Scalar]) -> [InputEvent] {
        var clean = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text {
            defer { previous = scalar }
            switch scalar {
            case "\n" where previous == "\r": continue
            case "\r", "\n": clean.append("\n")
            case "\t": clean.append(scalar)
            default: if !scalar.isControlCharacter { clean.append(scalar) }
            }
        }
        return clean.isEmpty ? [] : [.paste(String(clean))]
    }

    /// The key for one character outside any escape sequence, or nil for control characters
    /// that mean nothing here.
    public static func key(forCharacter scalar: Unicode.Scalar) -> Key? {
        switch scalar.value {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(scalar.value - 1) + UInt8(ascii: "a"))))
        default: return scalar.isControlCharacter ? nil : .character(Character(scalar))
        }
    }
}

extension Unicode.Scalar {
    /// C0 and C1 controls and DEL.
    var isControlCharacter: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
