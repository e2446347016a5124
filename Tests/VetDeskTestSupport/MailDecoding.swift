import Foundation

/// Decoders for what mail encodes, written independently of the code that encodes it so a test
/// can tell a wrong encoding from a right one: quoted-printable (RFC 2045) and encoded-words (RFC 2047).
public enum MailDecoding {
    /// Quoted-printable back to bytes: soft breaks (`=` at a line's end) removed, `=XX` decoded.
    public static func quotedPrintable(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        let input = Array(text.replacingOccurrences(of: "\r\n", with: "\n").utf8)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "="), index + 1 < input.count, input[index + 1] == UInt8(ascii: "\n") {
                index += 2
            } else if byte == UInt8(ascii: "="), index + 2 < input.count,
                      let value = UInt8(String(decoding: input[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        return bytes
    }

    /// A header value with its `=?UTF-8?Q?…?=` and `=?UTF-8?B?…?=` words decoded; the space between
    /// two encoded-words is dropped, as RFC 2047 §6.2 says.
    public static func decodeEncodedWords(_ value: String) -> String {
        let pattern = /=\?([^?]+)\?([QqBb])\?([^?]*)\?=/
        var result = ""
        var rest = Substring(value)
        var lastWasEncoded = false
        while let match = rest.firstMatch(of: pattern) {
            let between = rest[..<match.range.lowerBound]
            if !(lastWasEncoded && between.allSatisfy(\.isWhitespace)) { result += between }
            let encoded = String(match.output.3)
            let bytes: [UInt8]
            if match.output.2.uppercased() == "B" {
                bytes = Array(Data(base64Encoded: encoded) ?? Data())
            } else {
                bytes = quotedPrintable(encoded.replacingOccurrences(of: "_", with: " "))
            }
            result += String(decoding: bytes, as: UTF8.self)
            rest = rest[match.range.upperBound...]
            lastWasEncoded = true
        }
        return result + rest
    }
}
