import TUIKit
import VetCore

/// The breach register as the manager keeps it.
extension AppCommands {
    /// Command ids of the breach register and its forms.
    enum BreachID {
        static let open = "manager.breaches"
        static let log = "breaches.log"
        static let edit = "breaches.edit"
        static let decide = "breaches.decide"
        static let report = "breaches.report"
    }

    /// Screen ids of the breach register and its forms.
    enum BreachScreenID {
        static let list = "breaches"
        static let form = "breachForm"
    }

    private static let keepsRegister = Permission.manageBreaches.rawValue

    static let breachCommands: [Command] = [
        Command(id: BreachID.open, title: "Breach register: personal-data breaches and their 72-hour clock", group: "Manager",
                keys: [.character("b")], permission: keepsRegister),
        Command(id: BreachID.log, title: "Log a breach the practice has become aware of", group: "Breaches",
                keys: [.function(2), .character("n")], barLabel: "Log", barPriority: 1, permission: keepsRegister),
        Command(id: BreachID.edit, title: "Edit the selected breach's facts and the clients affected", group: "Breaches",
                keys: [.function(4), .character("e")], barLabel: "Edit", barPriority: 1, permission: keepsRegister),
        Command(id: BreachID.decide, title: "Decide: report or not (with reasons); high risk; when people were told",
                group: "Breaches", keys: [.function(5), .character("d")], barLabel: "Decide", barPriority: 1,
                permission: keepsRegister),
        Command(id: BreachID.report, title: "Record the report telling the regulator, and its reference", group: "Breaches",
                keys: [.function(6), .character("t")], barLabel: "Report", barPriority: 1, permission: keepsRegister),
    ]

    static let breachScreens: [ScreenCommands] = [
        ScreenCommands(id: BreachScreenID.list, title: "Breach register",
                       commandIDs: [BreachID.log, BreachID.edit, BreachID.decide, BreachID.report, ID.showRow]),
        ScreenCommands(id: BreachScreenID.form, title: "Breach", commandIDs: [ID.save, ID.nextField, ID.previousField]),
    ]
}
