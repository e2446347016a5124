import TUIKit
import VetCore
import VetStore

/// Adding a client to the online queue (client search → pet → video or phone → reason) and
/// taking one out with a reason.
@MainActor
enum QueueForms {
    /// The client search, choosing whom to add; choosing one reads their pets for the form.
    static func chooseClient() -> ClientSearchScreen {
        ClientSearchScreen(picking: ClientPick(
            title: "Add to the online queue", purpose: "the online queue",
            refusal: { hit in hit.status == ClientStatus.active.rawValue ? nil : "\(hit.name) is not an active client" },
            choose: { hit in .replace(JoinQueueScreen(clientID: hit.clientID, clientName: hit.name)) }))
    }

    /// Pet, kind and reason for a client whose living pets are `pets`.
    static func join(clientID: Int64, clientName: String, pets: [Pet]) -> WorkForm {
        let options = pets.compactMap { pet in pet.id.map { ChoiceOption(value: String($0), label: "\(pet.name) (\(pet.species))") } }
        let kinds = [ConsultationKind.video, .phone].map { ChoiceOption(value: $0.rawValue, label: $0.displayName) }
        return WorkForm(
            title: "Add to the online queue", heading: "Online queue: \(clientName)",
            hint: "The wait is counted from now until a vet takes them.",
            fields: [PickLists.field("pet", "Pet", options: options, value: options.first?.value ?? ""),
                     PickLists.field("kind", "Video or phone", options: kinds, value: ConsultationKind.video.rawValue),
                     FormSupport.field("reason", "Reason", maxLength: 200)],
            fieldIDs: ["pet": "pet", "kind": "kind", "reason": "reason"],
            doneMessage: "\(clientName) is in the online queue.") { values in
            var errors: [String: String] = [:]
            let petID = Int64(values["pet"] ?? "")
            if petID == nil { errors["pet"] = "pet: choose the pet to be seen" }
            let kind = ConsultationKind(rawValue: values["kind"] ?? "")
            if kind?.isOnline != true { errors["kind"] = "video or phone: choose how the vet will see them" }
            if (values["reason"] ?? "").trimmingCharacters(in: .whitespaces).isEmpty { errors["reason"] = "reason must not be empty" }
            guard errors.isEmpty, let petID, let kind else { return .invalid(errors) }
            let reason = values["reason"] ?? ""
            return .run(Effect.asUser("join") { store, user in
                try store.joinQueue(clientID: clientID, petID: petID, kind: kind, reason: reason, as: user)
                return .done
            })
        }
    }

    /// Takes a client out of the queue: they rang off, or went elsewhere.
    static func leave(entryID: Int64, petName: String) -> WorkForm {
        WorkForm(title: "Remove from the queue", heading: "Take \(petName) out of the online queue",
                 hint: "Say why: it is kept with the queue's record.",
                 fields: [FormSupport.field("reason", "Reason", maxLength: 200)], fieldIDs: ["reason": "reason"],
                 doneMessage: "\(petName) is out of the online queue.") { values in
            let reason = values["reason"] ?? ""
            if reason.trimmingCharacters(in: .whitespaces).isEmpty { return .invalid(["reason": "reason must not be empty"]) }
            return .run(Effect.asUser("leave") { store, user in
                try store.leaveQueue(entryID: entryID, reason: reason, as: user)
                return .done
            })
        }
    }
}

/// Reads the chosen client's living pets, then becomes the join form.
struct JoinQueueScreen: Screen {
    let clientID: Int64
    let clientName: String
    let pets = Mailbox<[Pet]>()

    var screenID: String { AppCommands.ScreenID.workForm }
    var title: String { "Add to the online queue" }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        command.id == AppCommands.ID.back ? .pop(nil) : .ignored
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason == .appeared else { return .handled }
        let clientID = clientID
        return .run(Effect.load("pets", into: pets) { store, user in
            try store.viewClient(id: clientID, as: user).pets.filter { $0.status == .active }
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .pop(StatusMessage(failure, kind: .error)) }
        guard let living = pets.take() else { return .handled }
        guard !living.isEmpty else { return .pop(StatusMessage("\(clientName) has no living pet to add.", kind: .warning)) }
        return .replace(SmallFormScreen(QueueForms.join(clientID: clientID, clientName: clientName, pets: living)))
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        buffer.write("Reading \(clientName)'s pets…", row: rect.row + 1, column: rect.column + 2, role: .dim, maxWidth: rect.width - 4)
        return nil
    }
}
