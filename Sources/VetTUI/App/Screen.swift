import Foundation
import TUIKit
import VetCore
import VetStore

/// One screen of the app: a state machine that turns events into outcomes, plus a pure renderer.
///
/// Screens never touch the terminal or the database directly: store work is returned as an
/// `Effect`, which the shell runs and feeds back through `receive(_:in:)`.
@MainActor
protocol Screen {
    /// The command-table screen id whose commands this screen offers.
    var screenID: String { get }
    /// Shown at the right of the header line.
    var title: String { get }
    /// True while typed input would be lost by leaving; quitting then asks first.
    var hasUnsavedInput: Bool { get }
    /// True while a text field has focus: plain keys then type instead of running commands.
    var isTextEntryActive: Bool { get }
    /// True while the screen shows its own dialog: every key goes to the screen.
    var isModal: Bool { get }
    /// Why a command cannot run here right now (permissions are checked by the shell).
    func availability(of command: Command, in context: AppContext) -> Availability
    /// Names what a confirmed command acts on ("Zoë Ó Briain"), put before the table's question.
    func confirmationSubject(for command: Command, in context: AppContext) -> String?
    /// Runs a command the table resolved for this screen.
    mutating func perform(_ command: Command, in context: AppContext) -> Outcome
    /// A key that is not a command here: typing, list movement, dialog keys.
    mutating func handle(_ key: Key, in context: AppContext) -> Outcome
    /// Pasted text, inserted without running commands.
    mutating func paste(_ text: String, in context: AppContext) -> Outcome
    /// The result of an effect this screen asked for.
    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome
    /// Called when the screen appears or reappears, and on every tick: re-query shared data.
    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome
    /// Draws the body; returns where the real cursor belongs.
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition?
}

/// Why a screen is asked to refresh.
enum RefreshReason: Equatable {
    case appeared
    case reappeared
    case tick
}

extension Screen {
    var hasUnsavedInput: Bool { false }
    var isTextEntryActive: Bool { false }
    var isModal: Bool { false }
    func availability(of command: Command, in context: AppContext) -> Availability { .enabled }
    func confirmationSubject(for command: Command, in context: AppContext) -> String? { nil }
    mutating func handle(_ key: Key, in context: AppContext) -> Outcome { .ignored }
    mutating func paste(_ text: String, in context: AppContext) -> Outcome { .ignored }
    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome { .handled }
    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome { .handled }
}

/// What a screen asks the shell to do after an event.
@MainActor
enum Outcome {
    case handled
    /// The key meant nothing here.
    case ignored
    case push(any Screen)
    /// Closes the top screen, optionally with a message for the one below.
    case pop(StatusMessage?)
    case replace(any Screen)
    case run(Effect)
    case message(StatusMessage)
    /// Someone logged in (login, set-up or unlock): start their session.
    case loggedIn(StaffSession)
    /// The session now works at its chosen site: remember it for this terminal, then start the
    /// session (at login) or carry on there (after changing site).
    case workingAt(StaffSession)
    case quit
    /// Several outcomes in order.
    indirect case all([Outcome])
}

/// Store work for the shell to run; its result comes back to the same screen, tagged.
@MainActor
struct Effect {
    let tag: String
    let work: (AppDatabase, StaffSession?) throws -> EffectPayload

    init(_ tag: String, _ work: @escaping (AppDatabase, StaffSession?) throws -> EffectPayload) {
        self.tag = tag
        self.work = work
    }

    /// An effect that needs a logged-in user.
    static func asUser(_ tag: String, _ work: @escaping (AppDatabase, StaffSession) throws -> EffectPayload) -> Effect {
        Effect(tag) { store, session in
            guard let session else { throw StoreError.refused("nobody is logged in") }
            return try work(store, session)
        }
    }
}

/// The values effects hand back to screens.
enum EffectPayload {
    case done
    case manager(ManagerPayload)
    case rights(RightsPayload)
    case session(StaffSession)
    case searchHits([SearchHit])
    /// The front-desk search's hits with how many matched in all.
    case searchResults(SearchResults)
    case clientRecord(ClientRecordData)
    /// The client record read again because another terminal changed it, with what changed.
    case clientRecordChanged(ClientRecordData, RecordChangeNote?)
    /// A client's stored contact details, read again because their version moved on.
    case clientChanged(ClientEditingSnapshot)
    /// A versioned record's stored values, read again after a stale save, for the merge screen.
    case storedValues(StoredValues)
    case client(Client)
    case duplicates([Client])
    case requestQueue([RequestQueueItem])
    case requestDetail(RequestDetail)
    case request(DataRequest)
    case staff([StaffUser])
    /// The staff screen's list: every login and the lock-outs in force (username → until).
    case staffList([StaffUser], locks: [String: Date])
    /// A login a manager added or reset, with its one-time password to show once.
    case issuedLogin(IssuedLogin)
    /// The password was right but was a one-time password: the person must choose their own.
    case mustChangePassword(username: String)
}

/// An effect's outcome, delivered to the screen that asked for it.
struct EffectResult {
    let tag: String
    let result: Result<EffectPayload, any Error>

    /// The payload, or nil on failure.
    var payload: EffectPayload? { try? result.get() }
    /// The failure in words, or nil on success.
    var failure: String? {
        if case .failure(let error) = result { return ErrorText.describe(error) }
        return nil
    }
}
