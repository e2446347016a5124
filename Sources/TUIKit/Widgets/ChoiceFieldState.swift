/// One entry of a pick list: the value stored (an enum's raw value) and the words shown.
public struct ChoiceOption: Hashable, Sendable {
    public let value: String
    public let label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}

/// A pick list for a closed set, so nobody has to type "more information requested" in full:
/// typing finds the first entry with a word starting with what was typed ("info", "m"),
/// arrows move, Enter opens or closes the list. When `otherLabel` is given ("Other…"),
/// choosing it turns the field into free text for anything the list does not hold.
public struct ChoiceFieldState: Hashable, Sendable {
    public let options: [ChoiceOption]
    /// The last entry, which lets a free text be typed; nil for a strictly closed set.
    public let otherLabel: String?
    /// Index into `entries`; nil until something is chosen.
    public private(set) var selectedIndex: Int?
    /// What has been typed since the list last moved, matched against the labels.
    public private(set) var query: String = ""
    /// True while the list is shown under the field.
    public private(set) var isOpen: Bool = false
    /// The free text, while "Other…" is in use.
    public private(set) var freeText: TextFieldState?
    /// Visible columns, set by the form from its layout.
    public var visibleWidth: Int {
        didSet {
            visibleWidth = max(1, visibleWidth)
            freeText?.visibleWidth = visibleWidth
        }
    }

    /// Pre-selects the option whose value or label is `value`; any other text becomes the free
    /// text when the list offers "Other…".
    public init(options: [ChoiceOption], value: String = "", otherLabel: String? = nil, maxLength: Int? = nil,
                visibleWidth: Int = 20) {
        self.options = options
        self.otherLabel = otherLabel
        self.visibleWidth = max(1, visibleWidth)
        self.maxLength = maxLength
        setValue(value)
    }

    /// Most characters accepted in the free text.
    public let maxLength: Int?

    /// Labels in list order, "Other…" last when offered.
    public var entries: [String] { options.map(\.label) + (otherLabel.map { [$0] } ?? []) }

    /// The stored value: the chosen option's value, the free text, or "" when nothing is chosen.
    public var text: String {
        if let freeText { return freeText.text }
        guard let selectedIndex, options.indices.contains(selectedIndex) else { return "" }
        return options[selectedIndex].value
    }

    /// What the closed field shows: the chosen label, or nothing.
    public var label: String {
        guard let selectedIndex, entries.indices.contains(selectedIndex) else { return "" }
        return entries[selectedIndex]
    }

    /// True while "Other…" is highlighted or its free text is being typed.
    public var isOtherSelected: Bool { otherLabel != nil && selectedIndex == options.count }

    /// Chooses by value or label (loading a record); unknown text becomes the free text when allowed.
    public mutating func setValue(_ value: String) {
        query = ""
        isOpen = false
        freeText = nil
        let key = value.lowercased()
        if let index = options.firstIndex(where: { $0.value.lowercased() == key || $0.label.lowercased() == key }) {
            selectedIndex = index
        } else if !value.isEmpty, otherLabel != nil {
            selectedIndex = options.count
            freeText = TextFieldState(text: value, maxLength: maxLength, visibleWidth: visibleWidth)
        } else {
            selectedIndex = nil
        }
    }

    /// Called when the field loses focus: the list closes and the next visit starts a new search.
    public mutating func leave() {
        isOpen = false
        query = ""
    }

    /// Typing searches; arrows move; Enter opens, chooses or starts the free text; Tab, Esc and
    /// F-keys are left to the form and command table.
    public mutating func handle(_ key: Key) -> KeyHandling {
        if freeText != nil { return handleFreeText(key) }
        switch key {
        case .character(let character) where key.isPrintable:
            _ = search(query + String(character))
        case .backspace:
            guard !query.isEmpty else { return .handled }
            query.removeLast()
            if !query.isEmpty { _ = search(query) }
        case .down: move(by: 1)
        case .up: move(by: -1)
        case .pageDown, .end: move(by: entries.count)
        case .pageUp, .home: move(by: -entries.count)
        case .enter:
            if isOtherSelected {
                freeText = TextFieldState(maxLength: maxLength, visibleWidth: visibleWidth)
                isOpen = false
            } else {
                isOpen.toggle()
            }
            query = ""
        default: return .notHandled
        }
        return .handled
    }

    /// A paste searches the list, or goes into the free text.
    @discardableResult
    public mutating func insert(_ typed: String) -> Bool {
        if var free = freeText {
            defer { freeText = free }
            return free.insert(typed)
        }
        return search(query + typed)
    }

    /// Every word typed must start some word of the label ("more info", "info", "m"); the
    /// first such entry is chosen. Text that matches nothing is refused, so the field never
    /// holds a value outside the set.
    private mutating func search(_ candidate: String) -> Bool {
        guard let index = Self.firstMatch(candidate, in: entries) else { return false }
        query = candidate
        selectedIndex = index
        isOpen = true
        return true
    }

    private mutating func move(by step: Int) {
        guard !entries.isEmpty else { return }
        let start = selectedIndex ?? (step > 0 ? -1 : entries.count)
        selectedIndex = min(max(0, start + step), entries.count - 1)
        query = ""
        isOpen = true
    }

    /// Keys while typing the free text; Up, or Backspace on an empty text, goes back to the list.
    private mutating func handleFreeText(_ key: Key) -> KeyHandling {
        guard var free = freeText else { return .notHandled }
        if key == .up || key == .down || (key == .backspace && free.text.isEmpty) {
            freeText = nil
            isOpen = true
            return .handled
        }
        let result = free.handle(key)
        freeText = free
        return result
    }

    /// The first label that starts with `query`, or in which every word of `query` starts some
    /// word; shared by pick lists and screens with their own tick boxes.
    public static func firstMatch(_ query: String, in labels: [String]) -> Int? {
        let wanted = words(query)
        let whole = query.lowercased()
        return labels.firstIndex { label in
            label.lowercased().hasPrefix(whole)
                || (!wanted.isEmpty && wanted.allSatisfy { part in words(label).contains { $0.hasPrefix(part) } })
        }
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}
