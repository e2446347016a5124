/// A site of the practice as a manager types it: where a terminal works, and where
/// consultations, invoices and takings happen. Names are unique across the group, ignoring case.
public struct SiteDetails: Hashable, Sendable {
    public var name: String
    public var address: String
    public var phone: String

    public init(name: String, address: String = "", phone: String = "") {
        self.name = name
        self.address = address
        self.phone = phone
    }

    /// The details as stored: trimmed, the phone written the one way every phone is written.
    /// Refuses an empty or over-long name, an over-long address and a phone that is not one.
    public func validated() throws(ValidationErrors) -> SiteDetails {
        var check = Validator()
        let name = check.check { () throws(ValidationError) in try TextRule.required(self.name, field: "site name", maxLength: 60) }
        let address = check.check { () throws(ValidationError) in
            try TextRule.optional(self.address, field: "site address", maxLength: 300, lines: .multiple)
        }
        let phone = check.check { () throws(ValidationError) -> String in
            ValueText.trimmed(self.phone).isEmpty ? "" : try PhoneNumber(parsing: self.phone, label: .work, field: "site phone").formatted
        }
        try check.finish()
        return SiteDetails(name: name ?? "", address: (address ?? nil) ?? "", phone: phone ?? "")
    }
}
