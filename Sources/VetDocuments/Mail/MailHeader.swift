import Foundation
import VetCore

/// Header lines as RFC 5322 and RFC 2047 want them: ASCII only, non-ASCII text as UTF-8
/// encoded-words, folded at spaces so no line passes 78 characters.
enum MailHeader {
    static let lineLimit = 78
    /// An encoded-word may be at most 75 characters (RFC 2047 §2).
    static let encodedWordLimit = 75

    /// A CR or LF in a header value would start a header of the sender's choosing.
    static func refuseLineBreaks(_ value: String, field: String) throws(ValidationError) {
        if value.unicodeScalars.contains(where: { $0 == "\r" || $0 == "\n" }) {
            throw ValidationError(field: field, message: "\(field) must not contain a line break")
        }
    }

    /// `Name: words…`, folded at the spaces between words onto lines that start with a space.
    static func line(_ name: String, _ words: [String]) -> String {
        var lines: [String] = []
        var current = "\(name):"
        var startedLine = false
        for word in words {
            if startedLine && current.count + 1 + word.count > lineLimit {
                lines.append(current)
                current = ""
            }
            current += " " + word
            startedLine = true
        }
        lines.append(current)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Free text (a subject): as it is when plain ASCII whose words fit on a line, else encoded-words.
    static func textWords(_ text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        let plain = isPlainASCII(text) && !text.contains("=?") && words.allSatisfy { $0.count < lineLimit - 12 }
        return plain ? words : encodedWords(text)
    }

    /// A display name: bare words when they are atoms, a quoted string for other ASCII, else encoded-words.
    static func phraseWords(_ name: String) -> [String] {
        if !isPlainASCII(name) || name.contains("=?") || name.count > lineLimit - 12 { return encodedWords(name) }
        let atomText = { (scalar: Unicode.Scalar) in
            ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || "!#$%&'*+-/=?^_`{|}~ ".unicodeScalars.contains(scalar)
        }
        if name.unicodeScalars.allSatisfy(atomText) {
            return name.split(separator: " ").map(String.init)
        }
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return ["\"\(escaped)\""]
    }

    private static func isPlainASCII(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value >= 32 && $0.value < 127 }
    }

    /// `=?UTF-8?Q?…?=` words of at most 75 characters, never splitting a character's bytes.
    static func encodedWords(_ text: String) -> [String] {
        let prefix = "=?UTF-8?Q?"
        let suffix = "?="
        let room = encodedWordLimit - prefix.count - suffix.count
        var words: [String] = []
        var current = ""
        for character in text {
            let encoded = String(character).utf8.map(qEncoded).joined()
            if current.count + encoded.count > room {
                words.append(prefix + current + suffix)
                current = ""
            }
            current += encoded
        }
        if !current.isEmpty || words.isEmpty { words.append(prefix + current + suffix) }
        return words
    }

    /// One byte in RFC 2047's Q encoding, keeping only what a phrase may hold unencoded.
    private static func qEncoded(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: " "): return "_"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "!"), UInt8(ascii: "*"),
             UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"):
            return String(UnicodeScalar(byte))
        default:
            return "=" + hex(byte)
        }
    }

    static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
