import TUIKit
import VetCore
import VetStore

/// How a client wants reminders, as a pick list of the channels: Space ticks or unticks the
/// highlighted one, Enter saves the ticked set (none ticked: no reminders at all), Esc leaves
/// it as it was. Separate from marketing consent: reminders are service messages.
struct ReminderChannelsScreen: Screen {
    let clientID: Int64
    let clientName: String
    let current: ReminderPreference
    var picks: TickListState

    init(clientID: Int64, clientName: String, current: ReminderPreference) {
        self.clientID = clientID
        self.clientName = clientName
        self.current = current
        picks = TickListState(options: PickLists.options(ReminderChannel.self),
                              ticked: Set(current.channels.map(\.rawValue)))
    }

    /// The ticked channels (none: no reminders at all).
    var ticked: Set<ReminderChannel> { Set(picks.tickedValues.compactMap(ReminderChannel.init(rawValue:))) }

    var screenID: String { AppCommands.ReminderScreenID.channels }
    var title: String { "Reminder channels" }
    var hasUnsavedInput: Bool { ticked != current.channels }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ReminderID.tickChannel:
            picks.toggleHighlighted()
            return .handled
        case AppCommands.ReminderID.saveChannels:
            let id = clientID
            let chosen = ticked
            return .run(Effect.asUser("channels") { store, user in
                try store.setReminderChannels(clientID: id, chosen, as: user)
                return .done
            })
        case AppCommands.ID.back where hasUnsavedInput:
            return .pop(StatusMessage("Reminder channels left as they were."))
        default:
            return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = picks.handle(key)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        let said = ticked.isEmpty ? "no reminders" : "reminders by \(ReminderChannel.describe(ticked).lowercased())"
        return .pop(StatusMessage("\(clientName) gets \(said).", kind: .success))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let width = rect.width - 4
        buffer.write("How \(clientName) wants reminders", row: rect.row + 1, column: left, role: .title, maxWidth: width)
        var row = rect.row + 2
        let note = "Vaccination, booster and follow-up reminders are service messages, kept apart from marketing consent. "
            + "Now: \(current.summary)."
        for line in wrap(note, to: width).prefix(3) {
            buffer.write(line, row: row, column: left, role: .dim, maxWidth: width)
            row += 1
        }
        row += 1
        let count = picks.options.count
        let cursor = TickList.render(picks, into: &buffer, in: Rect(row: row, column: left, height: count, width: width))
        row += count + 1
        let chosen = ticked.isEmpty ? "None ticked: \(clientName) will get no reminders at all."
            : "Ticked: \(ReminderChannel.describe(ticked))."
        for line in wrap(chosen, to: width).prefix(2) {
            buffer.write(line, row: row, column: left, role: ticked.isEmpty ? .warning : .label, maxWidth: width)
            row += 1
        }
        buffer.write("Space ticks or unticks · ↑↓ move · Enter saves · Esc leaves them unchanged", row: rect.bottom - 1,
                     column: left, role: .dim, maxWidth: width)
        return cursor
    }
}
