import VetSQL
import VetCore

/// What the demo's diary books from: the pets that can be seen, and the consultations already
/// written in its past weeks, so a finished appointment points to the note it became.
enum DemoDiaryPets {
    struct Pet {
        var id: Int64
        var clientID: Int64
    }

    /// A consultation of the past weeks, by the day, site and vet it happened with.
    struct Visit {
        var consultationID: Int64
        var petID: Int64
        var clientID: Int64
        var minuteOfDay: Int
        var kind: ConsultationKind
        var reason: String
    }

    struct VisitKey: Hashable {
        var day: LocalDate
        var siteID: Int64
        var vetID: Int64
    }

    /// Living pets of active clients who may be contacted (not restricted), in id order.
    static func read(_ db: any SQLConnection) throws -> [Pet] {
        try db.fetchAll("""
            SELECT p.id, p.client_id FROM pet p JOIN client c ON c.id = p.client_id
            WHERE p.status = 'active' AND c.status = 'active' AND c.restricted = 0 ORDER BY p.id
            """).map { Pet(id: try $0.decode(Int64.self, at: 0), clientID: try $0.decode(Int64.self, at: 1)) }
    }

    /// The consultations seen from `first` up to (not including) `last`, of clients not anonymised.
    static func visits(_ db: any SQLConnection, from first: LocalDate, to last: LocalDate) throws -> [VisitKey: [Visit]] {
        var visits: [VisitKey: [Visit]] = [:]
        for row in try db.fetchAll("""
            SELECT c.id, c.pet_id, p.client_id, c.vet_id, c.site_id, c.seen_at, c.kind, c.reason FROM consultation c
            JOIN pet p ON p.id = c.pet_id JOIN client o ON o.id = p.client_id
            WHERE c.seen_at >= ? AND c.seen_at < ? AND o.status <> 'anonymised' ORDER BY c.id
            """, [first.iso, last.iso]) {
            let seen = try row.decode(String.self, "seen_at")
            guard let day = LocalDate(iso: String(seen.prefix(10))),
                  let time = try? TimeOfDay(parsing: String(seen.dropFirst(11).prefix(5)), field: "seen") else { continue }
            let key = VisitKey(day: day, siteID: try row.decode(Int64.self, "site_id"), vetID: try row.decode(Int64.self, "vet_id"))
            visits[key, default: []].append(Visit(
                consultationID: try row.decode(Int64.self, "id"), petID: try row.decode(Int64.self, "pet_id"),
                clientID: try row.decode(Int64.self, "client_id"), minuteOfDay: time.minutes,
                kind: ConsultationKind(rawValue: try row.decode(String.self, "kind")) ?? .inPerson,
                reason: try row.decode(String.self, "reason")))
        }
        return visits
    }
}

/// The words the demo's diary books with.
enum DemoDiaryWords {
    static let consultations = [
        "Limping", "Vomiting since yesterday", "Itchy skin", "Ear infection check", "Lump on flank", "Off food", "Dental check",
        "Coughing", "Weight loss", "Eye discharge", "Diarrhoea", "Second opinion", "Senior health check", "Drinking more",
        "Recheck after treatment", "Sore paw",
    ]
    static let vaccinations = ["Annual booster", "First puppy vaccination", "Second puppy vaccination", "Kitten vaccination",
                               "Kennel cough vaccine", "Rabies vaccine for travel"]
    static let operations: [(reason: String, minutes: Int)] = [
        ("Neutering (castration)", 45), ("Spay", 60), ("Dental scale and polish", 60), ("Lump removal", 45),
        ("Cruciate repair", 90), ("Foreign body removal", 75),
    ]
    static let nurseClinics = ["Nail clip", "Weight clinic", "Post-op check", "Suture removal", "Puppy clinic", "Anal glands",
                               "Flea and worm advice", "Bandage change", "Blood sample"]
    static let online = ["Repeat prescription review", "Behaviour advice", "Skin check by video", "Test results",
                         "Worried about a cough", "Diet advice"]
    static let notes = ["Nervous: muzzle may be needed", "Owner prefers mornings", "Bring a stool sample",
                        "Use the side door (wheelchair)", "Second pet may come too"]
    static let cancellations = ["Owner unwell", "Pet is better", "Clash with work", "Booked elsewhere", "Could not get a lift",
                                "Rebooked for another day"]
}
