import VetCore

/// A mailbox as a message's header names it: "Zoë Hart <zoe@example.com>". Checked when a message
/// is built (`MailMessage.init`), where a bad one is reported under the header it was meant for.
public struct MailAddress: Sendable, Hashable {
    /// The person or practice, as shown by mail programs; may be empty.
    public var name: String
    /// "zoe@example.com".
    public var address: String

    public init(name: String, address: String) {
        self.name = name
        self.address = address
    }

    /// The address as a header carries it, or a `ValidationError` naming `field` ("from", "to" …).
    ///
    /// VetCore's `EmailAddress` is the check for addresses typed at the desk; here the rule is only
    /// what a header can carry safely, so that mailboxes on the machine itself (`someone@localhost`)
    /// and every address `EmailAddress` accepts get through.
    func checked(field: String) throws(ValidationError) -> MailAddress {
        try MailHeader.refuseLineBreaks(name, field: "\(field) name")
        try MailHeader.refuseLineBreaks(address, field: field)
        let name = name.trimmingCharacters(in: .whitespaces)
        let address = address.trimmingCharacters(in: .whitespaces)
        func refuse(_ rule: String) -> ValidationError {
            ValidationError(field: field, message: "\(field) address '\(address)' \(rule)")
        }
        if address.isEmpty { throw ValidationError(field: field, message: "\(field) address must not be empty") }
        if address.count > EmailAddress.maxLength {
            throw refuse("is longer than \(EmailAddress.maxLength) characters")
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            throw refuse("must be one name, an @ and a domain, as in jo@example.com")
        }
        if let bad = address.unicodeScalars.first(where: { !MailAddress.allowed($0) }) {
            throw refuse("must not contain '\(bad.escaped(asASCII: true))'")
        }
        if name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ValidationError(field: "\(field) name", message: "\(field) name must not contain control characters")
        }
        return MailAddress(name: name, address: address)
    }

    /// Printable ASCII without spaces or the characters that delimit addresses in a header.
    private static func allowed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 32 && scalar.value < 127 && !"<>()[]\\,;:\"".unicodeScalars.contains(scalar)
    }

    /// The header words for this mailbox: the name (quoted or encoded when it must be) then `<address>`.
    var headerWords: [String] {
        let bracketed = "<\(address)>"
        return name.isEmpty ? [bracketed] : MailHeader.phraseWords(name) + [bracketed]
    }
}
