import Foundation
import TUIKit
import VetCore
import VetStore

extension VetDeskApp {
    /// Routes a key: the quit dialog first, then a modal screen, then the command table, then the screen.
    func handleKey(_ key: Key) {
        if var dialog = messageDialog {
            switch dialog.handle(key) {
            case .chose, .cancelled: messageDialog = nil
            case .moved, .ignored: messageDialog = dialog
            }
            return
        }
        if var dialog = quitDialog {
            switch dialog.handle(key) {
            case .chose(let id): quitDialog = nil; if id == DialogButton.yes.id { isFinished = true }
            case .cancelled: quitDialog = nil
            case .moved, .ignored: quitDialog = dialog
            }
            return
        }
        if let asking = confirming {
            answerConfirmation(asking, key: key)
            return
        }
        guard let top = stack.last else { return }
        if top.isModal {
            updateTop { screen, context in screen.handle(key, in: context) }
            return
        }
        message = nil
        let resolution = context.commands.resolve(
            key, onScreen: top.screenID, textEntryActive: top.isTextEntryActive,
            availability: { self.availability(of: $0, on: top) })
        switch resolution {
        case .run(let command): run(command)
        case .disabled(_, let reason): message = StatusMessage(reason, kind: .warning)
        case .none: updateTop { screen, context in screen.handle(key, in: context) }
        }
    }

    /// Whether a command may run on `screen` now: permission first, then the screen's own reason.
    func availability(of command: Command, on screen: any Screen) -> Availability {
        let leavesTheLock = [AppCommands.ID.findClient, AppCommands.ID.today, AppCommands.ID.requestQueue, AppCommands.ManagerID.menu,
                             AppCommands.ID.changePassword, AppCommands.ID.changeSite]
        if lockedStack != nil, leavesTheLock.contains(command.id) {
            return .disabled(reason: "the terminal is locked; enter your password first")
        }
        if command.id == AppCommands.ManagerID.menu { return AppCommands.managerMenuAvailability(for: context.session?.role) }
        if let permission = AppCommands.permission(of: command) {
            guard let session = context.session else { return .disabled(reason: "log in first") }
            if !PermissionTable.allows(session.role, permission) {
                return .disabled(reason: PermissionTable.denialMessage(role: session.role, permission: permission))
            }
        } else if context.session == nil,
                  [AppCommands.ID.findClient, AppCommands.ID.changePassword, AppCommands.ID.logOut,
                   AppCommands.ID.changeSite].contains(command.id) {
            return .disabled(reason: "log in first")
        }
        if command.id == AppCommands.ID.changeSite, context.workableSiteCount < 2 {
            return .disabled(reason: "you work at one site only; a practice manager can list you at others")
        }
        return screen.availability(of: command, in: context)
    }

    /// Global commands are the shell's; everything else goes to the top screen. A command that
    /// declares a confirmation asks first, unless it was just confirmed.
    private func run(_ command: Command, confirmed: Bool = false) {
        if !confirmed, let dialog = confirmationDialog(for: command) {
            confirming = (dialog, command)
            return
        }
        switch command.id {
        case AppCommands.ID.quit:
            requestQuit()
        case AppCommands.ID.help:
            guard let top = stack.last, top.screenID != AppCommands.ScreenID.help else { return }
            let content = context.commands.helpContent(onScreen: top.screenID) { self.availability(of: $0, on: top) }
            let sections = content.sections + (whoAndWhere().map { [$0] } ?? [])
            perform(.push(HelpScreen(content: HelpContent(title: content.title, sections: sections))))
        case AppCommands.ID.back where !(stack.last?.hasUnsavedInput ?? false) && !(stack.last?.isModal ?? false):
            goBack()
        case AppCommands.ID.findClient where ![AppCommands.ScreenID.search, AppCommands.DiaryScreenID.diary]
                .contains(stack.last?.screenID ?? ""):
            openSearch()
        case AppCommands.ID.today where stack.last?.screenID != AppCommands.ScreenID.today:
            goHome()
        case AppCommands.ID.requestQueue where stack.last?.screenID != AppCommands.ScreenID.queue:
            perform(.push(RequestQueueScreen()))
        case AppCommands.ID.claimsList where lockedStack == nil && stack.last?.screenID != AppCommands.ScreenID.claimsList:
            perform(.push(ClaimsListScreen()))
        case AppCommands.ID.takings where lockedStack == nil && stack.last?.screenID != AppCommands.ScreenID.takings:
            perform(.push(TakingsScreen()))
        case AppCommands.ReminderID.open where lockedStack == nil && stack.last?.screenID != AppCommands.ReminderScreenID.list:
            perform(.push(RecallListScreen()))
        case AppCommands.DiaryID.open where lockedStack == nil && stack.last?.screenID != AppCommands.DiaryScreenID.diary:
            perform(.push(DiaryScreen()))
        case AppCommands.ManagerID.menu:
            openManagerMenu()
        case AppCommands.ID.changePassword where stack.last?.screenID != AppCommands.ScreenID.changePassword:
            perform(.push(SmallFormScreen(OwnPasswordForm(.change))))
        case AppCommands.ID.logOut:
            logOut()
        case AppCommands.ID.changeSite where lockedStack == nil && stack.last?.screenID != AppCommands.ScreenID.sitePick:
            openSitePicker()
        default:
            updateTop { screen, context in screen.perform(command, in: context) }
        }
    }

    /// The question to ask before `command`, or nil to run it at once. Quitting asks only away
    /// from the first screen, and only when nothing is unsaved (that has its own question).
    private func confirmationDialog(for command: Command) -> DialogState? {
        guard let top = stack.last else { return nil }
        if command.id == AppCommands.ID.quit {
            let hasUnsaved = (stack + (lockedStack ?? [])).contains(where: \.hasUnsavedInput)
            guard stack.count > 1, !hasUnsaved else { return nil }
            return command.confirmationDialog(subject: "You are on: \(top.title).")
        }
        return command.confirmationDialog(subject: top.confirmationSubject(for: command, in: context))
    }

    /// Yes runs the command; No, Esc or Enter on the default No changes nothing.
    private func answerConfirmation(_ asking: (dialog: DialogState, command: Command), key: Key) {
        var dialog = asking.dialog
        switch dialog.handle(key) {
        case .chose(let id) where id == DialogButton.yes.id:
            confirming = nil
            run(asking.command, confirmed: true)
        case .chose, .cancelled:
            confirming = nil
            message = StatusMessage("Nothing was changed.")
        case .moved, .ignored:
            confirming = (dialog, asking.command)
        }
    }

    /// Esc: close the top screen; on the first screen there is nowhere to go back to, and Esc never quits.
    private func goBack() {
        guard stack.count > 1 else {
            message = StatusMessage("Nothing to go back to. To quit, press F10 or q.")
            return
        }
        perform(.pop(nil))
    }

    /// Goes back to the search screen if it is in the stack, else starts a new stack with it.
    private func openSearch() {
        if let index = stack.firstIndex(where: { $0.screenID == AppCommands.ScreenID.search }) {
            if stack[(index + 1)...].contains(where: \.hasUnsavedInput) {
                message = StatusMessage("Save or cancel (Esc) the open form first.", kind: .warning)
                return
            }
            stack.removeSubrange((index + 1)...)
            refreshTop(.reappeared)
        } else {
            perform(.push(ClientSearchScreen()))
        }
    }

    /// Lets the top screen change itself, then carries out what it asked for.
    func updateTop(_ change: (inout any Screen, AppContext) -> Outcome) {
        guard var top = stack.popLast() else { return }
        let outcome = change(&top, context)
        stack.append(top)
        perform(outcome)
    }

    /// Carries out an outcome.
    func perform(_ outcome: Outcome) {
        switch outcome {
        case .handled, .ignored:
            break
        case .push(let screen):
            stack.append(screen)
            refreshTop(.appeared)
        case .pop(let note):
            if stack.count > 1 { stack.removeLast() }
            if let note { message = note }
            refreshTop(.reappeared)
        case .replace(let screen):
            stack.removeLast()
            stack.append(screen)
            refreshTop(.appeared)
        case .run(let effect):
            let result: Result<EffectPayload, any Error> = Result { try effect.work(context.store, context.session) }
            updateTop { screen, context in screen.receive(EffectResult(tag: effect.tag, result: result), in: context) }
        case .message(let note):
            message = note
        case .loggedIn(let session):
            logIn(session)
        case .workingAt(let session):
            startWorking(session)
        case .quit:
            requestQuit()
        case .all(let outcomes):
            outcomes.forEach(perform)
        }
    }

    /// Starts a session once it works at a site (choosing one first), or resumes the locked one
    /// at the site it was working at.
    func logIn(_ session: StaffSession) {
        if let hidden = lockedStack {
            context.session = session.keepingSite(of: context.session)
            lockedStack = nil
            stack = hidden
            message = StatusMessage("Unlocked.", kind: .success)
            refreshTop(.reappeared)
            return
        }
        guard session.siteID != nil else {
            chooseSite(for: session)
            return
        }
        context.session = session
        context.settings = (try? context.store.practiceSettings()?.settings) ?? context.settings
        refreshSiteCounts()
        message = StatusMessage("Logged in as \(session.displayName).", kind: .success)
        show(TodayScreen())
    }

    /// Ends the session: the log-out is audited and the audit trail's head goes to the system log,
    /// then the login screen waits for the next person.
    private func logOut() {
        guard let session = context.session else { return }
        do {
            try context.store.recordLogOut(session)
        } catch {
            message = StatusMessage(ErrorText.describe(error), kind: .error)
            return
        }
        context.store.announceAuditHead(reason: "\(session.username) logged out")
        context.session = nil
        show(LoginScreen())
        message = StatusMessage("\(session.displayName) logged out.", kind: .success)
    }

    func refreshTop(_ reason: RefreshReason) {
        updateTop { screen, context in screen.refresh(in: context, reason: reason) }
    }

    /// Periodic work: pick up settings saved here or at another terminal (name, idle timeout),
    /// lock when idle, let the top screen re-query shared data.
    func tick() {
        noteStoreChanges()
        if context.storeChanged {
            context.settings = (try? context.store.practiceSettings()?.settings) ?? context.settings
            refreshSiteCounts()
        }
        if let session = context.session, lockedStack == nil, isIdleTooLong {
            lockedStack = stack
            confirming = nil
            stack = [LockScreen(username: session.username, displayName: session.displayName)]
            message = StatusMessage("Locked after \(idleMinutes) minutes without typing.")
            return
        }
        refreshTop(.tick)
    }

    /// Compares the store's change counter with the last tick's; an unreadable counter counts as
    /// a change, so screens fall back to re-reading rather than showing stale data.
    private func noteStoreChanges() {
        let counter = try? context.store.changeCounter()
        context.storeChanged = counter == nil || counter != lastChangeCounter
        lastChangeCounter = counter
    }

    private var idleMinutes: Int { context.settings?.idleTimeoutMinutes ?? 10 }

    private var isIdleTooLong: Bool {
        context.now.timeIntervalSince(lastInputAt) >= Double(idleMinutes * 60)
    }

    /// Moves a message that would not fit in the message lines into a dialog, whole.
    func showWholeIfTooLong() {
        guard let message, MessageArea.overflows(message, width: terminal.size.columns) else { return }
        messageDialog = MessageArea.dialog(for: message)
        self.message = StatusMessage("The message is shown in full above; Enter or Esc closes it.", kind: message.kind)
    }
}
