import Foundation
import VetCore

/// One plain-text email as the practice sends it: RFC 5322 headers and a UTF-8 body in
/// quoted-printable, with lines ending in LF as the `sendmail` interface expects. Every value is
/// checked when the message is built, so a message that exists can be handed over as it is.
public struct MailMessage: Sendable, Hashable {
    public let from: MailAddress
    public let to: MailAddress
    public let replyTo: MailAddress?
    public let subject: String
    public let body: String
    /// `<…@…>`: chosen by the caller and kept for every attempt, so a message handed over twice
    /// is recognisably one message to the mail system and to whoever reads the logs.
    public let messageID: String
    public let date: Date

    public init(from: MailAddress, to: MailAddress, replyTo: MailAddress? = nil, subject: String, body: String,
                messageID: String, date: Date) throws(ValidationError) {
        self.from = try from.checked(field: "from")
        self.to = try to.checked(field: "to")
        self.replyTo = try replyTo?.checked(field: "reply-to")
        try MailHeader.refuseLineBreaks(subject, field: "subject")
        if subject.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ValidationError(field: "subject", message: "subject must not contain control characters")
        }
        self.subject = subject.trimmingCharacters(in: .whitespaces)
        if body.contains("\0") {
            throw ValidationError(field: "body", message: "body must not contain a NUL character")
        }
        self.body = body
        self.messageID = try MailMessage.checkedMessageID(messageID)
        self.date = date
    }

    /// "<id@domain>" from "id@domain" or "<id@domain>": no spaces, brackets or line breaks inside.
    private static func checkedMessageID(_ given: String) throws(ValidationError) -> String {
        let field = "message id"
        try MailHeader.refuseLineBreaks(given, field: field)
        var inner = Substring(given.trimmingCharacters(in: .whitespaces))
        if inner.hasPrefix("<") && inner.hasSuffix(">") { inner = inner.dropFirst().dropLast() }
        let parts = inner.split(separator: "@", omittingEmptySubsequences: false)
        let printable = inner.unicodeScalars.allSatisfy { $0.value > 32 && $0.value < 127 && !"<>".unicodeScalars.contains($0) }
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, printable, inner.count <= 250 else {
            throw ValidationError(field: field, message: "\(field) '\(given)' must look like "
                                  + "<unique-part@practice-domain>, without spaces")
        }
        return "<\(inner)>"
    }

    /// The whole message as handed to `sendmail -t`, which reads the recipients from `To`.
    public var text: String {
        var headers = MailHeader.line("From", from.headerWords)
            + MailHeader.line("To", to.headerWords)
        if let replyTo { headers += MailHeader.line("Reply-To", replyTo.headerWords) }
        headers += MailHeader.line("Subject", MailHeader.textWords(subject))
            + MailHeader.line("Date", [MailDate.text(date)])
            + MailHeader.line("Message-ID", [messageID])
            + MailHeader.line("MIME-Version", ["1.0"])
            + MailHeader.line("Content-Type", ["text/plain;", "charset=UTF-8"])
            + MailHeader.line("Content-Transfer-Encoding", ["quoted-printable"])
            + MailHeader.line("Auto-Submitted", ["auto-generated"])
        return headers + "\n" + QuotedPrintable.encode(body)
    }
}

/// Dates as RFC 5322 §3.3 writes them, in UTC: "Wed, 02 Dec 2026 09:05:00 +0000".
enum MailDate {
    static func text(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.weekday, .day, .month, .year, .hour, .minute, .second], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ number: Int?) -> String { String(format: "%02d", number ?? 0) }
        let day = days[((parts.weekday ?? 1) - 1) % 7]
        let month = months[((parts.month ?? 1) - 1) % 12]
        return "\(day), \(two(parts.day)) \(month) \(parts.year ?? 1970) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }
}
