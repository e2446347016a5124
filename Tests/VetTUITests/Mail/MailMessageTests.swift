import Foundation
import Testing
import VetCore
import VetDeskTestSupport
@testable import VetDocuments

/// The message VetDesk hands to the mail system, read back with decoders of the tests' own.
@Suite struct MailMessageTests {
    static let practice = MailAddress(name: "Riverside Vets", address: "desk@riverside-vets.example")
    static let client = MailAddress(name: "Zoë Hart", address: "zoe@example.com")
    static let sent = Date(timeIntervalSince1970: 1_796_202_300) // Wed, 02 Dec 2026 09:05:00 UTC

    static func message(to: MailAddress = client, replyTo: MailAddress? = nil, subject: String = "Rex is due",
                        body: String = "Hello\n", messageID: String = "reminder-1@riverside-vets.example") throws -> MailMessage {
        try MailMessage(from: practice, to: to, replyTo: replyTo, subject: subject, body: body,
                        messageID: messageID, date: sent)
    }

    @Test func headersSayWhatTheMessageIs() throws {
        let mail = DeliveredMail(raw: try Self.message(replyTo: MailAddress(name: "", address: "vet@riverside-vets.example")).text)
        #expect(mail.rawHeader("From") == "Riverside Vets <desk@riverside-vets.example>")
        #expect(mail.header("To") == "Zoë Hart <zoe@example.com>")
        #expect(mail.rawHeader("Reply-To") == "<vet@riverside-vets.example>")
        #expect(mail.rawHeader("Subject") == "Rex is due")
        #expect(mail.rawHeader("Date") == "Wed, 02 Dec 2026 09:05:00 +0000")
        #expect(mail.rawHeader("Message-ID") == "<reminder-1@riverside-vets.example>")
        #expect(mail.rawHeader("MIME-Version") == "1.0")
        #expect(mail.rawHeader("Content-Type") == "text/plain; charset=UTF-8")
        #expect(mail.rawHeader("Content-Transfer-Encoding") == "quoted-printable")
        #expect(mail.rawHeader("Auto-Submitted") == "auto-generated")
    }

    @Test func theSameMessageIDEveryTimeTheMessageIsBuilt() throws {
        let first = try Self.message(messageID: "<r-7@riverside-vets.example>")
        let again = try Self.message(messageID: "r-7@riverside-vets.example")
        #expect(first.text == again.text)
        #expect(first.messageID == "<r-7@riverside-vets.example>")
    }

    @Test func bodyIsQuotedPrintableUTF8ThatDecodesToTheText() throws {
        let long = String(repeating: "Booster due for Rex and Bella. ", count: 7).prefix(200)
        let body = "Dear Zoë,\nThe booster costs £45.00.\n\(long)\nFrom here on, nothing is special.\n.\n"
            + "Trailing space \n\ttab first\nA=B\n"
        let text = try Self.message(body: body).text
        let encoded = String(text[text.range(of: "\n\n")!.upperBound...])
        #expect(encoded.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(encoded.split(separator: "\n", omittingEmptySubsequences: false).allSatisfy { $0.count <= 76 })
        #expect(encoded.contains("Zo=C3=AB"))
        #expect(encoded.contains("=C2=A345.00"))
        #expect(!encoded.split(separator: "\n").contains { $0.hasPrefix("From ") || $0 == "." })
        #expect(encoded.contains("space=20\n"))
        #expect(String(decoding: MailDecoding.quotedPrintable(encoded), as: UTF8.self) == body)
        #expect(DeliveredMail(raw: text).body == body)
    }

    @Test func aLongLineGetsSoftBreaksAndNoFromAtAnyLineStart() throws {
        // A soft break falls exactly before "From ": the continuation line must not start with it.
        let body = String(repeating: "x", count: 75) + "From the practice\n"
        let text = try Self.message(body: body).text
        let encoded = String(text[text.range(of: "\n\n")!.upperBound...])
        #expect(encoded.contains("=\n"))
        #expect(!encoded.split(separator: "\n").contains { $0.hasPrefix("From ") })
        #expect(DeliveredMail(raw: text).body == body)
    }

    @Test func nonASCIINamesAndSubjectAreEncodedWords() throws {
        let subject = "Rappel : vaccin de Zoë — £45.00 à régler, merci d'avance de votre confiance et à bientôt"
        let text = try Self.message(to: MailAddress(name: "Zoë Hart-Ó Briain", address: "zoe@example.com"),
                                    subject: subject).text
        let headerText = String(text[..<text.range(of: "\n\n")!.lowerBound])
        #expect(headerText.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(headerText.contains("=?UTF-8?Q?Zo=C3=AB"))
        let mail = DeliveredMail(raw: text)
        #expect(mail.header("Subject") == subject)
        #expect(mail.header("To") == "Zoë Hart-Ó Briain <zoe@example.com>")
    }

    @Test func headerLinesAreFoldedWithinSeventyEightCharacters() throws {
        let subject = (1...30).map { "word\($0)" }.joined(separator: " ")
        let text = try Self.message(subject: subject).text
        let headerLines = text[..<text.range(of: "\n\n")!.lowerBound].split(separator: "\n")
        #expect(headerLines.allSatisfy { $0.count <= 78 })
        #expect(headerLines.filter { $0.hasPrefix(" ") }.count >= 2)
        #expect(DeliveredMail(raw: text).header("Subject") == subject)
    }

    @Test func displayNamesWithPunctuationAreQuoted() throws {
        let text = try Self.message(to: MailAddress(name: "Hart, Zoe \"Zed\"", address: "zoe@example.com")).text
        #expect(DeliveredMail(raw: text).rawHeader("To") == #""Hart, Zoe \"Zed\"" <zoe@example.com>"#)
    }

    /// A message with a line break smuggled into one header value, and the field that holds it.
    static func injected(_ attempt: Int) throws -> (field: String, build: () throws -> MailMessage) {
        let bcc = "Bcc: everyone@example.com"
        switch attempt {
        case 0: return ("subject", { try message(subject: "Hi\n\(bcc)") })
        case 1: return ("subject", { try message(subject: "Hi\r\(bcc)") })
        case 2: return ("to", { try message(to: MailAddress(name: "Zoe", address: "zoe@example.com\n\(bcc)")) })
        case 3: return ("to name", { try message(to: MailAddress(name: "Zoe\r\n\(bcc)", address: "zoe@example.com")) })
        case 4: return ("reply-to", { try message(replyTo: MailAddress(name: "", address: "a@b.example\n")) })
        default: return ("message id", { try message(messageID: "r-1@example.com\n\(bcc)") })
        }
    }

    @Test(arguments: 0...5)
    func lineBreaksInAHeaderAreRefusedNamingTheField(attempt: Int) throws {
        let (field, build) = try Self.injected(attempt)
        let refused = try #require(throws: ValidationError.self) { try build() }
        #expect(refused.field == field)
        #expect(refused.message == "\(field) must not contain a line break")
    }

    @Test func badAddressesAndIDsAreRefusedNamingTheField() {
        let refused = { (build: () throws -> MailMessage) -> ValidationError? in
            do { _ = try build(); return nil } catch { return error as? ValidationError }
        }
        #expect(refused { try Self.message(to: MailAddress(name: "Zoe", address: "zoe.example.com")) }?.field == "to")
        #expect(refused { try Self.message(to: MailAddress(name: "Zoe", address: "zoe <x>@example.com")) }?.field == "to")
        #expect(refused { try Self.message(to: MailAddress(name: "Zoe", address: "")) }?.message == "to address must not be empty")
        #expect(refused { try Self.message(messageID: "no at sign") }?.field == "message id")
        #expect(refused { try Self.message(to: MailAddress(name: "", address: "vetdesk-mail@localhost")) } == nil)
    }
}
