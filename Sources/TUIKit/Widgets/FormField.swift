/// The editor behind a form field.
public enum FieldEditor: Hashable, Sendable {
    case line(TextFieldState)
    case area(TextAreaState)
    /// A pick list for a closed set; its text is the chosen option's value.
    case choice(ChoiceFieldState)
    /// Several choices of a closed set; its text is the chosen values joined by commas.
    case ticks(TickFieldState)

    /// The field's current text.
    public var text: String {
        switch self {
        case .line(let state): state.text
        case .area(let state): state.text
        case .choice(let state): state.text
        case .ticks(let state): state.text
        }
    }

    /// Rows the editor takes on screen; a text area grows with its text.
    public var height: Int {
        switch self {
        case .line, .choice: 1
        case .area(let state): state.height
        case .ticks(let state): state.height
        }
    }

    /// Focus arrives: pre-filled text is selected so typing replaces it.
    mutating func enter() {
        if case .line(var state) = self { state.selectAll(); self = .line(state) }
    }

    /// Focus arrives to correct the text: it stays unselected.
    mutating func keepText() {
        if case .line(var state) = self { state.clearSelection(); self = .line(state) }
    }

    /// Focus leaves: an open list closes.
    mutating func leave() {
        if case .choice(var state) = self { state.leave(); self = .choice(state) }
        if case .ticks(var state) = self { state.leave(); self = .ticks(state) }
    }

    /// True while a tick list is open: its screen takes every key until it closes.
    var isOpenTickList: Bool {
        if case .ticks(let state) = self { return state.isOpen }
        return false
    }
}

/// One labelled field with its validation message, if any.
public struct FormField: Hashable, Sendable, Identifiable {
    public let id: String
    public let label: String
    public var editor: FieldEditor
    /// A message in words ("postcode 'JE3 7D' is incomplete"); shown under the field.
    public var error: String?

    public init(id: String, label: String, editor: FieldEditor, error: String? = nil) {
        self.id = id
        self.label = label
        self.editor = editor
        self.error = error
    }

    /// A single-line text field.
    public static func text(
        _ id: String, label: String, value: String = "", maxLength: Int? = nil, masked: Bool = false
    ) -> FormField {
        FormField(id: id, label: label, editor: .line(TextFieldState(text: value, maxLength: maxLength, isMasked: masked)))
    }

    /// A multi-line notes field `rows` high.
    public static func notes(_ id: String, label: String, value: String = "", rows: Int = 4, maxLength: Int? = nil) -> FormField {
        FormField(
            id: id, label: label,
            editor: .area(TextAreaState(text: value, maxLength: maxLength, visibleSize: TerminalSize(rows: rows, columns: 40))))
    }

    /// A pick list of `options`; `value` pre-selects by value or label. With `other`
    /// ("Other…"), anything outside the list can be typed instead.
    public static func choice(
        _ id: String, label: String, options: [ChoiceOption], value: String = "", other: String? = nil,
        maxLength: Int? = nil, width: Int = 20
    ) -> FormField {
        FormField(id: id, label: label, editor: .choice(ChoiceFieldState(
            options: options, value: value, otherLabel: other, maxLength: maxLength, visibleWidth: width)))
    }

    /// A tick list of `options` for choosing several; `value` names the chosen ones by value or
    /// label, separated by commas.
    public static func ticks(_ id: String, label: String, options: [ChoiceOption], value: String = "",
                             width: Int = 20) -> FormField {
        FormField(id: id, label: label, editor: .ticks(TickFieldState(options: options, value: value, visibleWidth: width)))
    }
}
