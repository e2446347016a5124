import Foundation
import VetCore

/// Finds a person's identifiers in free text: their names as whole words, their phone numbers
/// written in any format ("07700 900015", "+44 (0)7700-900015"), their email address, the lines
/// of their address and their postcode with or without its space. Case is ignored.
struct PersonFinder: Sendable {
    enum Kind: String, Codable, Sendable, CaseIterable {
        case name, phone, email, address, postcode, microchip

        var label: String {
            switch self {
            case .name: "name"
            case .phone: "phone number"
            case .email: "email address"
            case .address: "address"
            case .postcode: "postcode"
            case .microchip: "microchip"
            }
        }
    }

    /// One match: where it is in the text (UTF-16 offsets, as `NSString` counts) and what it is.
    struct Match: Equatable, Sendable {
        var range: NSRange
        var kind: Kind
    }

    private let patterns: [(NSRegularExpression, Kind)]
    /// The national significant numbers (no leading zero) of the person's phones.
    private let phoneNumbers: [String]
    private static let phoneRun = try? NSRegularExpression(pattern: #"\+?\(?\d[\d \-().]{4,}\d"#)

    init(client: Client, phoneDigits: [String]) {
        var terms: [(String, Kind, Bool)] = []
        let full = [client.firstName, client.lastName].filter { !$0.isEmpty }.joined(separator: " ")
        terms.append((full, .name, true))
        if let title = client.title, !title.isEmpty { terms.append(("\(title) \(client.lastName)", .name, true)) }
        terms += [(client.firstName, .name, true), (client.lastName, .name, true)]
        if let email = client.email { terms.append((email, .email, false)) }
        terms += [(client.addressLine1, .address, true), (client.addressLine2 ?? "", .address, true)]
        var compiled: [(NSRegularExpression, Kind)] = []
        for (term, kind, words) in terms {
            let trimmed = term.trimmingCharacters(in: .whitespaces)
            guard trimmed.count >= 2, !(kind == .address && trimmed.count < 4) else { continue }
            let body = trimmed.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }
                .joined(separator: #"\s+"#)
            let pattern = words ? #"(?<![\p{L}\p{N}])"# + body + #"(?![\p{L}\p{N}])"# : body
            if let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) {
                compiled.append((regex, kind))
            }
        }
        let postcode = client.postcode.replacingOccurrences(of: " ", with: "")
        if postcode.count >= 5 {
            let outward = NSRegularExpression.escapedPattern(for: String(postcode.dropLast(3)))
            let inward = NSRegularExpression.escapedPattern(for: String(postcode.suffix(3)))
            if let regex = try? NSRegularExpression(pattern: #"(?<![\p{L}\p{N}])"# + outward + #"\s*"# + inward
                                                    + #"(?![\p{L}\p{N}])"#, options: [.caseInsensitive]) {
                compiled.append((regex, .postcode))
            }
        }
        patterns = compiled
        phoneNumbers = phoneDigits.map { String($0.drop { $0 == "0" }) }.filter { $0.count >= 6 }
    }

    /// The matches in `text`, overlapping ones merged into the longest (so "Claire Fletcher" is one
    /// name, not three), in the order they appear.
    func matches(in text: String) -> [Match] {
        let whole = NSRange(location: 0, length: (text as NSString).length)
        var found: [Match] = []
        for (regex, kind) in patterns {
            for result in regex.matches(in: text, range: whole) { found.append(Match(range: result.range, kind: kind)) }
        }
        for result in Self.phoneRun?.matches(in: text, range: whole) ?? [] {
            let digits = (text as NSString).substring(with: result.range).filter(\.isASCII).filter(\.isNumber)
            if phoneNumbers.contains(where: { digits.contains($0) }) { found.append(Match(range: result.range, kind: .phone)) }
        }
        return Self.merged(found)
    }

    private static func merged(_ matches: [Match]) -> [Match] {
        let ordered = matches.sorted { ($0.range.location, -$0.range.length) < ($1.range.location, -$1.range.length) }
        var result: [Match] = []
        for match in ordered {
            if var last = result.last, match.range.location < NSMaxRange(last.range) {
                let end = max(NSMaxRange(last.range), NSMaxRange(match.range))
                if match.range.length > last.range.length { last.kind = match.kind }
                last.range = NSRange(location: last.range.location, length: end - last.range.location)
                result[result.count - 1] = last
            } else {
                result.append(match)
            }
        }
        return result
    }

    /// `text` with every range replaced by `[redacted]`.
    static func redact(_ text: String, ranges: [NSRange]) -> String {
        let mutable = NSMutableString(string: text)
        for range in ranges.sorted(by: { $0.location > $1.location }) {
            mutable.replaceCharacters(in: range, with: FreeTextHit.redaction)
        }
        return mutable as String
    }
}
