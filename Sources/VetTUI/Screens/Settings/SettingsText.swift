import TUIKit
import VetCore

/// Between the settings form's text and `PracticeSettings`: whole numbers and the region are
/// read here, every range rule is the settings' own.
enum SettingsText {
    static func load(_ settings: PracticeSettings, into form: inout FormState) {
        let values = ["name": settings.name, "address": settings.address, "region": settings.region.rawValue,
                      "lock": String(settings.lockPeriodHours), "clinical": String(settings.clinicalRetentionYears),
                      "financial": String(settings.financialRetentionYears),
                      "idle": String(settings.idleTimeoutMinutes), "contact": settings.dataProtectionContact]
        for (id, value) in values { form.load(value, into: id) }
    }

    /// The typed settings, or every field's problem at once.
    static func parse(_ values: [String: String]) throws(ValidationErrors) -> PracticeSettings {
        var check = Validator()
        let region = check.check { () throws(ValidationError) in
            try PracticeRegion.parse((values["region"] ?? "").trimmingCharacters(in: .whitespaces))
        }
        func number(_ id: String, _ field: String) -> Int {
            let text = (values[id] ?? "").trimmingCharacters(in: .whitespaces)
            guard let value = Int(text) else {
                check.add(ValidationError(field: field, message: "\(field) must be a whole number, not '\(text)'"))
                return 0
            }
            return value
        }
        let lock = number("lock", "record-lock period (hours)")
        let clinical = number("clinical", "clinical retention (years)")
        let financial = number("financial", "financial retention (years)")
        let idle = number("idle", "idle timeout (minutes)")
        let settings = PracticeSettings(
            name: values["name"] ?? "", address: values["address"] ?? "", region: region ?? .englandWales,
            lockPeriodHours: lock, clinicalRetentionYears: clinical, financialRetentionYears: financial,
            idleTimeoutMinutes: idle, dataProtectionContact: values["contact"] ?? "")
        do { try settings.validate() } catch {
            // A number that did not parse already has its message; keep that one.
            let reported = Set(check.errors.map(\.field))
            for failure in error.errors where !reported.contains(failure.field) { check.add(failure) }
        }
        try check.finish()
        return settings
    }
}
