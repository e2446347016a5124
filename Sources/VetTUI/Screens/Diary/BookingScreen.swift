import TUIKit
import VetCore
import VetStore

/// Books an appointment: the client found by searching, the pet from their pets, the type,
/// length (the type's usual minutes until changed), the vet or room, the start, reason and
/// notes. A clash is told naming who holds the slot, and everything typed stays.
struct BookingScreen: Screen {
    var clientID: Int64?
    var clientName: String
    let followUpOf: Int64?
    var form: FormState
    var pets: [Pet] = []
    var columns: [DiaryColumn] = []
    /// The type whose usual length the length field holds, until a person types another.
    var kindShown: AppointmentKind
    /// The pet and column asked for, chosen once their pick lists have loaded.
    var wantedPetID: Int64?
    var wantedColumn: DiaryColumnID?
    /// Typed input carried over when the form was rebuilt with new pick lists.
    var carriedInput = false
    var discard = DiscardGuard()
    let loadedPets = Mailbox<[Pet]>()
    let loadedColumns = Mailbox<[DiaryColumn]>()
    let pickedClient = Mailbox<SearchHit>()
    let booked = Mailbox<String>()

    /// A booking for `clientID` (nil: choose with F5), with whatever is known filled in: from a
    /// diary slot the start and column, from a follow-up the pet, reason and consultation.
    init(clientID: Int64? = nil, clientName: String = "", petID: Int64? = nil, start: LocalDateTime? = nil,
         column: DiaryColumnID? = nil, kind: AppointmentKind = .consultation, reason: String = "", followUpOf: Int64? = nil) {
        self.clientID = clientID
        self.clientName = clientName
        self.followUpOf = followUpOf
        self.kindShown = kind
        self.wantedPetID = petID
        self.wantedColumn = column
        self.form = BookingFields.form(pets: [], columns: [], start: BookingFields.Start(
            petID: petID, kind: kind, column: column, start: start?.description ?? "", reason: reason))
        self.form.focus(petID == nil ? "pet" : "reason")
    }

    /// From a free slot: find the client first, then the form opens for them.
    static func findClientFirst(start: LocalDateTime, column: DiaryColumnID, columnName: String) -> any Screen {
        ClientSearchScreen(picking: ClientPick(
            title: "Booking \(start.time): find the client",
            purpose: "the client for \(start.time) \(start.date.long) with \(columnName)",
            refusal: { hit in hit.status == "active" ? nil : "\(hit.name) is \(hit.status); book for an active client" },
            choose: { hit in .replace(BookingScreen(clientID: hit.clientID, clientName: hit.name, start: start, column: column)) }))
    }

    var screenID: String { AppCommands.DiaryScreenID.booking }
    var title: String { "Book an appointment" }
    var isTextEntryActive: Bool { true }
    var isModal: Bool { discard.isOpen }
    var hasUnsavedInput: Bool { form.isDirty || carriedInput }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        switch command.id {
        case AppCommands.ID.back: return discard.back(isDirty: hasUnsavedInput, thing: "this booking")
        case AppCommands.DiaryID.pickClient:
            let box = pickedClient
            return .push(ClientSearchScreen(picking: ClientPick(
                title: "Find the client for the booking", purpose: "the client for the booking",
                refusal: { hit in hit.status == "active" ? nil : "\(hit.name) is \(hit.status); book for an active client" },
                choose: { hit in box.put(hit); return .pop(nil) })))
        case AppCommands.ID.save: return save(in: context)
        default: return .ignored
        }
    }

    private mutating func save(in context: AppContext) -> Outcome {
        guard clientID != nil else {
            form.setError("client: choose who the appointment is for (F5)", for: "pet")
            return .message(StatusMessage("client: choose who the appointment is for: F5 or Ctrl-O finds them.", kind: .warning))
        }
        switch BookingFields.appointment(form.values, clientID: clientID, followUpOf: followUpOf) {
        case .failure(let errors):
            form.setErrors(errors.messages)
            return .message(StatusMessage(form.focusedField?.error ?? "Please correct the marked fields.", kind: .warning))
        case .success(let typed):
            form.setErrors([:])
            return .run(Self.book(typed, override: nil, into: booked))
        }
    }

    static func book(_ typed: AppointmentForm, override: String?, into box: Mailbox<String>) -> Effect {
        Effect.load("book", into: box) { store, user in
            let appointment = try store.bookAppointment(typed, overrideReason: override, as: user)
            let shown = try store.diaryAppointment(id: appointment.id ?? 0, as: user)
            return "Booked \(shown.petName) with \(shown.withName), \(DiaryText.when(appointment))."
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if discard.isOpen { return discard.handle(key) }
        _ = form.handle(key)
        followKindWithLength()
        return .handled
    }

    /// A new type brings its usual length, unless a person typed a length of their own.
    private mutating func followKindWithLength() {
        guard let kind = AppointmentKind(rawValue: form.value(of: "kind") ?? ""), kind != kindShown else { return }
        if form.value(of: "length") == String(kindShown.usualMinutes) { form.load(String(kind.usualMinutes), into: "length") }
        kindShown = kind
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        form.paste(text)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        switch reason {
        case .appeared:
            return .all([loadPets(), .run(Effect.load("columns", into: loadedColumns) { store, user in
                try store.diaryColumns(as: user)
            })])
        case .reappeared:
            guard let hit = pickedClient.take() else { return .handled }
            clientID = hit.clientID
            clientName = hit.name
            return loadPets()
        case .tick: return .handled
        }
    }

    private func loadPets() -> Outcome {
        guard let clientID else { return .handled }
        return .run(Effect.load("pets", into: loadedPets) { store, user in
            try store.viewClient(id: clientID, as: user).pets.filter { $0.status == .active }
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.tag {
        case "pets", "columns":
            if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
            if let loaded = loadedPets.take() { pets = loaded }
            if let loaded = loadedColumns.take() { columns = loaded }
            rebuild()
            return .handled
        default:
            return receiveBooking(result, in: context)
        }
    }

    /// New pick lists: the form is made again with every typed value kept, focus where it was.
    private mutating func rebuild() {
        var start = BookingFields.current(form)
        if start.petID == nil, pets.contains(where: { $0.id == wantedPetID }) { start.petID = wantedPetID }
        if start.column == nil, columns.contains(where: { $0.id == wantedColumn }) { start.column = wantedColumn }
        if let petID = start.petID, !pets.contains(where: { $0.id == petID }) { start.petID = nil }
        if start.petID == nil, pets.count == 1 { start.petID = pets[0].id }
        let focused = form.focusedField?.id
        carriedInput = carriedInput || form.isDirty
        form = BookingFields.form(pets: pets, columns: columns, start: start)
        if let focused { form.focus(focused) }
    }

    private mutating func receiveBooking(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success:
            form.markSaved()
            carriedInput = false
            return .pop(StatusMessage(booked.take() ?? "Booked.", kind: .success))
        case .failure(let error):
            if let typed = try? BookingFields.appointment(form.values, clientID: clientID, followUpOf: followUpOf).get(),
               let offer = RestrictionOverrideForm.offer(
                for: error, context: context, action: "book an appointment", tag: "book",
                retry: { store, user, reason in
                    _ = try store.bookAppointment(typed, overrideReason: reason, as: user)
                    return .done
                },
                done: { _ in .all([.pop(nil), .pop(StatusMessage("Booked, with the override logged.", kind: .success))]) }) {
                return offer
            }
            let messages = ErrorText.fieldMessages(error)
            let rest = FormSupport.applyErrors(messages ?? [:], to: &form, fieldIDs: BookingFields.fieldIDs)
            let text = messages == nil ? ErrorText.describe(error) : rest.first ?? form.focusedField?.error
            let restricted = (error as? StoreError)?.isRestrictionRefusal ?? false
            if messages == nil, !restricted { form.setError(text, for: "start") }
            return .message(StatusMessage(text ?? "Please correct the marked fields.", kind: .error))
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let who = clientID == nil ? "no client chosen yet: F5 or Ctrl-O finds one" : clientName
        let alerts = (pets.first { String($0.id ?? 0) == form.value(of: "pet") }?.alerts ?? nil) ?? ""
        let note = "Client: \(who)." + (alerts.isEmpty ? "" : " ! Alerts: \(alerts).")
            + " Start as YYYY-MM-DD HH:MM. Pick lists: ↑/↓ or type. Length follows the type unless changed."
        let cursor = FormSupport.render(form, heading: "Book an appointment", note: note, into: &buffer, in: rect)
        discard.render(into: &buffer, in: rect)
        return discard.isOpen ? nil : cursor
    }
}
