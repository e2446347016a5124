/// How a client wants service reminders to reach them. Separate from marketing consent:
/// reminders are service messages, so a client may want them and no marketing at all.
public enum ReminderChannel: String, Choice, Comparable {
    case email, sms, letter

    public var displayName: String {
        switch self {
        case .email: "Email"
        case .sms: "Text message"
        case .letter: "Letter"
        }
    }

    public static var fieldName: String { "reminder channel" }

    /// The contact detail the channel needs, for "no … for …" exclusions.
    public var contactDetail: String {
        switch self {
        case .email: "email address"
        case .sms: "mobile number"
        case .letter: "postal address"
        }
    }

    public static func < (lhs: ReminderChannel, rhs: ReminderChannel) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// Reads "email, sms" or "none" (an empty set: the client wants no reminders).
    public static func parseSet(_ text: String, field: String = "reminder channels") throws(ValidationError) -> Set<ReminderChannel> {
        let words = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if words.count == 1, words[0].lowercased() == "none" { return [] }
        guard !words.isEmpty else {
            throw ValidationError(field: field, message: "\(field) must name one or more of \(choicesText), or 'none'")
        }
        var chosen: Set<ReminderChannel> = []
        for word in words { chosen.insert(try parse(word, field: field)) }
        return chosen
    }

    /// "Email and text message", "None": a chosen set in words.
    public static func describe(_ channels: Set<ReminderChannel>) -> String {
        let names = channels.sorted().map(\.displayName)
        switch names.count {
        case 0: return "None"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "").lowercased()
        }
    }
}
