import Foundation
import VetSQL
import VetCore

/// The demo's breach register: one breach reported to the regulator well inside its 72 hours,
/// and one decided not reportable with the reasons. Each step is made through the register's
/// own actions on the day it happened, so clocks and audit entries are what real use produces.
struct DemoBreaches {
    let store: AppDatabase

    /// What one demo breach was: when (days ago, local times that day) and what the manager wrote.
    struct Facts {
        var daysAgo: Int
        var occurred: String, aware: String, loggedAtHour: Int
        var what: String, data: String, people: Int
        var consequences: String, measures: String
    }

    static let emailedToAll = Facts(
        daysAgo: 20, occurred: "08:05", aware: "09:40", loggedAtHour: 11,
        what: "The vaccination reminder email went to 212 clients with every address in the To line instead of hidden; "
            + "a client replied to all to say so.", data: "contact details, clinical", people: 212,
        consequences: "Each recipient saw the others' email addresses and that their pet was due a vaccination; "
            + "unwanted contact or phishing is possible.",
        measures: "Recall sent within the hour; apology to each client; reminders now go one message per client.")

    static let handedToTheWrongClient = Facts(
        daysAgo: 9, occurred: "16:20", aware: "16:25", loggedAtHour: 17,
        what: "A cat's consultation summary was handed to the next client at reception, who gave it back folded and "
            + "unread five minutes later.", data: "clinical, contact details", people: 1,
        consequences: "None expected: the paper was returned unread within minutes.",
        measures: "Reception now reads the pet's name aloud before handing over any paper.")

    func write() throws -> Int {
        let manager = try store.read { db -> StaffSession in
            guard let manager = try db.fetchRecord(StaffUser.self, "SELECT * FROM staff_user WHERE role = ? AND active = 1 ORDER BY id",
                                                   [Role.manager.rawValue]),
                  let id = manager.id else {
                throw StoreError.refused("the demo practice has no manager login")
            }
            return StaffSession(userID: id, username: manager.username, displayName: manager.displayName, role: .manager)
        }
        // Reported the next morning, well inside the 72 hours.
        let (emailed, emailedDay) = try log(Self.emailedToAll, as: manager)
        let decided = try on(emailedDay, hour: 15).decideBreach(id: emailed.id ?? 0, expectedVersion: emailed.version,
            decisions: BreachDecisionDetails(
                reporting: "report", reportingReason: "Over two hundred clients' email addresses disclosed to each other.",
                highRisk: "no", riskReason: "Addresses only, no financial or sensitive data; clients warned about phishing."),
            as: manager)
        let nextDay = emailedDay.adding(days: 1)
        _ = try on(nextDay, hour: 10).reportBreach(id: emailed.id ?? 0, expectedVersion: decided.version,
            report: BreachReportDetails(reportedAt: "\(nextDay.iso) 09:30", reference: "IC-318204-K4P7"), as: manager)
        // Given back unread: unlikely to result in a risk, so not reportable, with the reasons.
        let (handed, handedDay) = try log(Self.handedToTheWrongClient, as: manager)
        _ = try on(handedDay, hour: 17).decideBreach(id: handed.id ?? 0, expectedVersion: handed.version,
            decisions: BreachDecisionDetails(
                reporting: "not reportable",
                reportingReason: "Returned unread within five minutes to a known client who confirmed so; only a pet's "
                    + "name and visit were on it; unlikely to result in a risk to the client.",
                highRisk: "no", riskReason: "Nothing was read or kept."),
            as: manager)
        return 2
    }

    /// Logs `facts` on its day, as the clients' breach it was.
    private func log(_ facts: Facts, as manager: StaffSession) throws -> (DataBreach, LocalDate) {
        let day = store.today.adding(days: -facts.daysAgo)
        let details = BreachDetails(
            occurredAt: "\(day.iso) \(facts.occurred)", awareAt: "\(day.iso) \(facts.aware)", foundBy: manager.username,
            whatHappened: facts.what, dataCategories: facts.data, peopleCategories: "clients",
            peopleCount: String(facts.people), recordCount: String(facts.people),
            consequences: facts.consequences, measures: facts.measures)
        return (try on(day, hour: facts.loggedAtHour).logBreach(details, as: manager), day)
    }

    /// The same file with the clock stopped at `hour`:00 on `day`, so each step is dated as it happened.
    private func on(_ day: LocalDate, hour: Int) throws -> AppDatabase {
        try AppDatabase(path: store.path, mode: .existing, clock: FixedClock(day.instant(hour: hour, in: store.clock.timeZone),
                                                                            timeZone: store.clock.timeZone))
    }
}
