/// A single-line editable text: cursor movement and deletion work on whole characters
/// (grapheme clusters), so "Zoë" or "👩‍⚕️" is never split.
public struct TextFieldState: Hashable, Sendable {
    public private(set) var text: String
    /// Cursor position as a character index, 0...text.count.
    public private(set) var cursor: Int
    /// First visible character when the text is wider than the field.
    public private(set) var scrollOffset: Int = 0
    /// Most characters accepted; typing beyond it is refused.
    public var maxLength: Int?
    /// Draw "*" for every character (passwords).
    public var isMasked: Bool
    /// True while the whole text is selected: pre-filled text is, so typing replaces it instead
    /// of appending ("video" into "in person" gives "video", not "in personvideo").
    public private(set) var isAllSelected: Bool = false
    /// Visible columns, set by the form or screen from its layout.
    public var visibleWidth: Int {
        didSet { visibleWidth = max(1, visibleWidth); keepCursorVisible() }
    }

    public init(text: String = "", maxLength: Int? = nil, isMasked: Bool = false, visibleWidth: Int = 20) {
        let limited = maxLength.map { String(text.prefix($0)) } ?? text
        self.text = limited
        self.cursor = limited.count
        self.maxLength = maxLength
        self.isMasked = isMasked
        self.visibleWidth = max(1, visibleWidth)
        self.isAllSelected = !limited.isEmpty
        keepCursorVisible()
    }

    /// Replaces the text, puts the cursor at its end and selects it, as on entry.
    public mutating func setText(_ newText: String) {
        text = maxLength.map { String(newText.prefix($0)) } ?? newText
        cursor = text.count
        isAllSelected = !text.isEmpty
        keepCursorVisible()
    }

    /// Selects the whole text (focus arriving on the field), so the next character typed replaces it.
    public mutating func selectAll() {
        isAllSelected = !text.isEmpty
        cursor = text.count
        keepCursorVisible()
    }

    /// Keeps the text but drops the selection, so typing edits at the cursor.
    public mutating func clearSelection() { isAllSelected = false }

    /// Drops the selected text, if any, before typing or deleting over it.
    private mutating func replaceSelection() {
        guard isAllSelected else { return }
        isAllSelected = false
        text = ""
        cursor = 0
        scrollOffset = 0
    }

    /// Inserts text at the cursor (typing or a paste), dropping line breaks and whatever
    /// exceeds `maxLength`. Returns false when nothing could be inserted.
    @discardableResult
    public mutating func insert(_ typed: String) -> Bool {
        var characters = typed.filter { !$0.isNewline && !isControl($0) }
        if !characters.isEmpty { replaceSelection() }
        if let maxLength { characters = String(characters.prefix(max(0, maxLength - text.count))) }
        guard !characters.isEmpty else { return false }
        text.insert(contentsOf: characters, at: index(cursor))
        cursor += characters.count
        keepCursorVisible()
        return true
    }

    /// Editing keys; Tab, Enter, Esc and F-keys are left for the form and command table.
    public mutating func handle(_ key: Key) -> KeyHandling {
        if isAllSelected, [Key.backspace, .delete, .ctrl("d")].contains(key) {
            replaceSelection()
            return .handled
        }
        switch key {
        case .character(let character) where key.isPrintable:
            insert(String(character))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .backspace:
            guard cursor > 0 else { return .handled }
            text.remove(at: index(cursor - 1))
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < text.count else { return .handled }
            text.remove(at: index(cursor))
        case .ctrl("u"):
            text.removeSubrange(text.startIndex..<index(cursor))
            cursor = 0
        case .ctrl("k"):
            text.removeSubrange(index(cursor)..<text.endIndex)
        default:
            return .notHandled
        }
        isAllSelected = false
        keepCursorVisible()
        return .handled
    }

    /// The characters as drawn: masked or not.
    var displayed: String {
        isMasked ? String(repeating: "*", count: text.count) : text
    }

    /// The visible slice for `width` columns and the cursor's column within it.
    public func viewport(width: Int) -> (text: String, cursorColumn: Int) {
        let shown = Array(displayed)
        var start = min(scrollOffset, cursor)
        while start < cursor, displayWidth(String(shown[start..<cursor])) >= width { start += 1 }
        let cursorColumn = displayWidth(String(shown[start..<cursor]))
        return (clip(String(shown[start...]), to: width), cursorColumn)
    }

    private mutating func keepCursorVisible() {
        cursor = min(max(0, cursor), text.count)
        let shown = Array(displayed)
        if cursor < scrollOffset { scrollOffset = cursor }
        while scrollOffset < cursor, displayWidth(String(shown[scrollOffset..<cursor])) >= visibleWidth {
            scrollOffset += 1
        }
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }

    private func isControl(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
