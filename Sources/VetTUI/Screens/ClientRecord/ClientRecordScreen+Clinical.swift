import TUIKit
import VetCore
import VetStore

/// The record's way into the vet, money and insurance screens: Enter opens what the pane
/// lists; `v`, `i` and `a` start a consultation, show policies, and open the account.
extension ClientRecordScreen {
    /// The pet highlighted in the Pets pane, or the client's only active pet from any pane.
    var selectedPet: Pet? {
        guard let pets = data?.view.pets else { return nil }
        if tab == .pets, let index = list.selectedIndex, pets.indices.contains(index) { return pets[index] }
        let active = pets.filter { $0.status == .active }
        return active.count == 1 ? active.first : nil
    }

    func clinicalAvailability(of command: Command) -> Availability {
        switch command.id {
        case AppCommands.ID.newConsultation:
            guard let pet = selectedPet else { return .disabled(reason: "select a pet in the Pets pane first") }
            return pet.status == .active ? .enabled
                : .disabled(reason: "\(pet.name) is \(pet.status.displayName.lowercased()); only active pets are seen")
        case AppCommands.ID.petPolicies:
            return selectedPet == nil ? .disabled(reason: "select a pet in the Pets pane first") : .enabled
        case AppCommands.ID.openRecordRow:
            return list.selectedIndex == nil ? .disabled(reason: "this pane is empty") : .enabled
        default:
            return .enabled
        }
    }

    func performClinical(_ command: Command) -> Outcome {
        guard let view = data?.view else { return .handled }
        let owner = view.client.fullName
        switch command.id {
        case AppCommands.ID.newConsultation:
            return selectedPet.map { .push(ConsultationScreen(pet: $0, ownerName: owner)) } ?? .handled
        case AppCommands.ID.petPolicies:
            return selectedPet.map { .push(PoliciesScreen(pet: $0, clientID: clientID, clientName: owner)) } ?? .handled
        case AppCommands.ID.account:
            return .push(AccountScreen(clientID: clientID, clientName: owner))
        case AppCommands.ID.openRecordRow:
            return openSelectedRow(view, owner: owner)
        default:
            return .ignored
        }
    }

    private func openSelectedRow(_ view: ClientRecordView, owner: String) -> Outcome {
        guard let index = list.selectedIndex else { return .handled }
        switch tab {
        case .pets where view.pets.indices.contains(index):
            return view.pets[index].id.map { .push(PetHistoryScreen(petID: $0, ownerName: owner)) } ?? .handled
        case .pets where selectedFormerPet != nil:
            return selectedFormerPet?.pet.id.map { .push(PetHistoryScreen(petID: $0, ownerName: owner)) } ?? .handled
        case .consultations where view.consultations.indices.contains(index):
            let note = view.consultations[index]
            let pets = view.pets + view.formerPets.map(\.pet)
            guard let id = note.id, let pet = pets.first(where: { $0.id == note.petId }) else { return .handled }
            return .push(ConsultationViewScreen(consultationID: id, pet: pet, ownerName: owner))
        case .money where view.ledger.indices.contains(index):
            if let invoiceID = view.ledger[index].invoiceId {
                return .push(InvoiceScreen(invoiceID: invoiceID, clientID: clientID, clientName: owner))
            }
            return .push(AccountScreen(clientID: clientID, clientName: owner))
        case .claims where view.claims.indices.contains(index):
            return view.claims[index].id.map { .push(ClaimScreen(claimID: $0)) } ?? .handled
        case .pets, .consultations, .money, .claims:
            return .handled
        default:
            // Panes with nothing behind a row (a call, a disclosure) show the row in full.
            let title = "\(tab.label) · \(owner)"
            return TableView(columns: columns(for: tab), rows: rows(for: tab)).detail(ofRow: index, title: title)
                .map { .push(RowDetailScreen($0)) } ?? .handled
        }
    }
}
