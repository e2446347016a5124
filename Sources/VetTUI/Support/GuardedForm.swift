import TUIKit

/// The unsaved-changes guard shared by small forms: Esc on a changed form asks before discarding.
struct DiscardGuard {
    var dialog: DialogState?

    var isOpen: Bool { dialog != nil }

    /// Esc: ask when dirty, otherwise leave at once.
    mutating func back(isDirty: Bool, thing: String) -> Outcome {
        guard isDirty else { return .pop(nil) }
        dialog = .discardChanges(of: thing)
        return .handled
    }

    /// Keys while the question is showing.
    mutating func handle(_ key: Key) -> Outcome {
        guard var open = dialog else { return .ignored }
        switch open.handle(key) {
        case .chose(let id): dialog = nil; return id == DialogButton.yes.id ? .pop(nil) : .handled
        case .cancelled: dialog = nil
        case .moved, .ignored: dialog = open
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect) {
        if let dialog { Dialog.render(dialog, into: &buffer, in: rect) }
    }
}
