import Foundation

/// The decisions on a breach as a manager types them: whether the regulator must be told (and
/// why not, when not), and whether the risk to the people affected is high enough that they
/// must be told too (with the reasons either way), and when they were.
public struct BreachDecisionDetails: Hashable, Sendable {
    public var reporting: String
    public var reportingReason: String
    /// "yes", "no", or empty while undecided.
    public var highRisk: String
    public var riskReason: String
    /// When the people affected were told; empty until they are.
    public var peopleToldAt: String

    public init(reporting: String, reportingReason: String = "", highRisk: String = "", riskReason: String = "",
                peopleToldAt: String = "") {
        self.reporting = reporting
        self.reportingReason = reportingReason
        self.highRisk = highRisk
        self.riskReason = riskReason
        self.peopleToldAt = peopleToldAt
    }

    /// A breach that is not reported needs its reasons recorded (Art 33(5)); so does the
    /// decision on high risk, either way. People are not told before the practice knew.
    public func validated(awareAt: Date, now: Date, zone: TimeZone) throws(ValidationErrors) -> ValidBreachDecisions {
        var check = Validator()
        let decision = check.check { () throws(ValidationError) in try BreachReporting.parse(reporting, field: "decision") }
        let reason = check.check { () throws(ValidationError) in
            try TextRule.optional(reportingReason, field: "decision reasons", maxLength: BreachDetails.textLimit, lines: .multiple)
        }
        if decision == .notReportable, let reason, reason == nil {
            check.add(ValidationError(field: "decision reasons", message: "decision reasons must be given when a breach is "
                + "not reportable: say why it is unlikely to result in a risk to people"))
        }
        let risk = check.check { () throws(ValidationError) in try Self.yesNo(highRisk, field: "high risk") }
        let riskText = check.check { () throws(ValidationError) in
            try TextRule.optional(riskReason, field: "risk reasons", maxLength: BreachDetails.textLimit, lines: .multiple)
        }
        if let risk, risk != nil, let riskText, riskText == nil {
            check.add(ValidationError(field: "risk reasons", message: "risk reasons must be given with the decision on "
                + "high risk: say why the people affected must or need not be told"))
        }
        let told = check.check { () throws(ValidationError) -> Date? in
            ValueText.trimmed(peopleToldAt).isEmpty ? nil
                : try BreachTime.afterAware(peopleToldAt, field: "people told at", aware: awareAt, now: now, zone: zone)
        }
        try check.finish()
        return ValidBreachDecisions(reporting: decision ?? .undecided, reportingReason: reason ?? nil,
                                    highRisk: risk ?? nil, riskReason: riskText ?? nil, peopleToldAt: told ?? nil)
    }

    /// "yes"/"no" (or y/n, true/false) as a decision; empty is undecided.
    static func yesNo(_ text: String, field: String) throws(ValidationError) -> Bool? {
        switch ValueText.trimmed(text).lowercased() {
        case "": nil
        case "yes", "y", "true": true
        case "no", "n", "false": false
        default: throw ValidationError(field: field, message: "\(field) '\(ValueText.trimmed(text))' must be yes or no")
        }
    }
}

public struct ValidBreachDecisions: Hashable, Sendable {
    public var reporting: BreachReporting
    public var reportingReason: String?
    public var highRisk: Bool?
    public var riskReason: String?
    public var peopleToldAt: Date?
}

/// The report to the regulator as typed: when it was made, the regulator's reference, and the
/// reasons for any delay past the 72 hours.
public struct BreachReportDetails: Hashable, Sendable {
    public var reportedAt: String
    public var reference: String
    public var delayReason: String

    public init(reportedAt: String, reference: String, delayReason: String = "") {
        self.reportedAt = reportedAt
        self.reference = reference
        self.delayReason = delayReason
    }

    /// A report after aware + 72 h is refused without the reasons for the delay (Art 33(1)).
    public func validated(awareAt: Date, now: Date, zone: TimeZone) throws(ValidationErrors) -> ValidBreachReport {
        var check = Validator()
        let at = check.check { () throws(ValidationError) in
            try BreachTime.afterAware(reportedAt, field: "reported at", aware: awareAt, now: now, zone: zone)
        }
        let ref = check.check { () throws(ValidationError) in
            try TextRule.required(reference, field: "regulator's reference", maxLength: 60)
        }
        let delay = check.check { () throws(ValidationError) in
            try TextRule.optional(delayReason, field: "delay reasons", maxLength: BreachDetails.textLimit, lines: .multiple)
        }
        let clock = BreachClock(awareAt: awareAt, reporting: .report, reportedAt: nil)
        if let at, at > clock.reportBy, let delay, delay == nil {
            check.add(ValidationError(field: "delay reasons", message: "delay reasons must be given: the report at "
                + "\(LocalInstant.text(at, in: zone)) came \(BreachClock.duration(clock.lateness(of: at))) after the "
                + "72 hours ended at \(LocalInstant.text(clock.reportBy, in: zone))"))
        }
        try check.finish()
        return ValidBreachReport(reportedAt: at ?? now, reference: ref ?? "", delayReason: delay ?? nil)
    }
}

public struct ValidBreachReport: Hashable, Sendable {
    public var reportedAt: Date
    public var reference: String
    public var delayReason: String?
}
