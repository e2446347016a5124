import TUIKit
import VetCore

/// The data-protection office of the manager: the record of processing and the privacy notice.
extension AppCommands {
    enum OfficeID {
        static let processingRecord = "manager.processingRecord"
        static let privacyNotice = "manager.privacyNotice"
        static let addActivity = "ropa.add"
        static let editActivity = "ropa.edit"
        static let retireActivity = "ropa.retire"
        static let saveNotice = "notice.save"
    }

    enum OfficeScreenID {
        static let processingRecord = "processingRecord"
        static let activityForm = "activityForm"
        static let privacyNotice = "privacyNotice"
    }

    private static func office(_ permission: Permission) -> String { permission.rawValue }

    static let officeCommands: [Command] = [
        Command(id: OfficeID.processingRecord, title: "Record of processing: purposes, bases, recipients, retention",
                group: "Manager", keys: [.character("c")], permission: office(.editSettings)),
        Command(id: OfficeID.privacyNotice, title: "Privacy notice: preview and save a new version", group: "Manager",
                keys: [.character("n")], permission: office(.editSettings)),
        Command(id: OfficeID.addActivity, title: "Add a processing activity", group: "Record of processing",
                keys: [.function(2), .character("n")], barLabel: "Add", barPriority: 1, permission: office(.editSettings)),
        Command(id: OfficeID.editActivity, title: "Edit the selected activity", group: "Record of processing",
                keys: [.function(4), .character("e")], barLabel: "Edit", barPriority: 1, permission: office(.editSettings)),
        Command(id: OfficeID.retireActivity, title: "Retire the selected activity (asks first)", group: "Record of processing",
                keys: [.function(8), .character("x")], barLabel: "Retire", barPriority: 2, isDestructive: true,
                permission: office(.editSettings)),
        Command(id: OfficeID.saveNotice, title: "Save the notice as a new version", group: "Privacy notice",
                keys: [.function(2), .character("s")], barLabel: "Save version", barPriority: 1, permission: office(.editSettings)),
    ]

    static let officeScreens: [ScreenCommands] = [
        ScreenCommands(id: OfficeScreenID.processingRecord, title: "Record of processing",
                       commandIDs: [OfficeID.addActivity, OfficeID.editActivity, OfficeID.retireActivity, ID.showRow]),
        ScreenCommands(id: OfficeScreenID.activityForm, title: "Processing activity",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: OfficeScreenID.privacyNotice, title: "Privacy notice", commandIDs: [OfficeID.saveNotice]),
    ]
}
