import TUIKit
import VetCore
import VetStore

/// One client: summary with alerts, badges and balance, and panes for everything kept about them.
struct ClientRecordScreen: Screen {
    let clientID: Int64
    var data: ClientRecordData?
    var tab = ClientRecordTab.pets
    var list = ListState()
    var loadError: String?

    var screenID: String { AppCommands.ScreenID.record }
    var title: String { "Client record" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard let client = data?.view.client else {
            return command.permission == nil ? .enabled : .disabled(reason: "the record is still loading")
        }
        switch command.id {
        case AppCommands.ID.editClient where client.status == .anonymised:
            return .disabled(reason: "an anonymised client cannot be edited")
        case AppCommands.ReminderID.channels where client.status == .anonymised:
            return .disabled(reason: "this client's personal data has been erased; there is no one to remind")
        case AppCommands.ID.addPet where client.status != .active:
            return .disabled(reason: "pets can only be registered to an active client")
        case AppCommands.ID.withdrawMarketing where grantedConsents.isEmpty:
            return .disabled(reason: "no marketing consent is currently given")
        default:
            return petAvailability(of: command, context: context) ?? clinicalAvailability(of: command)
        }
    }

    /// Channel × purpose pairs whose latest event is a grant.
    var grantedConsents: [ConsentEvent] {
        data?.view.currentConsent.filter { $0.action == .granted } ?? []
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard let data else { return .handled }
        switch command.id {
        case AppCommands.ID.nextTab: switchTab(by: 1)
        case AppCommands.ID.previousTab: switchTab(by: -1)
        case AppCommands.ID.editClient:
            return .push(ClientFormScreen(mode: .edit(data.view.client, data.view.phones)))
        case AppCommands.ID.addPet:
            return .push(PetFormScreen(clientID: clientID, clientName: data.view.client.fullName))
        case AppCommands.ID.consent:
            return .push(ConsentPanelScreen(clientID: clientID, clientName: data.view.client.fullName))
        case AppCommands.ID.logCommunication:
            let now = LocalDateTime(instant: context.store.clock.now(), in: context.store.clock.timeZone)
            return .push(LogCommunicationScreen(clientID: clientID, clientName: data.view.client.fullName, now: now))
        case AppCommands.ID.logRequest:
            return .push(LogRequestScreen(client: data.view.client, today: context.today))
        case AppCommands.ID.logDisclosure:
            let client = data.view.client
            return .push(SmallFormScreen(DisclosureForm.make(clientID: clientID, clientName: client.fullName,
                                                             restricted: client.restricted)))
        case AppCommands.ID.withdrawMarketing:
            return withdrawAllMarketing()
        case AppCommands.ReminderID.channels:
            guard let reminders = data.reminders else { return .handled }
            return .push(ReminderChannelsScreen(clientID: clientID, clientName: data.view.client.fullName, current: reminders))
        default:
            return performPet(command, context: context) ?? performClinical(command)
        }
        return .handled
    }

    private mutating func switchTab(by step: Int) {
        let count = ClientRecordTab.allCases.count
        tab = ClientRecordTab(rawValue: (tab.rawValue + step + count) % count) ?? .pets
        list = ListState(itemCount: rows(for: tab).count)
    }

    /// Asks how the person asked and confirms before withdrawing every consent given.
    private func withdrawAllMarketing() -> Outcome {
        let pairs = grantedConsents.map { ($0.channel, $0.purpose) }
        guard !pairs.isEmpty, let name = data?.view.client.fullName else {
            return .message(StatusMessage("No marketing consent is given; nothing to withdraw."))
        }
        return .push(SmallFormScreen(ConsentForms.withdraw(clientID: clientID, clientName: name, pairs: pairs, source: .inPerson)))
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason == .tick else { return .run(ClientRecordData.loadEffect(clientID: clientID)) }
        guard context.storeChanged, let data else { return .handled }
        return .run(ClientRecordData.reloadEffect(clientID: clientID, since: data.stamp))
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch (result.tag, result.result) {
        case ("load", .success(.clientRecord(let loaded))):
            data = loaded
            loadError = nil
            list.setItemCount(rows(for: tab).count)
            return .handled
        case ("live", .success(.clientRecordChanged(let loaded, let note))):
            data = loaded
            list.setItemCount(rows(for: tab).count)
            return .message(LiveRecordText.updated(note, zone: context.store.clock.timeZone))
        case ("live", .success):
            return .handled
        case ("withdrawAll", .success):
            return .all([.message(StatusMessage("All marketing consent withdrawn.", kind: .success)),
                         refresh(in: context, reason: .reappeared)])
        default:
            let text = result.failure ?? "Could not load the record."
            if data == nil { loadError = text }
            return .message(StatusMessage(text, kind: .error))
        }
    }
}
