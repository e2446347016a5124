import TUIKit
import VetCore
import VetStore

/// New client or edit contact details. Messages appear under each field; a failed save keeps
/// everything typed; a same-phone-or-email client is warned about before registering.
struct ClientFormScreen: Screen {
    enum Mode {
        case new
        case edit(Client, [ClientPhone])
    }

    let mode: Mode
    var form: FormState
    var dialog: DialogState?
    /// The kind of question the dialog asks.
    var dialogPurpose: DialogPurpose?
    /// The client the duplicate question offers to open instead of registering a new one.
    var existingClientID: Int64?
    /// The stored values and version the edit started from (moved on by F5 or a merge).
    var baseValues: [String: String] = [:]
    var baseVersion = 0
    /// The newest stored version another terminal's change was already reported for.
    var noticedVersion: Int?
    /// Who changed which fields meanwhile, kept above the form (the message line clears on typing).
    var outdatedNote: String?

    enum DialogPurpose { case duplicate, discard }

    /// Validation field names → form field ids.
    static let fieldIDs = [
        "title": "title", "first name": "firstName", "last name": "lastName", "address": "address1",
        "address line 2": "address2", "town": "town", "postcode": "postcode", "email": "email",
        "phone": "phone", "phone 2": "phone2", "notes": "notes",
    ]

    init(mode: Mode, prefill: String = "") {
        self.mode = mode
        var values: [String: String] = [:]
        if case .edit(let client, let phones) = mode {
            values = Self.values(of: client, phones: phones)
            baseValues = values
            baseVersion = client.version
        } else if !prefill.isEmpty, !prefill.contains(where: \.isNumber) {
            values["lastName"] = prefill
        }
        let field = { (id: String, label: String, limit: Int) in
            FormSupport.field(id, label, value: values[id] ?? "", maxLength: limit)
        }
        form = FormState(fields: [
            field("title", "Title", 20), field("firstName", "First name", 60), field("lastName", "Last name", 60),
            field("address1", "Address", 100), field("address2", "Address line 2", 100), field("town", "Town", 60),
            field("postcode", "Postcode", 10), field("email", "Email", 254), field("phone", "Mobile", 20),
            field("phone2", "Home phone", 20), field("notes", "Notes", 2000),
        ])
    }

    var screenID: String { AppCommands.ScreenID.clientForm }
    var title: String { isNew ? "New client" : "Edit client" }
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { form.isDirty }
    var isModal: Bool { dialog != nil }
    var isNew: Bool { if case .new = mode { true } else { false } }

    /// A stored client as the form's values, to fill the form and to compare with it.
    static func values(of client: Client, phones: [ClientPhone]) -> [String: String] {
        ["title": client.title ?? "", "firstName": client.firstName, "lastName": client.lastName,
         "address1": client.addressLine1, "address2": client.addressLine2 ?? "", "town": client.town,
         "postcode": client.postcode, "email": client.email ?? "", "notes": client.notes ?? "",
         "phone": phones.first?.display ?? "", "phone2": phones.dropFirst().first?.display ?? ""]
    }

    /// The typed values as the core's unvalidated form.
    var clientForm: ClientForm { Self.clientForm(from: form.values) }

    /// Form values (typed or merged) as the core's unvalidated form.
    static func clientForm(from values: [String: String]) -> ClientForm {
        var typed = ClientForm()
        typed.title = values["title"] ?? ""
        typed.firstName = values["firstName"] ?? ""
        typed.lastName = values["lastName"] ?? ""
        typed.addressLine1 = values["address1"] ?? ""
        typed.addressLine2 = values["address2"] ?? ""
        typed.town = values["town"] ?? ""
        typed.postcode = values["postcode"] ?? ""
        typed.email = values["email"] ?? ""
        typed.phones = [ClientForm.PhoneEntry(label: .mobile, number: values["phone"] ?? ""),
                        ClientForm.PhoneEntry(label: .home, number: values["phone2"] ?? "")]
        typed.notes = values["notes"] ?? ""
        return typed
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        if let live = perform(live: command) { return live }
        switch command.id {
        case AppCommands.ID.save: return save(confirmedDuplicate: false)
        case AppCommands.ID.back:
            dialog = .discardChanges(of: isNew ? "the new client" : "this client")
            dialogPurpose = .discard
            return .handled
        default: return .ignored
        }
    }

    /// Validates locally, then checks for duplicates (new clients) or saves with the version read.
    mutating func save(confirmedDuplicate: Bool) -> Outcome {
        let details: ClientDetails
        do {
            details = try clientForm.validated()
        } catch {
            let rest = FormSupport.applyErrors(ErrorText.fieldMessages(error) ?? [:], to: &form, fieldIDs: Self.fieldIDs)
            return .message(StatusMessage(rest.first ?? "Please correct the marked fields.", kind: .warning))
        }
        form.setErrors([:])
        switch mode {
        case .new where !confirmedDuplicate:
            return .run(Effect("duplicates") { store, _ in .duplicates(try store.possibleDuplicates(of: details)) })
        case .new:
            return .run(Effect.asUser("register") { store, user in .client(try store.registerClient(details, as: user)) })
        case .edit(let client, _):
            let id = client.id ?? 0
            let version = baseVersion
            return .run(Effect.asUser("update") { store, user in
                .client(try store.updateClient(id: id, expectedVersion: version, details: details, as: user))
            })
        }
    }
}
