/// Labelled fields with Tab/Shift-Tab focus, per-field errors and a dirty flag for the
/// unsaved-changes guard. Values survive a failed save because the state is only replaced
/// when the screen decides so.
public struct FormState: Hashable, Sendable {
    public private(set) var fields: [FormField]
    public private(set) var focusedIndex: Int
    /// True once any field changed since creation or the last `markSaved()`.
    public private(set) var isDirty: Bool = false

    public init(fields: [FormField]) {
        self.fields = fields
        self.focusedIndex = 0
    }

    public var focusedField: FormField? { fields.indices.contains(focusedIndex) ? fields[focusedIndex] : nil }

    /// The text of a field by id.
    public func value(of id: String) -> String? {
        fields.first { $0.id == id }?.editor.text
    }

    /// Every field's text keyed by id, for validation and saving.
    public var values: [String: String] {
        Dictionary(fields.map { ($0.id, $0.editor.text) }, uniquingKeysWith: { first, _ in first })
    }

    /// True when any field shows an error.
    public var hasErrors: Bool { fields.contains { $0.error != nil } }

    /// Replaces all errors (fields not mentioned are cleared) and focuses the first field in error.
    public mutating func setErrors(_ errors: [String: String]) {
        for index in fields.indices { fields[index].error = errors[fields[index].id] }
        // The text in error is the user's own: it stays unselected, ready to be corrected.
        if let first = fields.firstIndex(where: { $0.error != nil }) { moveFocus(to: first, selecting: false) }
    }

    /// Sets or clears one field's error.
    public mutating func setError(_ message: String?, for id: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[index].error = message
    }

    /// Replaces a field's text without marking the form dirty (loading a record).
    public mutating func load(_ value: String, into id: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        switch fields[index].editor {
        case .line(var state): state.setText(value); fields[index].editor = .line(state)
        case .area(let state):
            fields[index].editor = .area(TextAreaState(text: value, maxLength: state.maxLength, visibleSize: state.visibleSize,
                                                       maxRows: state.maxRows))
        case .choice(var state): state.setValue(value); fields[index].editor = .choice(state)
        case .ticks(var state): state.setValue(value); fields[index].editor = .ticks(state)
        }
    }

    /// Call after a successful save: the guard no longer needs to ask.
    public mutating func markSaved() { isDirty = false }

    /// Moves focus to a field by id.
    public mutating func focus(_ id: String) {
        if let index = fields.firstIndex(where: { $0.id == id }) { moveFocus(to: index) }
    }

    /// Tab/Shift-Tab move focus (wrapping); other keys go to the focused editor.
    public mutating func handle(_ key: Key) -> KeyHandling {
        guard !fields.isEmpty else { return .notHandled }
        switch key {
        case .tab: moveFocus(to: (focusedIndex + 1) % fields.count); return .handled
        case .backTab: moveFocus(to: (focusedIndex + fields.count - 1) % fields.count); return .handled
        default: return editFocused { $0.handle(key) } ?? .notHandled
        }
    }

    /// Moves focus, closing the old field's list and selecting the new field's text.
    private mutating func moveFocus(to index: Int, selecting: Bool = true) {
        guard fields.indices.contains(index) else { return }
        if index != focusedIndex, fields.indices.contains(focusedIndex) { fields[focusedIndex].editor.leave() }
        if index != focusedIndex, selecting { fields[index].editor.enter() }
        if !selecting { fields[index].editor.keepText() }
        focusedIndex = index
    }

    /// True while the focused field's tick list is open: the screen should then be modal, so
    /// that Esc closes the list instead of leaving the form, and Enter accepts the ticks.
    public var hasOpenTickList: Bool { focusedField?.editor.isOpenTickList ?? false }

    /// Inserts pasted text into the focused field.
    public mutating func paste(_ text: String) {
        _ = editFocused { $0.insert(text) ? .handled : .notHandled }
    }

    /// Sets the visible width of every editor, from the form's layout.
    public mutating func setFieldWidth(_ width: Int) {
        for index in fields.indices {
            switch fields[index].editor {
            case .line(var state): state.visibleWidth = width; fields[index].editor = .line(state)
            case .area(var state):
                state.visibleSize = TerminalSize(rows: state.visibleSize.rows, columns: width)
                fields[index].editor = .area(state)
            case .choice(var state): state.visibleWidth = width; fields[index].editor = .choice(state)
            case .ticks(var state): state.visibleWidth = width; fields[index].editor = .ticks(state)
            }
        }
    }

    private mutating func editFocused(_ edit: (inout EditorAccess) -> KeyHandling) -> KeyHandling? {
        guard let field = focusedField else { return nil }
        var access = EditorAccess(editor: field.editor)
        let result = edit(&access)
        if access.editor != field.editor {
            fields[focusedIndex].editor = access.editor
            if access.editor.text != field.editor.text { isDirty = true }
        }
        return result
    }
}

/// Gives uniform key handling and insertion over either editor kind.
struct EditorAccess {
    var editor: FieldEditor

    mutating func handle(_ key: Key) -> KeyHandling {
        switch editor {
        case .line(var state): defer { editor = .line(state) }; return state.handle(key)
        case .area(var state): defer { editor = .area(state) }; return state.handle(key)
        case .choice(var state): defer { editor = .choice(state) }; return state.handle(key)
        case .ticks(var state): defer { editor = .ticks(state) }; return state.handle(key)
        }
    }

    mutating func insert(_ text: String) -> Bool {
        switch editor {
        case .line(var state): defer { editor = .line(state) }; return state.insert(text)
        case .area(var state): defer { editor = .area(state) }; return state.insert(text)
        case .choice(var state): defer { editor = .choice(state) }; return state.insert(text)
        case .ticks(let state): return state.insert(text)
        }
    }
}
