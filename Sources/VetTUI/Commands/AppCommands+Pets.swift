import TUIKit
import VetCore

/// A pet's life events from the client record's Pets pane: editing its details, recording its
/// death (or, for a manager, correcting one), and transferring it to a new owner. They stay off
/// the record's full bar; help and docs/keys.md list them.
extension AppCommands.ID {
    static let editPet = "record.editPet"
    static let petDeath = "record.petDeath"
    static let transferPet = "record.transferPet"
}

extension AppCommands {
    static let petRecordCommandIDs = [ID.editPet, ID.petDeath, ID.transferPet]

    static let petCommands: [Command] = [
        Command(id: ID.editPet, title: "Edit the selected pet's details", group: "Client",
                keys: [.character("E")], permission: Permission.editPet.rawValue),
        Command(id: ID.petDeath, title: "Record the selected pet's death (a manager corrects a recorded one)",
                group: "Client", keys: [.character("X")], permission: Permission.editPet.rawValue),
        Command(id: ID.transferPet, title: "Transfer the selected pet to another client", group: "Client",
                keys: [.character("T")], permission: Permission.transferPet.rawValue),
    ]
}
