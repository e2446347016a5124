import TUIKit
import VetCore
import VetStore

/// The reference of a request just logged, in a dialog that stays until it is dismissed: the
/// person at the desk reads it out or writes it down for the client, however long that takes.
struct RequestLoggedScreen: Screen {
    let request: DataRequest
    var dialog: DialogState

    init(request: DataRequest) {
        self.request = request
        dialog = .notice(title: "Request logged", message: """
            Reference: \(request.reference)
            Kinds: \(request.kindsText)
            Legal due date: \(request.dueOn.long)
            Give the client this reference: it is how they and the practice refer to the request.
            """)
    }

    var screenID: String { AppCommands.ScreenID.requestLogged }
    var title: String { "Request logged" }
    var isModal: Bool { true }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome { .ignored }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        switch dialog.handle(key) {
        case .chose, .cancelled:
            return .pop(StatusMessage("Logged \(request.reference) (\(request.kindsText)); legal due date \(request.dueOn.iso).",
                                      kind: .success))
        case .moved, .ignored:
            return .handled
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        Dialog.render(dialog, into: &buffer, in: rect)
        return nil
    }
}
