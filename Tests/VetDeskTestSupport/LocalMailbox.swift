import Foundation
import Testing

/// The local mail system the tests send through (`.ci/mail-test-system`, started by `.ci/run`):
/// a sendmail command, an address it delivers locally, and the mbox file the mail arrives in.
public struct LocalMailbox: Sendable {
    /// Where test mail is sent: "vetdesk-mail@localhost".
    public let address: String
    /// The sendmail command line: "/usr/sbin/sendmail -t -i".
    public let sendmail: String
    /// The mbox file the mail system delivers `address`'s mail to.
    public let path: String

    /// The mail system named by the environment, or the test is cancelled saying why (and fails
    /// under CI, which always starts one).
    public static func fromEnvironment() throws -> LocalMailbox {
        let environment = ProcessInfo.processInfo.environment
        guard let address = environment["VETDESK_TEST_MAIL_TO"], let path = environment["VETDESK_TEST_MAILBOX"],
              let sendmail = environment["VETDESK_TEST_SENDMAIL"] else {
            if environment["CI"] != nil {
                Issue.record("VETDESK_TEST_MAIL_TO/_MAILBOX/_SENDMAIL are not set: .ci/run should have started the mail system")
            }
            try Test.cancel("needs a local mail system: eval \"$(.ci/mail-test-system start)\" as root")
        }
        return LocalMailbox(address: address, sendmail: sendmail, path: path)
    }

    /// Waits until a message whose `Message-ID` contains `messageID` has been delivered, reading the
    /// mailbox again every 50 ms; throws when `timeout` passes first.
    public func waitForMessage(containing messageID: String, timeout: Duration = .seconds(20)) throws -> DeliveredMail {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            if let found = messages().first(where: { $0.rawHeader("Message-ID")?.contains(messageID) == true }) {
                return found
            }
            guard clock.now < deadline else {
                throw MailboxTimeout(message: "no message with Message-ID \(messageID) reached \(path) within \(timeout)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    /// Every message in the mailbox (none while it does not exist yet).
    public func messages() -> [DeliveredMail] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return LocalMailbox.split(String(decoding: data, as: UTF8.self)).map(DeliveredMail.init(raw:))
    }

    /// An mbox file's messages, each with its lines ending in LF: a message starts with a "From "
    /// line at the file's start or after a blank line, and ends before that blank line.
    static func split(_ mbox: String) -> [String] {
        var lines = mbox.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        var messages: [[Substring]] = []
        var previousBlank = true
        for line in lines {
            if previousBlank && line.hasPrefix("From ") {
                if messages.last?.last?.isEmpty == true { messages[messages.count - 1].removeLast() }
                messages.append([])
            } else if !messages.isEmpty {
                messages[messages.count - 1].append(line)
            }
            previousBlank = line.isEmpty
        }
        if messages.last?.last?.isEmpty == true { messages[messages.count - 1].removeLast() }
        return messages.map { $0.map { $0 + "\n" }.joined() }
    }
}

public struct MailboxTimeout: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// One message as the mail system delivered it, with its headers and body decoded for comparing.
public struct DeliveredMail: Sendable {
    /// The message exactly as it stands in the mailbox.
    public let raw: String
    /// Header lines unfolded, in order, as (name, raw value).
    public let headers: [(name: String, value: String)]
    let rawBody: String

    public init(raw: String) {
        self.raw = raw
        let lines = raw.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        var headers: [(name: String, value: String)] = []
        var index = 0
        while index < lines.count, !lines[index].isEmpty {
            let line = lines[index]
            if line.first == " " || line.first == "\t", !headers.isEmpty {
                headers[headers.count - 1].value += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
            }
            index += 1
        }
        self.headers = headers
        rawBody = lines.dropFirst(index + 1).joined(separator: "\n")
    }

    /// The header's value as written, unfolded (the first of that name, case ignored).
    public func rawHeader(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The header's value with RFC 2047 encoded-words decoded.
    public func header(_ name: String) -> String? {
        rawHeader(name).map(MailDecoding.decodeEncodedWords)
    }

    /// The body decoded by its Content-Transfer-Encoding, as UTF-8 text.
    public var body: String {
        let text = rawBody
        switch rawHeader("Content-Transfer-Encoding")?.lowercased() {
        case "quoted-printable": return String(decoding: MailDecoding.quotedPrintable(text), as: UTF8.self)
        case "base64":
            let data = Data(base64Encoded: text.filter { !$0.isWhitespace }) ?? Data()
            return String(decoding: data, as: UTF8.self)
        default: return text
        }
    }
}
