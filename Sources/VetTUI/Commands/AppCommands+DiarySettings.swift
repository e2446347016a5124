import TUIKit
import VetCore

/// The manager's diary settings: slot length, a site's opening hours and rooms, and absences.
extension AppCommands {
    enum DiarySettingsID {
        static let open = "manager.diarySettings"
        static let edit = "diarySettings.edit"
        static let addRoom = "diarySettings.addRoom"
        static let addAbsence = "diarySettings.addAbsence"
        static let remove = "diarySettings.remove"
    }

    enum DiarySettingsScreenID {
        static let list = "diarySettings"
        static let form = "diarySettingsForm"
    }

    static let diarySettingsCommands: [Command] = [
        Command(id: DiarySettingsID.open, title: "Diary: slot length, opening hours, rooms, absences", group: "Manager",
                keys: [.character("d")], permission: Permission.manageDiary.rawValue),
        Command(id: DiarySettingsID.edit, title: "Change the highlighted slot length or day's hours", group: "Diary settings",
                keys: [.function(4), .character("e")], barLabel: "Edit", barPriority: 1, permission: Permission.manageDiary.rawValue),
        Command(id: DiarySettingsID.addRoom, title: "Add a bookable room at this site", group: "Diary settings",
                keys: [.function(2), .character("n")], barLabel: "Room", barPriority: 1, permission: Permission.manageDiary.rawValue),
        Command(id: DiarySettingsID.addAbsence, title: "Record a vet's absence (leave, training)", group: "Diary settings",
                keys: [.function(5), .character("a")], barLabel: "Absence", barPriority: 1, permission: Permission.manageDiary.rawValue),
        Command(id: DiarySettingsID.remove, title: "Close or reopen the highlighted room, or remove the highlighted absence (asks first)",
                group: "Diary settings", keys: [.function(8), .character("x")], barLabel: "Close/remove", barPriority: 2,
                isDestructive: true, permission: Permission.manageDiary.rawValue),
    ]

    static let diarySettingsScreens: [ScreenCommands] = [
        ScreenCommands(id: DiarySettingsScreenID.list, title: "Diary settings",
                       commandIDs: [DiarySettingsID.edit, DiarySettingsID.addRoom, DiarySettingsID.addAbsence,
                                    DiarySettingsID.remove, ID.showRow]),
        ScreenCommands(id: DiarySettingsScreenID.form, title: "Diary setting", commandIDs: [ID.save, ID.nextField, ID.previousField]),
    ]
}
