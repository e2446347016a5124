import TUIKit

/// Records changed at another terminal while open here: reloading a form's stored values, and
/// the merge screen that turns a stale save into a choice per field.
extension AppCommands {
    /// Command ids of live records and merging.
    enum MergeID {
        static let reload = "form.reloadStored"
        static let keepMine = "merge.keepMine"
        static let takeTheirs = "merge.takeTheirs"
        static let allMine = "merge.allMine"
        static let allTheirs = "merge.allTheirs"
        static let screen = "merge"
    }

    static let mergeCommands: [Command] = [
        Command(id: MergeID.reload, title: "Load the stored values (someone else changed the record)", group: "Forms",
                keys: [.function(5), .character("R"), .ctrl("r")], barLabel: "Reload", barPriority: 3),
        Command(id: MergeID.keepMine, title: "Keep my value for the selected field", group: "Merge",
                keys: [.function(5), .character("m"), .left], barLabel: "Mine", barPriority: 1),
        Command(id: MergeID.takeTheirs, title: "Take their value for the selected field", group: "Merge",
                keys: [.function(6), .character("t"), .right], barLabel: "Theirs", barPriority: 1),
        Command(id: MergeID.allMine, title: "Keep my value for every field", group: "Merge", keys: [.character("Y")]),
        Command(id: MergeID.allTheirs, title: "Take their value for every field", group: "Merge", keys: [.character("T")]),
    ]

    static let mergeScreens: [ScreenCommands] = [
        ScreenCommands(id: MergeID.screen, title: "Merge changes",
                       commandIDs: [ID.save, MergeID.keepMine, MergeID.takeTheirs, ID.showRow, MergeID.allMine,
                                    MergeID.allTheirs]),
    ]
}
