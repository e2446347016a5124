import Foundation

/// What an allergy alert names: a class of drugs, or one price-list item.
public enum AllergyTarget: Hashable, Sendable {
    case drugClass(DrugClass)
    case item(id: Int64, name: String)
}

/// The facts about a price-list item that an allergy can be matched against.
public struct AllergyItemFacts: Hashable, Sendable {
    public var id: Int64?
    public var code: String
    public var name: String
    public var isMedicine: Bool
    public var drugClass: DrugClass?

    public init(id: Int64?, code: String, name: String, isMedicine: Bool, drugClass: DrugClass?) {
        self.id = id
        self.code = code
        self.name = name
        self.isMedicine = isMedicine
        self.drugClass = drugClass
    }
}

/// One alert that a treatment collides with, in words a vet reads in the warning.
public struct AllergyMatch: Hashable, Sendable {
    /// The alert as the record shows it: "allergic to Penicillins" or the free text typed.
    public var alert: String
    /// Why it matches: "Amoxicillin-clavulanate 250 mg is one of the penicillins".
    public var because: String

    public init(alert: String, because: String) {
        self.alert = alert
        self.because = because
    }
}

/// Matches a treatment against a pet's allergy alerts: structured ones by class or by item,
/// and the older free-text alerts by the class names, synonyms and product names they mention.
public enum AllergyCheck {
    /// Every alert `item` collides with; empty when it is safe as far as the record knows.
    public static func matches(item: AllergyItemFacts, structured: [AllergyTarget], freeText: String?) -> [AllergyMatch] {
        var found: [AllergyMatch] = []
        for target in structured {
            switch target {
            case .drugClass(let drugClass) where drugClass == item.drugClass:
                found.append(AllergyMatch(alert: "allergic to \(drugClass.displayName)",
                                          because: "\(item.name) is one of the \(drugClass.inSentence)"))
            case .item(let id, let name) where id == item.id:
                found.append(AllergyMatch(alert: "allergic to \(name)", because: "\(item.name) is that item"))
            default:
                continue
            }
        }
        if let freeText, let match = freeTextMatch(item: item, alert: freeText) { found.append(match) }
        return found
    }

    /// A free-text alert matches when it names the item's class (or a member of it), or the
    /// item's own first word ("allergic to Meloxidyl"): only medicines, so that "nervous at the
    /// consultation" never flags the consultation fee.
    static func freeTextMatch(item: AllergyItemFacts, alert: String) -> AllergyMatch? {
        let words = Set(SearchText.words(alert))
        let trimmed = alert.trimmingCharacters(in: .whitespacesAndNewlines)
        if let drugClass = item.drugClass, let named = drugClass.alertWords.intersection(words).sorted().first {
            return AllergyMatch(alert: trimmed, because: "\(item.name) is one of the \(drugClass.inSentence) "
                                + "(the alert says '\(named)')")
        }
        guard item.isMedicine, let first = SearchText.words(item.name).first, first.count >= 5,
              first.allSatisfy(\.isLetter), words.contains(first) else { return nil }
        return AllergyMatch(alert: trimmed, because: "the alert names \(item.name)")
    }
}
