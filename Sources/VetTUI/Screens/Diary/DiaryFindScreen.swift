import TUIKit
import VetCore
import VetStore

/// `/` in the diary: a client's appointments, latest first, found by searching for the client.
/// Enter shows the chosen one in the diary, on its day with the highlight on it.
struct DiaryFindScreen: Screen {
    let clientID: Int64
    let clientName: String
    /// Where the chosen appointment goes back to the diary.
    let jump: Mailbox<Appointment>
    var found: [DiaryAppointment] = []
    var list = ListState()
    var loadedOnce = false
    let loaded = Mailbox<[DiaryAppointment]>()

    var screenID: String { AppCommands.DiaryScreenID.found }
    var title: String { "Appointments of \(clientName)" }

    /// The client search that leads here.
    static func search(into jump: Mailbox<Appointment>) -> Outcome {
        .push(ClientSearchScreen(picking: ClientPick(
            title: "Find a client's appointments", purpose: "the client whose appointments to show",
            refusal: { _ in nil },
            choose: { hit in .replace(DiaryFindScreen(clientID: hit.clientID, clientName: hit.name, jump: jump)) })))
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.DiaryID.openFound, list.selectedIndex == nil {
            return .disabled(reason: "\(clientName) has no appointments to show")
        }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard command.id == AppCommands.DiaryID.openFound, let index = list.selectedIndex, found.indices.contains(index) else {
            return .ignored
        }
        jump.put(found[index].appointment)
        return .pop(nil)
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason == .appeared else { return .handled }
        let clientID = self.clientID
        return .run(Effect.load("load", into: loaded) { store, user in try store.appointments(clientID: clientID, as: user) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        found = loaded.take() ?? found
        loadedOnce = true
        list.setItemCount(found.count)
        if !found.isEmpty { list.select(0) }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        buffer.write("Appointments of \(clientName), latest first. Enter shows one in the diary.", row: rect.row + 1,
                     column: rect.column + 2, role: .title, maxWidth: rect.width - 4)
        let tableRect = Rect(row: rect.row + 3, column: rect.column, height: max(0, rect.height - 3), width: rect.width)
        let table = TableView(
            columns: [TableColumn("When", width: .fixed(28)), TableColumn("State", width: .fixed(15)),
                      TableColumn("Pet", width: .fixed(12)), TableColumn("With", width: .flexible()),
                      TableColumn("Reason", width: .flexible())],
            rows: found.map { booking in
                TableRow([DiaryText.when(booking.appointment), booking.appointment.state.displayName,
                          (booking.alerts.isEmpty ? "" : "! ") + booking.petName, booking.withName, booking.appointment.reason])
            },
            emptyText: loadedOnce ? "\(clientName) has no appointments." : "Reading…")
        var shown = list
        shown.pageSize = table.pageSize(in: tableRect)
        table.render(into: &buffer, in: tableRect, state: shown)
        return nil
    }
}
