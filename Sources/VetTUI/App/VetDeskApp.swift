import Foundation
import TUIKit
import VetCore
import VetStore

/// The terminal application: an immediate-mode loop that reads an event, routes it to the top
/// screen of a navigation stack, carries out what the screen asks, and redraws everything.
///
/// It drives TUIKit's `Terminal` protocol, so the same app runs on curses or, in tests, on a
/// scripted `MemoryTerminal`.
@MainActor
public final class VetDeskApp {
    let terminal: any Terminal
    var context: AppContext
    /// The navigation stack; the last screen is on top.
    var stack: [any Screen] = []
    /// The line above the function bar: the latest result, warning or reason.
    var message: StatusMessage? {
        didSet { showWholeIfTooLong() }
    }
    /// A message too long for the lines above the function bar, shown whole until dismissed.
    var messageDialog: DialogState?
    /// The "quit with unsaved input?" question, when showing.
    var quitDialog: DialogState?
    /// The question a command declares before doing what cannot be undone, with the command to run on Yes.
    var confirming: (dialog: DialogState, command: Command)?
    /// The screens hidden behind the lock screen while the terminal is locked.
    var lockedStack: [any Screen]?
    var lastInputAt: Date
    /// The store's change counter at the last tick, to tell a tick with news from an idle one.
    var lastChangeCounter: StoreChangeCounter?
    public internal(set) var isFinished = false
    /// Where this terminal remembers the site it works at; nil keeps nothing.
    let siteMemory: SiteMemory?
    /// The site asked for with `--site` or `$VETDESK_SITE`, chosen at login when the person works there.
    let requestedSite: String?
    /// How often the loop ticks when nothing is typed (countdowns, shared-data refresh, idle lock).
    let tickMilliseconds = 1_000

    public init(store: AppDatabase, terminal: any Terminal,
                demoLogins: [(username: String, password: String, role: String)] = [],
                site: String? = nil, environment: [String: String]) {
        self.terminal = terminal
        self.siteMemory = SiteMemory(environment: environment)
        self.requestedSite = site.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }
        self.context = AppContext(
            store: store, session: nil, settings: nil,
            demoLogins: demoLogins.map { DemoLogin(username: $0.username, password: $0.password, role: $0.role) },
            commands: AppCommands.table)
        self.lastInputAt = store.clock.now()
        start()
    }

    /// The theme the terminal should use: monochrome when `NO_COLOR` is set.
    public static func theme(for environment: [String: String]) -> Theme {
        Theme.resolve(environment: environment)
    }

    /// Runs until the user quits or a terminating signal arrives; restores the terminal on the way out.
    public func run() {
        run(stopAfterIdleReads: nil)
    }

    /// The loop. `stopAfterIdleReads` ends it after that many reads in a row return nothing,
    /// which lets a scripted terminal finish; a real terminal passes nil and ticks forever.
    public func run(stopAfterIdleReads: Int?) {
        defer { terminal.shutdown() }
        var idleReads = 0
        draw()
        while !isFinished {
            let event = terminal.readEvent(timeout: tickMilliseconds)
            if event == nil {
                idleReads += 1
                if let limit = stopAfterIdleReads, idleReads > limit { break }
            } else {
                idleReads = 0
            }
            process(event ?? .tick)
            if !isFinished { draw() }
        }
    }

    /// Handles one event: keys, paste, resize, tick or signal.
    public func process(_ event: InputEvent) {
        switch event {
        case .key(let key):
            lastInputAt = context.now
            guard !isTooSmall || isQuitCommand(key) else { return }
            handleKey(key)
        case .paste(let text):
            lastInputAt = context.now
            guard !isTooSmall else { return }
            updateTop { screen, context in screen.paste(text, in: context) }
        case .resize:
            break  // every frame is laid out from the terminal's current size
        case .tick:
            tick()
        case .signal(let signal):
            handleSignal(signal)
        }
    }

    /// Loads the practice and shows set-up or login.
    private func start() {
        do {
            context.settings = try context.store.practiceSettings()?.settings
            if try context.store.isSetUp() {
                show(LoginScreen())
            } else {
                show(PracticeSetupScreen())
            }
        } catch {
            message = StatusMessage(ErrorText.describe(error), kind: .error)
            show(LoginScreen())
        }
    }

    private func handleSignal(_ signal: TerminalSignal) {
        switch signal {
        case .hangup, .terminate:
            isFinished = true
        case .interrupt:
            requestQuit()
        }
    }

    /// Quits at once, or asks first when some screen holds unsaved input.
    func requestQuit() {
        let screens = stack + (lockedStack ?? [])
        if screens.contains(where: \.hasUnsavedInput) {
            quitDialog = DialogState(
                title: "Quit VetDesk?", message: "Some typed input has not been saved. Quit and lose it?",
                buttons: [.no, .yes], defaultButtonID: DialogButton.no.id, isDestructive: true)
        } else {
            isFinished = true
        }
    }

    /// Replaces the whole stack with one screen and lets it load.
    func show(_ screen: any Screen) {
        stack = [screen]
        refreshTop(.appeared)
    }
}
