import Foundation
import VetSQL
import VetCore

/// What the recall list needs beside each reminder, read once for all of them: the clients'
/// chosen channels and mobile numbers, the pets' booked appointments, and the hand-overs
/// already recorded.
struct RecipientFacts {
    var choices: [Int64: Set<ReminderChannel>] = [:]
    var mobiles: [Int64: String] = [:]
    var appointments: [Int64: [LocalDate]] = [:]
    var deliveries: [String: [ReminderDelivery]] = [:]

    static func load(_ db: any SQLConnection, clientIDs: Set<Int64>, petIDs: Set<Int64>, from: LocalDate,
                     today: LocalDate) throws -> RecipientFacts {
        var facts = RecipientFacts()
        for chunk in chunks(clientIDs) {
            let list = SQLList.placeholders(chunk.count)
            for choice in try db.fetchRecords(ClientReminderChoice.self,
                                              "SELECT * FROM client_reminder_choice WHERE client_id IN (\(list))",
                                              SQLArguments(chunk.map { .integer($0) })) {
                facts.choices[choice.clientId] = choice.channels
            }
            for row in try db.fetchAll("""
                SELECT client_id, display FROM client_phone WHERE label = 'mobile' AND client_id IN (\(list))
                ORDER BY client_id, position
                """, SQLArguments(chunk.map { .integer($0) })) {
                let client = try row.decode(Int64.self, "client_id")
                if facts.mobiles[client] == nil { facts.mobiles[client] = try row.decode(String.self, "display") }
            }
        }
        for chunk in chunks(petIDs) {
            let list = SQLList.placeholders(chunk.count)
            for row in try db.fetchAll("""
                SELECT pet_id, starts_at FROM appointment
                WHERE state IN ('booked','arrived','inConsultation') AND starts_at >= ? AND pet_id IN (\(list))
                """, SQLArguments([.text(today.iso)] + chunk.map { .integer($0) })) {
                let pet = try row.decode(Int64.self, "pet_id")
                if let day = LocalDate(iso: String(try row.decode(String.self, "starts_at").prefix(10))) {
                    facts.appointments[pet, default: []].append(day)
                }
            }
            for delivery in try db.fetchRecords(ReminderDelivery.self, """
                SELECT * FROM reminder_delivery WHERE due_on >= ? AND pet_id IN (\(list)) ORDER BY id
                """, SQLArguments([.text(from.iso)] + chunk.map { .integer($0) })) {
                facts.deliveries["\(delivery.petId)|\(delivery.reminderKey)|\(delivery.dueOn.iso)", default: []].append(delivery)
            }
        }
        return facts
    }

    /// Ids in sorted runs of 500, each one statement's `IN (…)` list.
    static func chunks(_ ids: Set<Int64>) -> [[Int64]] {
        let sorted = ids.sorted()
        return stride(from: 0, to: sorted.count, by: 500).map { Array(sorted[$0..<min($0 + 500, sorted.count)]) }
    }

    /// The reminder as the list shows it: its routes by the client's channels (or the standard
    /// ones), the first reason it cannot go, an appointment that meets it, and its hand-overs.
    func reminder(for candidate: Candidate, reason: ReminderReason, graceDays: Int) -> DueReminder {
        let chosen = choices[candidate.clientID] ?? ReminderPreference.standard(hasEmail: !candidate.email.isEmpty)
        var routes: [ReminderRoute] = []
        var missing: ReminderExclusion?
        for channel in chosen.sorted() {
            let address: String = switch channel {
            case .email: candidate.email
            case .sms: mobiles[candidate.clientID] ?? ""
            case .letter: candidate.postalAddress
            }
            if address.isEmpty { missing = missing ?? .missing(channel) } else { routes.append(ReminderRoute(channel: channel, address: address)) }
        }
        var exclusion = candidate.eligibility.exclusion
        if exclusion == nil, chosen.isEmpty { exclusion = .noReminders }
        if exclusion == nil, routes.isEmpty { exclusion = missing }
        if exclusion != nil { routes = [] }
        let latestUseful = candidate.dueOn.adding(days: graceDays)
        let booked = appointments[candidate.petID]?.filter { $0 <= latestUseful }.min()
        let key = "\(candidate.petID)|\(reason.key)|\(candidate.dueOn.iso)"
        return DueReminder(reason: reason, dueOn: candidate.dueOn, basedOn: candidate.basedOn, recipient: candidate.recipient,
                           routes: routes, exclusion: exclusion, bookedFor: booked, deliveries: deliveries[key] ?? [])
    }
}
