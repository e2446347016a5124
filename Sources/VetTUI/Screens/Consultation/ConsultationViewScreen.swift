import Foundation
import TUIKit
import VetCore
import VetStore

/// Opens a consultation: an unlocked note the user may correct becomes the edit form; otherwise
/// it is shown read-only, and a locked note offers only the addendum.
struct ConsultationViewScreen: Screen {
    let consultationID: Int64
    let pet: Pet
    let ownerName: String
    var loaded: (record: ConsultationRecord, names: [Int64: String], sites: [Int64: String])?
    var scroll = 0
    let mailbox = Mailbox<(record: ConsultationRecord, names: [Int64: String], sites: [Int64: String])>()

    var screenID: String { AppCommands.ScreenID.consultationView }
    var title: String { loaded?.record.isLocked == true ? "Consultation (locked)" : "Consultation" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard command.id == AppCommands.ID.addAddendum, let record = loaded?.record else { return .enabled }
        return record.isLocked ? .enabled : .disabled(reason: "the note is not locked yet; correct it instead")
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard command.id == AppCommands.ID.addAddendum else { return .ignored }
        let id = consultationID
        let name = pet.name
        return .push(SmallFormScreen(ActionForm(
            title: "Addendum", heading: "Add an addendum to \(name)'s locked consultation note",
            hint: "The note itself stays as written. The addendum is dated now and signed with your name.",
            fields: [FormField.notes("text", label: "Addendum", rows: 6, maxLength: 8000)],
            fieldIDs: ["addendum": "text"], doneMessage: "Addendum added and signed.") { values in
                ActionForm.run { store, user in try store.addAddendum(consultationID: id, text: values["text"] ?? "", as: user) }
            }))
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        return PageScroll.handle(key, offset: &scroll) ? .handled : .ignored
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        let id = consultationID
        return .run(Effect.load("load", into: mailbox) { store, _ in
            let names = Dictionary(try store.users().compactMap { user in user.id.map { ($0, user.displayName) } },
                                   uniquingKeysWith: { first, _ in first })
            return (try store.consultation(id: id), names, try SiteNames.read(store))
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        guard let value = mailbox.take() else { return .handled }
        let first = loaded == nil
        loaded = value
        if first, !value.record.isLocked, context.allows(.logConsultation) {
            return .replace(ConsultationScreen(pet: pet, ownerName: ownerName, existing: value.record))
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let width = rect.width - 4
        var row = rect.row
        if let alerts = pet.alerts {
            buffer.write("! ALERT \(pet.name): \(alerts)", row: row, column: left, role: .warning, maxWidth: width)
            row += 1
        }
        buffer.write("\(pet.name) (\(pet.species)) · owner \(ownerName)", row: row, column: left, role: .title, maxWidth: width)
        row += 2
        guard let loaded else {
            buffer.write("Loading…", row: row, column: left, role: .dim)
            return nil
        }
        let lines = ConsultationText.lines(loaded.record, names: loaded.names, sites: loaded.sites, zone: context.store.clock.timeZone, width: width)
        let height = rect.bottom - row
        let top = min(scroll, max(0, lines.count - height))
        for (offset, line) in lines.dropFirst(top).prefix(height).enumerated() {
            buffer.write(line.text, row: row + offset, column: left, role: line.role, maxWidth: width)
        }
        return nil
    }
}
