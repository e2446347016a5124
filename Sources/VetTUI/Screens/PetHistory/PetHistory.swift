import Foundation
import TUIKit
import VetCore
import VetStore

/// What the pet history page shows: the pet, its weighings and its notes in full, newest first.
struct PetHistory {
    var pet: Pet
    var weights: [PetWeight]
    var notes: [ConsultationRecord]
    var names: [Int64: String]
    /// The practice's sites by id, when it has more than one.
    var sites: [Int64: String] = [:]
    /// The structured allergy alerts in words ("allergic to Penicillins").
    var allergies: [String] = []
    /// The owners it moved between, newest first.
    var moves: [PetMove] = []

    static func load(_ store: AppDatabase, petID: Int64) throws -> PetHistory {
        let history = try store.petHistory(id: petID)
        let notes = try history.consultations.compactMap(\.id).map { try store.consultation(id: $0) }
        let names = Dictionary(try store.users().compactMap { user in user.id.map { ($0, user.displayName) } },
                               uniquingKeysWith: { first, _ in first })
        return PetHistory(pet: history.pet, weights: history.weights, notes: notes, names: names,
                          sites: try SiteNames.read(store), allergies: try store.allergyAlerts(petID: petID).map(\.text),
                          moves: try store.petMoves(petID: petID))
    }
}

/// The history page as lines of text.
enum PetHistoryText {
    static func lines(_ history: PetHistory, zone: TimeZone, width: Int) -> [ConsultationText.Line] {
        let pet = history.pet
        var lines: [ConsultationText.Line] = []
        let width = max(1, width)
        if let alerts = pet.alerts { lines += wrap("! ALERT \(pet.name): \(alerts)", to: width).map { ($0, .warning) } }
        for allergy in history.allergies { lines += wrap("! ALERT \(pet.name): \(allergy)", to: width).map { ($0, .warning) } }
        var facts = [pet.species, pet.breed, pet.sex.displayName].compactMap { $0 }
        if let born = pet.dateOfBirth { facts.append("born \(born.iso)\(pet.birthApproximate ? " (approx.)" : "")") }
        if let chip = pet.microchip { facts.append("chip \(chip)") }
        lines += wrap("\(pet.name) · \(facts.joined(separator: " · ")) · \(pet.statusText)", to: width).map { ($0, .title) }
        if let cause = pet.deathCause, pet.status == .deceased {
            lines += wrap("Cause of death: \(cause)", to: width).map { ($0, .dim) }
        }
        for move in history.moves {
            let text = "Transferred from \(move.fromName) to \(move.toName) on \(move.on.iso)"
            lines += wrap(text, to: width).map { ($0, .dim) }
        }
        lines.append(("", .normal))
        lines.append(("Weights", .header))
        if history.weights.isEmpty { lines.append(("  none recorded", .dim)) }
        lines += history.weights.map { ("  \($0.weighedOn.iso)  \(Weight(grams: $0.grams).formatted)", .normal) }
        lines.append(("", .normal))
        lines.append(("Consultations (\(history.notes.count)), newest first", .header))
        if history.notes.isEmpty { lines.append(("  none yet", .dim)) }
        for note in history.notes {
            lines += ConsultationText.lines(note, names: history.names, sites: history.sites, zone: zone, width: width)
            lines.append(("", .normal))
        }
        return lines
    }
}
