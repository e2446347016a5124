import TUIKit
import VetCore
import VetStore

/// The pick lists of the app's closed sets: what each offers and how it becomes a form field.
/// The stored value is always the enum's raw value, so saving parses it as before.
@MainActor
enum PickLists {
    /// Every case of a choice, labelled by its display name.
    static func options<C: Choice>(_ type: C.Type) -> [ChoiceOption] {
        type.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.displayName) }
    }

    /// A pick-list field sized for the standard form layout.
    static func field(_ id: String, _ label: String, options: [ChoiceOption], value: String = "",
                      other: String? = nil, maxLength: Int? = nil) -> FormField {
        .choice(id, label: label, options: options, value: value, other: other, maxLength: maxLength,
                width: FormSupport.editorWidth)
    }

    /// Common species; anything else is typed after choosing "Other…".
    static let species: [ChoiceOption] = ["Dog", "Cat", "Rabbit", "Guinea pig", "Hamster", "Ferret", "Bird",
                                          "Tortoise", "Lizard", "Snake", "Horse"]
        .map { ChoiceOption(value: $0, label: $0) }

    /// The kinds of recipient a disclosure can go to.
    static let recipientKinds = DisclosureRecipientKind.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.displayName) }

    /// The label of the entry that lets a species outside the list be typed.
    static let otherSpecies = "Other…"

    static let yesNo = [ChoiceOption(value: "no", label: "No"), ChoiceOption(value: "yes", label: "Yes")]

    static let direction = [ChoiceOption(value: "in", label: "In (from the client)"),
                            ChoiceOption(value: "out", label: "Out (to the client)")]

    static let communicationChannel: [ChoiceOption] = AppDatabase.CommunicationChannel.allCases.map { channel in
        let label = switch channel {
        case .call: "Call"
        case .email: "Email"
        case .letter: "Letter"
        case .sms: "SMS text"
        }
        return ChoiceOption(value: channel.rawValue, label: label)
    }

    static let region: [ChoiceOption] = PracticeRegion.allCases.map { ChoiceOption(value: $0.rawValue, label: $0.displayName) }
}
