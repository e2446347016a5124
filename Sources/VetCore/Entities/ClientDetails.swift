import Foundation

/// What a receptionist types on the client form, before validation.
public struct ClientForm: Hashable, Sendable, Codable {
    public var title = ""
    public var firstName = ""
    public var lastName = ""
    public var addressLine1 = ""
    public var addressLine2 = ""
    public var town = ""
    public var postcode = ""
    public var email = ""
    /// Up to three labelled numbers; blank entries are ignored.
    public var phones: [PhoneEntry] = []
    public var notes = ""

    public struct PhoneEntry: Hashable, Sendable, Codable {
        public var label: PhoneLabel
        public var number: String
        public init(label: PhoneLabel, number: String) {
            self.label = label
            self.number = number
        }
    }

    public init() {}

    /// Validates every field at once, so the form can show each message beside its field.
    public func validated() throws(ValidationErrors) -> ClientDetails {
        var check = Validator()
        let title = check.check { () throws(ValidationError) in try TextRule.optional(self.title, field: "title", maxLength: 20) }
        let first = check.check { () throws(ValidationError) in try TextRule.required(firstName, field: "first name", maxLength: 60) }
        let last = check.check { () throws(ValidationError) in try TextRule.required(lastName, field: "last name", maxLength: 60) }
        let line1 = check.check { () throws(ValidationError) in try TextRule.required(addressLine1, field: "address", maxLength: 100) }
        let line2 = check.check { () throws(ValidationError) in try TextRule.optional(addressLine2, field: "address line 2", maxLength: 100) }
        let town = check.check { () throws(ValidationError) in try TextRule.required(self.town, field: "town", maxLength: 60) }
        let postcode = check.check { () throws(ValidationError) in try Postcode(parsing: self.postcode) }
        var email: EmailAddress?
        if !self.email.trimmingCharacters(in: .whitespaces).isEmpty {
            email = check.check { () throws(ValidationError) in try EmailAddress(parsing: self.email) }
        }
        var numbers: [PhoneNumber] = []
        for (index, entry) in phones.enumerated() where !entry.number.trimmingCharacters(in: .whitespaces).isEmpty {
            let field = index == 0 ? "phone" : "phone \(index + 1)"
            if let number = check.check({ () throws(ValidationError) in
                try PhoneNumber(parsing: entry.number, label: entry.label, field: field)
            }) {
                numbers.append(number)
            }
        }
        if numbers.isEmpty && email == nil && check.errors.allSatisfy({ !$0.field.hasPrefix("phone") && $0.field != "email" }) {
            check.add(ValidationError(field: "phone", message: "phone or email is needed so the practice can reach the client"))
        }
        let notes = check.check { () throws(ValidationError) in try TextRule.optional(self.notes, field: "notes", maxLength: 2000, lines: .multiple) }
        try check.finish()
        guard let first, let last, let line1, let town, let postcode else { throw ValidationErrors(check.errors) }
        return ClientDetails(title: title ?? nil, firstName: first, lastName: last,
                             addressLine1: line1, addressLine2: line2 ?? nil, town: town,
                             postcode: postcode, email: email, phones: numbers, notes: notes ?? nil)
    }
}

/// A client's validated contact details: the only shape the store accepts.
public struct ClientDetails: Hashable, Sendable, Codable {
    public var title: String?
    public var firstName: String
    public var lastName: String
    public var addressLine1: String
    public var addressLine2: String?
    public var town: String
    public var postcode: Postcode
    public var email: EmailAddress?
    public var phones: [PhoneNumber]
    public var notes: String?

    public init(title: String?, firstName: String, lastName: String, addressLine1: String,
                addressLine2: String?, town: String, postcode: Postcode, email: EmailAddress?,
                phones: [PhoneNumber], notes: String?) {
        self.title = title
        self.firstName = firstName
        self.lastName = lastName
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.town = town
        self.postcode = postcode
        self.email = email
        self.phones = phones
        self.notes = notes
    }

    /// "Mrs Zoë Smith": the name as it is addressed on a letter.
    public var fullName: String {
        [title, firstName, lastName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The contact fields whose changes are kept with old and new values, keyed by a stable name.
    public var contactFields: [(field: String, value: String)] {
        [("title", title ?? ""), ("first name", firstName), ("last name", lastName),
         ("address", addressLine1), ("address line 2", addressLine2 ?? ""), ("town", town),
         ("postcode", postcode.formatted), ("email", email?.value ?? ""),
         ("phones", phones.map { "\($0.label.rawValue) \($0.formatted)" }.joined(separator: ", "))]
    }
}
