import TUIKit
import VetCore
import VetStore

/// One request: who, what, its legal clock explained step by step, its history, and the actions
/// that move it on (each a small form).
struct RequestDetailScreen: Screen {
    let requestID: Int64
    var detail: RequestDetail?
    var staff: [StaffUser] = []
    var scroll = 0
    /// The erase confirmation, while it shows.
    var confirm: DialogState?
    /// What to say once the one-step right being run has been done.
    var rightDone: String?

    var screenID: String { AppCommands.ScreenID.requestDetail }
    var title: String { "Request " + (detail?.request.reference ?? "") }
    var isModal: Bool { confirm != nil }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if let right = rightAvailability(of: command.id) { return right }
        guard let request = detail?.request else { return .enabled }
        if request.status.isClosed, command.group == "Request actions" {
            return .disabled(reason: "\(request.reference) is \(request.status.displayName.lowercased()), which is final")
        }
        let paused = detail?.pauses.contains { $0.answeredOn == nil } ?? false
        switch command.id {
        case AppCommands.ID.answerClarification where !paused: return .disabled(reason: "no clarification is waiting")
        case AppCommands.ID.askClarification where paused: return .disabled(reason: "a clarification is already waiting")
        case AppCommands.ID.extend where request.extended: return .disabled(reason: "already extended")
        default: return .enabled
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let right = performRight(command, in: context) { return right }
        guard let request = detail?.request,
              let action = RequestActions.action(for: command.id, request: request, staff: staff, today: context.today)
        else { return .ignored }
        return .push(SmallFormScreen(action))
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if confirm != nil { return handleConfirmation(key) }
        return PageScroll.handle(key, offset: &scroll) ? .handled : .ignored
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome { reload() }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let right = receiveRight(result) { return right }
        switch result.result {
        case .success(.requestDetail(let loaded)):
            let first = detail == nil
            detail = loaded
            return first ? .run(Effect("staff") { store, _ in .staff(try store.users().filter(\.active)) }) : .handled
        case .success(.staff(let users)):
            staff = users
            return .handled
        case .success:
            return .handled
        case .failure(let error):
            return .message(StatusMessage(ErrorText.describe(error), kind: .error))
        }
    }
}
