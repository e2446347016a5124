import Foundation
import TUIKit
import VetCore
import VetStore

/// The site's online (video and phone) consultation queue: those waiting, oldest first, with
/// their wait ticking, then those with a vet. Reception adds clients; a vet takes the next (or
/// the highlighted) and writes the note; anyone may take a client out with a reason.
struct OnlineQueueScreen: Screen {
    var lines: [QueueLine] = []
    var list = ListState()
    var loaded = false
    let mailbox = Mailbox<[QueueLine]>()
    /// The client a vet has just taken, ready for the consultation form.
    let taken = Mailbox<QueueTake?>()

    var screenID: String { AppCommands.ScreenID.onlineQueue }
    var title: String { "Online queue" }

    var selected: QueueLine? { list.selectedIndex.flatMap { lines.indices.contains($0) ? lines[$0] : nil } }

    func availability(of command: Command, in context: AppContext) -> Availability {
        switch command.id {
        case AppCommands.ID.takeHighlighted:
            guard let line = selected else { return .disabled(reason: "nobody is in the queue") }
            return line.entry.state == .waiting ? .enabled
                : .disabled(reason: "\(line.petName) is already with \(line.takenByName ?? "a vet")")
        case AppCommands.ID.takeNext where !lines.contains { $0.entry.state == .waiting }:
            return .disabled(reason: "nobody is waiting")
        case AppCommands.ID.leaveQueue where selected == nil:
            return .disabled(reason: "nobody is in the queue")
        default: return .enabled
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.takeHighlighted: return take(selected?.entry.id)
        case AppCommands.ID.takeNext: return take(nil)
        case AppCommands.ID.joinQueue: return .push(QueueForms.chooseClient())
        case AppCommands.ID.leaveQueue:
            guard let line = selected, let id = line.entry.id else { return .handled }
            return .push(SmallFormScreen(QueueForms.leave(entryID: id, petName: line.petName)))
        default: return .ignored
        }
    }

    /// Takes the client (the one waiting longest when `entryID` is nil) and reads what the form needs.
    private func take(_ entryID: Int64?) -> Outcome {
        .run(Effect.load("take", into: taken) { store, user in
            guard let entry = try store.takeFromQueue(entryID: entryID, as: user), let id = entry.id else { return nil }
            let pet = try store.petHistory(id: entry.petId).pet
            let client = try store.viewClient(id: entry.clientId, as: user).client
            return QueueTake(entryID: id, entry: entry, pet: pet, ownerName: "\(client.firstName) \(client.lastName)",
                             waitMinutes: entry.waitMinutes(now: store.clock.now()))
        })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        list.pageSize = max(1, context.screenArea.height - 4)
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        // Waits are worked out from the clock when drawn; only a change elsewhere needs a read.
        if reason == .tick, loaded, !context.storeChanged { return .handled }
        return .run(Effect.load("load", into: mailbox) { store, user in try store.onlineQueue(as: user) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure {
            return .all([.message(StatusMessage(failure, kind: .error)), result.tag == "take" ? reload() : .handled])
        }
        if result.tag == "take" {
            guard let take = taken.take() else { return .handled }
            guard let take else { return .all([.message(StatusMessage("Nobody is waiting.")), reload()]) }
            return .push(take.consultation())
        }
        if let value = mailbox.take() {
            let keep = selected?.entry.id
            lines = value
            loaded = true
            list.setItemCount(value.count)
            if let keep, let index = value.firstIndex(where: { $0.entry.id == keep }) { list.select(index) }
        }
        return .handled
    }

    private func reload() -> Outcome {
        .run(Effect.load("load", into: mailbox) { store, user in try store.onlineQueue(as: user) })
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let waiting = lines.filter { $0.entry.state == .waiting }
        let longest = waiting.map { $0.entry.waitMinutes(now: context.now) }.max()
        let summary = "\(waiting.count) waiting" + (longest.map { " · longest \($0) min" } ?? "")
            + " · \(lines.count - waiting.count) with a vet"
        buffer.write(summary, row: rect.row, column: rect.column + 1, role: .label, maxWidth: rect.width - 2)
        let area = Rect(row: rect.row + 2, column: rect.column, height: rect.height - 2, width: rect.width)
        let table = TableView(
            columns: [TableColumn("Wait", width: .fixed(7), alignment: .trailing), TableColumn("Kind", width: .fixed(12)),
                      TableColumn("Pet", width: .flexible(weight: 2)), TableColumn("Client", width: .flexible(weight: 3)),
                      TableColumn("Reason", width: .flexible(weight: 4)), TableColumn("With", width: .flexible(weight: 2))],
            rows: lines.map { line in
                TableRow(["\(line.entry.waitMinutes(now: context.now)) min", line.entry.kind.displayName, line.petName,
                          line.clientName, line.entry.reason, line.takenByName ?? "waiting"],
                         role: line.entry.state == .waiting ? .normal : .dim)
            },
            emptyText: "Nobody is in the queue. F2 adds a client.")
        var shown = list
        shown.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: shown)
        return nil
    }
}

/// A client a vet has taken from the queue, with what the consultation form starts from.
struct QueueTake {
    let entryID: Int64
    let entry: QueueEntry
    let pet: Pet
    let ownerName: String
    let waitMinutes: Int

    /// The consultation form for the taken pet: kind, reason and queue minutes filled in.
    /// Saving it finishes the queue entry, and the store records the wait it measured as the
    /// note's queue minutes, whatever is typed.
    @MainActor
    func consultation() -> ConsultationScreen {
        var screen = ConsultationScreen(pet: pet, ownerName: ownerName, source: .queue(entryID), reason: entry.reason,
                                        kind: entry.kind)
        screen.form.load(String(waitMinutes), into: "queue")
        return screen
    }
}
