/// How a practice is set up: its law, its record-lock period and how long it keeps records.
public struct PracticeSettings: Hashable, Sendable, Codable {
    public var name: String
    public var address: String
    public var region: PracticeRegion
    /// Hours after which a consultation note can only be corrected by addendum.
    public var lockPeriodHours: Int
    /// Years clinical records are kept after the pet was last seen.
    public var clinicalRetentionYears: Int
    /// Years financial records are kept after the transaction, for tax.
    public var financialRetentionYears: Int
    /// Minutes of no typing before the terminal locks.
    public var idleTimeoutMinutes: Int
    public var dataProtectionContact: String

    public init(name: String, address: String = "", region: PracticeRegion, lockPeriodHours: Int = 24,
                clinicalRetentionYears: Int = 7, financialRetentionYears: Int = 6,
                idleTimeoutMinutes: Int = 10, dataProtectionContact: String = "") {
        self.name = name
        self.address = address
        self.region = region
        self.lockPeriodHours = lockPeriodHours
        self.clinicalRetentionYears = clinicalRetentionYears
        self.financialRetentionYears = financialRetentionYears
        self.idleTimeoutMinutes = idleTimeoutMinutes
        self.dataProtectionContact = dataProtectionContact
    }

    /// Refuses settings no practice could mean, naming the field and the range.
    public func validate() throws(ValidationErrors) {
        var check = Validator()
        _ = check.check { () throws(ValidationError) in try TextRule.required(name, field: "practice name", maxLength: 100) }
        _ = check.check { () throws(ValidationError) in try TextRule.optional(address, field: "practice address", maxLength: 300) }
        _ = check.check { () throws(ValidationError) in
            try TextRule.optional(dataProtectionContact, field: "privacy contact", maxLength: 200)
        }
        let ranges: [(String, Int, ClosedRange<Int>)] = [
            ("record-lock period (hours)", lockPeriodHours, 1...720),
            ("clinical retention (years)", clinicalRetentionYears, 1...50),
            ("financial retention (years)", financialRetentionYears, 1...50),
            ("idle timeout (minutes)", idleTimeoutMinutes, 1...240),
        ]
        for (field, value, range) in ranges where !range.contains(value) {
            check.add(ValidationError(field: field,
                                      message: "\(field) must be from \(range.lowerBound) to \(range.upperBound), not \(value)"))
        }
        try check.finish()
    }
}
