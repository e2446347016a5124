import TUIKit
import VetCore
import VetStore

extension NoticeScreen {
    /// The reference of a request just logged: the person at the desk reads it out or writes it
    /// down for the client.
    static func requestLogged(_ request: DataRequest) -> NoticeScreen {
        NoticeScreen(screenID: AppCommands.ScreenID.requestLogged, title: "Request logged", message: """
            Reference: \(request.reference)
            Kinds: \(request.kindsText)
            Legal due date: \(request.dueOn.long)
            Give the client this reference: it is how they and the practice refer to the request.
            """, afterwards: StatusMessage(
                "Logged \(request.reference) (\(request.kindsText)); legal due date \(request.dueOn.iso).", kind: .success))
    }
}
