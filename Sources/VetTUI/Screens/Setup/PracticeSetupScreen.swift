import TUIKit
import VetCore
import VetStore

/// First run on an empty database: the practice, its region and the first manager's login.
struct PracticeSetupScreen: Screen {
    var form = FormState(fields: [
        FormSupport.field("name", "Practice name", maxLength: 100),
        PickLists.field("region", "Region", options: PickLists.region, value: PracticeRegion.englandWales.rawValue),
        FormSupport.field("username", "Manager username", maxLength: 32),
        FormSupport.field("displayName", "Manager name", maxLength: 60),
        FormSupport.field("password", "Password", maxLength: 128, masked: true),
        FormSupport.field("passwordAgain", "Password again", maxLength: 128, masked: true),
    ])

    var screenID: String { AppCommands.ScreenID.setup }
    var title: String { "Practice set-up" }
    var isTextEntryActive: Bool { true }
    var hasUnsavedInput: Bool { form.isDirty }

    /// Store field names → form field ids.
    private static let fieldIDs = ["practice name": "name", "username": "username", "display name": "displayName",
                                   "password": "password", "region": "region"]

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        if let moved = FormSupport.moveFocus(&form, for: command) { return moved }
        guard command.id == AppCommands.ID.save else { return .ignored }
        let values = form.values
        var errors: [String: String] = [:]
        let region = PracticeRegion(rawValue: (values["region"] ?? "").trimmingCharacters(in: .whitespaces))
        if region == nil {
            errors["region"] = "region must be one of " + PracticeRegion.allCases.map(\.rawValue).joined(separator: ", ")
        }
        if values["password"] != values["passwordAgain"] {
            errors["passwordAgain"] = "the two passwords are not the same"
        }
        guard errors.isEmpty, let region else {
            form.setErrors(errors)
            return .message(StatusMessage("Please correct the marked fields.", kind: .warning))
        }
        let settings = PracticeSettings(name: values["name"] ?? "", region: region)
        let manager = NewStaffUser(username: values["username"] ?? "", displayName: values["displayName"] ?? "",
                                   role: .manager, password: values["password"] ?? "")
        return .run(Effect("setup") { store, _ in .session(try store.setUpPractice(settings, manager: manager)) })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = form.handle(key)
        return .handled
    }

    mutating func paste(_ text: String, in context: AppContext) -> Outcome {
        form.paste(text)
        return .handled
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch result.result {
        case .success(.session(let session)):
            form.markSaved()
            return .loggedIn(session)
        case .success:
            return .handled
        case .failure(let error):
            let fieldErrors = ErrorText.fieldMessages(error) ?? [:]
            let rest = FormSupport.applyErrors(fieldErrors, to: &form, fieldIDs: Self.fieldIDs)
            let text = fieldErrors.isEmpty ? ErrorText.describe(error) : rest.first ?? "Please correct the marked fields."
            return .message(StatusMessage(text, kind: .error))
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let note = "Welcome. Set up the practice and the first practice manager's login. Region is a list: "
            + "type a word of it (\"scot\", \"jersey\") or use the arrows."
        return FormSupport.render(form, heading: "Set up this practice", note: note, into: &buffer, in: rect)
    }
}
