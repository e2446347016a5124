import TUIKit
import VetCore
import VetStore

/// The Pets pane: the client's pets (deceased ones marked with the date, arrivals by transfer
/// with where they came from), then pets that moved to another owner; and the commands that
/// edit a pet, record its death and transfer it.
extension ClientRecordScreen {
    /// The pet moved away that the Pets pane highlights, if the row is one.
    var selectedFormerPet: PetMove? {
        guard tab == .pets, let view = data?.view, let index = list.selectedIndex else { return nil }
        let former = view.formerPets
        let offset = index - view.pets.count
        return former.indices.contains(offset) ? former[offset] : nil
    }

    func petRows(_ view: ClientRecordView) -> [TableRow] {
        let clientID = view.client.id ?? 0
        let current = view.pets.map { pet in
            let arrival = view.arrival(of: pet).map { "; " + $0.described(for: clientID) } ?? ""
            return TableRow([pet.name + (pet.alerts.map { " (! \($0))" } ?? ""), pet.species, pet.breed ?? "",
                             pet.dateOfBirth?.iso ?? "", pet.microchip ?? "", pet.statusText + arrival],
                            role: pet.status == .active ? .normal : .dim)
        }
        let former = view.formerPets.map { move in
            TableRow([move.pet.name, move.pet.species, move.pet.breed ?? "", move.pet.dateOfBirth?.iso ?? "",
                      move.pet.microchip ?? "", "Transferred " + move.described(for: clientID)], role: .dim)
        }
        return current + former
    }

    func petAvailability(of command: Command, context: AppContext) -> Availability? {
        guard AppCommands.petRecordCommandIDs.contains(command.id) else { return nil }
        if let former = selectedFormerPet {
            return .disabled(reason: "\(former.pet.name) now belongs to \(former.toName); change it from their record")
        }
        guard let pet = selectedPet else { return .disabled(reason: "select a pet in the Pets pane first") }
        switch command.id {
        case AppCommands.ID.petDeath where pet.status == .deceased:
            return context.allows(.correctPetDeath) ? .enabled
                : .disabled(reason: "\(pet.name)'s death is recorded; only a practice manager can correct it")
        case AppCommands.ID.petDeath, AppCommands.ID.transferPet:
            if pet.status == .deceased {
                return .disabled(reason: "\(pet.name) died\(pet.diedOn.map { " on \($0.long)" } ?? ""); "
                    + "a deceased pet cannot be transferred")
            }
            guard pet.status == .active else {
                return .disabled(reason: "\(pet.name) is \(pet.status.displayName.lowercased()); only an active pet can "
                    + (command.id == AppCommands.ID.petDeath ? "be recorded as died" : "be transferred"))
            }
            return .enabled
        default:
            return .enabled
        }
    }

    func performPet(_ command: Command, context: AppContext) -> Outcome? {
        guard AppCommands.petRecordCommandIDs.contains(command.id), let view = data?.view, let pet = selectedPet else {
            return nil
        }
        let owner = view.client.fullName
        switch command.id {
        case AppCommands.ID.editPet:
            return .push(PetFormScreen(editing: pet, ownerName: owner))
        case AppCommands.ID.petDeath where pet.status == .deceased:
            return .push(SmallFormScreen(PetLifeForms.correctDeath(pet)))
        case AppCommands.ID.petDeath:
            return .push(SmallFormScreen(PetLifeForms.death(pet, today: context.today)))
        default:
            return .push(PetLifeForms.chooseNewOwner(pet, fromName: owner, today: context.today))
        }
    }
}
