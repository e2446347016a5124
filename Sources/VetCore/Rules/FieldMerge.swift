/// Which value of a field a person keeps when their save met someone else's.
public enum MergeChoice: String, Hashable, Sendable {
    case mine
    case theirs
}

/// One form field in a three-way merge: the value the person opened, what they typed, and
/// what another person saved meanwhile.
public struct MergeField: Hashable, Sendable, Identifiable {
    public let id: String
    public let label: String
    public let original: String
    public let mine: String
    public let theirs: String
    public var choice: MergeChoice

    /// The side that changed nothing is followed; when both changed the field, the person's own
    /// typing is kept until they choose otherwise.
    public init(id: String, label: String, original: String, mine: String, theirs: String) {
        self.id = id
        self.label = label
        self.original = original
        self.mine = mine
        self.theirs = theirs
        self.choice = mine == original && theirs != original ? .theirs : .mine
    }

    /// The value this field will be saved with.
    public var chosen: String { choice == .mine ? mine : theirs }
    /// Both people changed the field to different values: a real clash, not just news.
    public var bothChanged: Bool { mine != original && theirs != original && mine != theirs }
}

/// A stale save turned into choices: every field where the person's value and the stored one
/// differ, each with a choice, and the values to save once the choices are made.
public struct FieldMerge: Hashable, Sendable {
    /// The fields that differ, in form order; fields that agree are not asked about.
    public private(set) var fields: [MergeField]
    /// Every field's value to save: the agreed ones as they are, the differing ones as chosen.
    private let agreed: [String: String]

    /// `labels` gives the fields in form order with their labels; a field missing from a
    /// dictionary counts as empty.
    public init(labels: [(id: String, label: String)], original: [String: String], mine: [String: String],
                theirs: [String: String]) {
        var differing: [MergeField] = []
        var agreed: [String: String] = [:]
        for (id, label) in labels {
            let mineValue = mine[id] ?? ""
            let theirValue = theirs[id] ?? ""
            if mineValue == theirValue {
                agreed[id] = mineValue
            } else {
                differing.append(MergeField(id: id, label: label, original: original[id] ?? "",
                                            mine: mineValue, theirs: theirValue))
            }
        }
        self.fields = differing
        self.agreed = agreed
    }

    /// Nothing differs: the person's values already match what is stored.
    public var isEmpty: Bool { fields.isEmpty }

    /// Sets the choice for field `index` (ignored when out of range).
    public mutating func choose(_ choice: MergeChoice, at index: Int) {
        guard fields.indices.contains(index) else { return }
        fields[index].choice = choice
    }

    /// Sets every field to the same side.
    public mutating func chooseAll(_ choice: MergeChoice) {
        for index in fields.indices { fields[index].choice = choice }
    }

    /// The values to save: every field, differing ones as chosen.
    public var merged: [String: String] {
        var values = agreed
        for field in fields { values[field.id] = field.chosen }
        return values
    }
}
