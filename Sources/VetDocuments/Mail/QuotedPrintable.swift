/// Body text in quoted-printable (RFC 2045 §6.7): UTF-8 bytes outside printable ASCII as `=XX`,
/// lines of at most 76 characters joined by soft breaks (`=` at the end), lines ending in LF.
/// Mail keeps 7-bit text intact through every relay and mailbox; two lines that mailboxes and
/// relays would alter are protected too: "From " at a line's start (mbox writes ">From ") and a
/// lone "." (ends a message in SMTP).
enum QuotedPrintable {
    static let lineLimit = 76

    static func encode(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { encodeLine(Array($0.utf8)) }.joined(separator: "\n") + (text.hasSuffix("\n") ? "" : "\n")
    }

    /// One hard line as one or more physical lines.
    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var pieces = bytes.enumerated().map { index, byte in piece(byte, last: index == bytes.count - 1) }
        var output: [String] = []
        var current = ""
        var start = 0
        for index in pieces.indices {
            if index == start { guardLineStart(&pieces, at: index) }
            // Room for the piece, and for the soft break's "=" unless this piece ends the hard line.
            let needed = pieces[index].count + (index == pieces.count - 1 ? 0 : 1)
            if !current.isEmpty && current.count + needed > lineLimit {
                output.append(current + "=")
                current = ""
                start = index
                guardLineStart(&pieces, at: index)
            }
            current += pieces[index]
        }
        output.append(current)
        return output.joined(separator: "\n")
    }

    /// A byte as it may stand in the body: itself when printable (spaces only inside a line), else `=XX`.
    private static func piece(_ byte: UInt8, last: Bool) -> String {
        let printable = (33...126).contains(byte) && byte != UInt8(ascii: "=")
        let innerSpace = !last && (byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t"))
        return printable || innerSpace ? String(UnicodeScalar(byte)) : "=" + MailHeader.hex(byte)
    }

    /// Encodes the first character of a physical line that starts "From " or ".".
    private static func guardLineStart(_ pieces: inout [String], at index: Int) {
        let following = pieces[index...].prefix(5).joined()
        if following == "From " || pieces[index] == "." {
            pieces[index] = "=" + MailHeader.hex(Array(pieces[index].utf8)[0])
        }
    }
}
