import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

/// The breach register on both engines: the 72-hour clock counted in instants across clock
/// changes, the reasons the law asks for, the checks on typed times, and the clients linked.
@Suite("breach register")
struct BreachRegisterTests {
    static let london = TimeZone(identifier: "Europe/London") ?? .current

    /// The practice open at `local` London time.
    private func practice(at local: String, engine: SQLDialect) throws -> TestPractice {
        try TestPractice.make(clock: FixedClock(try instant(local), timeZone: Self.london), engine: engine)
    }

    private func instant(_ local: String) throws -> Date {
        try LocalDateTime(parsing: local, field: "test time").instant(in: Self.london)
    }

    private func log(_ practice: TestPractice, aware: String, occurred: String = "", clients: String = "") throws -> DataBreach {
        try practice.database.logBreach(BreachDetails(
            occurredAt: occurred, awareAt: aware, whatHappened: "Day list emailed to the wrong client",
            dataCategories: "contact details, clinical", peopleCategories: "clients", peopleCount: "14",
            recordCount: "14", consequences: "Names and pets' conditions seen by one other client",
            measures: "Recipient asked to delete; confirmed", clients: clients), as: practice.manager)
    }

    @Test("report-by is aware + 72 hours as an instant: across October's clock change it falls an hour earlier by the clock",
          arguments: SQLDialect.allCases)
    func octoberClockChange(engine: SQLDialect) throws {
        // British Summer Time ends at 01:00 UTC on Sunday 25 October 2026.
        let practice = try practice(at: "2026-10-25 12:00", engine: engine)
        let breach = try log(practice, aware: "2026-10-23 10:00")
        #expect(breach.awareAt == (try instant("2026-10-23 10:00")))
        #expect(breach.clock.reportBy.timeIntervalSince(breach.awareAt) == 72 * 3600)
        #expect(LocalInstant.text(breach.awareAt, in: Self.london) == "2026-10-23 10:00 BST")
        #expect(LocalInstant.text(breach.clock.reportBy, in: Self.london) == "2026-10-26 09:00 GMT")
        let open = try practice.database.breachesNeedingAction(as: practice.manager)
        #expect(open.map(\.clockText) == ["⚠ 21 h 00 min left"])
        #expect(open.first?.reportBy == (try instant("2026-10-26 09:00")))
        let stored = try practice.database.breach(id: try #require(breach.id), as: practice.manager)
        #expect(stored.breach.awareAt == breach.awareAt)
        #expect(stored.foundByName == "Morgan Le Sueur")
        #expect(stored.breach.dataCategoryList == [.contactDetails, .clinical])
        #expect(stored.breach.peopleCount == 14)
    }

    @Test("across March's clock change the report-by falls an hour later by the clock", arguments: SQLDialect.allCases)
    func marchClockChange(engine: SQLDialect) throws {
        // British Summer Time starts at 01:00 UTC on Sunday 29 March 2026.
        let practice = try practice(at: "2026-03-28 08:40", engine: engine)
        let breach = try log(practice, aware: "2026-03-27 10:00")
        #expect(LocalInstant.text(breach.clock.reportBy, in: Self.london) == "2026-03-30 11:00 BST")
        #expect(try practice.database.breachesNeedingAction(as: practice.manager).map(\.clockText) == ["⚠ 49 h 20 min left"])
        let later = try practice.reopened(clock: FixedClock(try instant("2026-03-30 14:05"), timeZone: Self.london))
        #expect(try later.breachesNeedingAction(as: practice.manager).map(\.clockText) == ["✖ overdue by 3 h 05 min"])
    }

    @Test("a report after the 72 hours is refused without reasons for the delay; exactly at 72 hours needs none",
          arguments: SQLDialect.allCases)
    func lateReportNeedsReasons(engine: SQLDialect) throws {
        let practice = try practice(at: "2026-10-27 12:00", engine: engine)
        let db = practice.database
        let breach = try log(practice, aware: "2026-10-23 10:00")
        let id = try #require(breach.id)
        #expect(refusal { _ = try db.reportBreach(id: id, expectedVersion: 1, report: BreachReportDetails(
            reportedAt: "2026-10-26 10:00", reference: "ICO-55120"), as: practice.manager) }
            == "delay reasons must be given: the report at 2026-10-26 10:00 GMT came 1 h 00 min after the 72 hours ended "
            + "at 2026-10-26 09:00 GMT")
        let late = try db.reportBreach(id: id, expectedVersion: 1, report: BreachReportDetails(
            reportedAt: "2026-10-26 10:00", reference: "ICO-55120", delayReason: "The manager was on leave"), as: practice.manager)
        #expect(late.clock.state(at: db.now) == .reported(late: true))
        #expect(late.clock.text(at: db.now) == "✔ reported late")
        #expect(late.delayReason == "The manager was on leave")
        #expect(late.decision == .report)
        #expect(try db.breachesNeedingAction(as: practice.manager).isEmpty)

        let onTime = try log(practice, aware: "2026-10-23 10:00")
        let saved = try db.reportBreach(id: try #require(onTime.id), expectedVersion: 1, report: BreachReportDetails(
            reportedAt: "2026-10-26 09:00", reference: "ICO-55121"), as: practice.manager)
        #expect(saved.clock.state(at: db.now) == .reported(late: false))
        #expect(try practice.auditActions().filter { $0.contains("breach") }
            == ["log breach", "report breach", "log breach", "report breach"])
    }

    @Test("not reportable needs its reasons; high risk needs reasons either way; the decided breach leaves the open list",
          arguments: SQLDialect.allCases)
    func decisionsNeedReasons(engine: SQLDialect) throws {
        let practice = try practice(at: "2026-10-24 12:00", engine: engine)
        let db = practice.database
        let id = try #require(try log(practice, aware: "2026-10-23 10:00").id)
        #expect(refusal { _ = try db.decideBreach(id: id, expectedVersion: 1, decisions: BreachDecisionDetails(
            reporting: "not reportable"), as: practice.manager) }
            == "decision reasons must be given when a breach is not reportable: say why it is unlikely to result in a risk to people")
        #expect(refusal { _ = try db.decideBreach(id: id, expectedVersion: 1, decisions: BreachDecisionDetails(
            reporting: "report", highRisk: "yes"), as: practice.manager) }
            == "risk reasons must be given with the decision on high risk: say why the people affected must or need not be told")
        let decided = try db.decideBreach(id: id, expectedVersion: 1, decisions: BreachDecisionDetails(
            reporting: "notReportable", reportingReason: "Sent to a colleague's practice email, deleted unread",
            highRisk: "no", riskReason: "No one outside the practice saw it"), as: practice.manager)
        #expect(decided.clock.text(at: db.now) == "✔ not reportable")
        #expect(decided.version == 2)
        #expect(try db.breachesNeedingAction(as: practice.manager).isEmpty)
        // A stale version is a conflict naming who changed it.
        #expect(refusal { _ = try db.decideBreach(id: id, expectedVersion: 1, decisions: BreachDecisionDetails(
            reporting: "report"), as: practice.manager) }.contains("Morgan Le Sueur"))
        // High risk, not yet told: still needs action after reporting.
        let other = try #require(try log(practice, aware: "2026-10-23 11:00").id)
        _ = try db.decideBreach(id: other, expectedVersion: 1, decisions: BreachDecisionDetails(
            reporting: "report", highRisk: "yes", riskReason: "Card numbers exposed"), as: practice.manager)
        _ = try db.reportBreach(id: other, expectedVersion: 2, report: BreachReportDetails(
            reportedAt: "2026-10-24 09:00", reference: "ICO-1"), as: practice.manager)
        #expect(try db.breachesNeedingAction(as: practice.manager).map(\.needsTelling) == [true])
        #expect(try db.breachesNeedingAction(as: practice.receptionist).isEmpty)
    }

    @Test("typed times must be real, not in the future, and aware not before occurred; only a manager keeps the register",
          arguments: SQLDialect.allCases)
    func validation(engine: SQLDialect) throws {
        let practice = try practice(at: "2026-10-24 12:00", engine: engine)
        let db = practice.database
        do {
            _ = try db.logBreach(BreachDetails(occurredAt: "2026-10-24 09:00", awareAt: "2026-10-24 08:00", whatHappened: " ",
                                               dataCategories: "blood groups", peopleCount: "-3"), as: practice.manager)
            Issue.record("a breach with bad fields was logged")
        } catch StoreError.invalid(let errors) {
            #expect(errors.errors.map(\.field) == ["aware at", "what happened", "data categories", "number of people"])
            #expect(errors.message(for: "aware at") == "aware at 2026-10-24 08:00 BST is before occurred at 2026-10-24 09:00 BST; "
                + "the practice cannot know of a breach before it happens")
            #expect(errors.message(for: "data categories")?.hasPrefix("data categories 'blood groups' is not known; use one of") == true)
            #expect(errors.message(for: "number of people") == "number of people '-3' must be a whole number from 0 to 100,000,000")
        }
        #expect(refusal { _ = try db.logBreach(BreachDetails(awareAt: "2026-10-25 09:00", whatHappened: "x"), as: practice.manager) }
            == "aware at 2026-10-25 09:00 GMT is in the future; it is now 2026-10-24 12:00 BST")
        #expect(refusal { _ = try db.logBreach(BreachDetails(awareAt: "24/10/2026", whatHappened: "x"), as: practice.manager) }
            .hasPrefix("aware at '24/10/2026'"))
        #expect(refusal { _ = try db.logBreach(BreachDetails(awareAt: "2026-10-24 09:00", whatHappened: "x", clients: "999"),
                                               as: practice.manager) } == "clients: there is no client number 999")
        #expect(refusal { _ = try db.logBreach(BreachDetails(awareAt: "2026-10-24 09:00", whatHappened: "x"), as: practice.vet) }
            == "A vet cannot keep the breach register; ask a practice manager.")
        let id = try #require(try log(practice, aware: "2026-10-24 09:00").id)
        #expect(refusal { _ = try db.reportBreach(id: id, expectedVersion: 1, report: BreachReportDetails(
            reportedAt: "2026-10-24 08:59", reference: "ICO-2"), as: practice.manager) }
            == "reported at 2026-10-24 08:59 BST is before the practice became aware (2026-10-24 09:00 BST)")
        #expect(refusal { _ = try db.reportBreach(id: id, expectedVersion: 1, report: BreachReportDetails(
            reportedAt: "2026-10-24 10:00", reference: ""), as: practice.manager) } == "regulator's reference must not be empty")
        #expect(try db.breaches(as: practice.manager).count == 1)
    }

    @Test("a linked client's access pack lists the breach; another client's does not", arguments: SQLDialect.allCases)
    func accessPackListsBreach(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let affected = try #require(try practice.registerClient().id)
        let other = try #require(try practice.registerClient(firstName: "Siân", lastName: "Jones", phone: "07700 900456").id)
        _ = try log(practice, aware: "2025-03-01 09:00", clients: "\(affected)")
        #expect(try practice.auditActions(clientID: affected).contains("link breach"))
        for (client, count) in [(affected, 1), (other, 0)] {
            let request = try practice.logRequest([.access], clientID: client)
            let pack = try practice.database.writeAccessPack(reference: request.reference,
                                                             to: practice.folder.appendingPathComponent("pack-\(client)"),
                                                             as: practice.manager)
            #expect(pack.section("data_breach")?.rows.count == count)
            #expect(pack.section("data_breach_client")?.rows.count == count)
            let html = try String(contentsOf: pack.htmlFile, encoding: .utf8)
            #expect(html.contains("Day list emailed to the wrong client") == (count == 1))
        }
    }

    @Test("erasing a client removes their links to breaches; the breach stays in the register", arguments: SQLDialect.allCases)
    func erasureRemovesLink(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try #require(try practice.registerClient().id)
        let other = try #require(try practice.registerClient(firstName: "Siân", lastName: "Jones", phone: "07700 900456").id)
        let breach = try log(practice, aware: "2025-03-01 09:00", clients: "\(client), \(other)")
        let request = try practice.logRequest([.erasure], clientID: client)
        let result = try practice.database.eraseClient(requestID: try #require(request.id), as: practice.manager)
        #expect(result.outcomes.first { $0.category == "Breach register" }?.outcome == .erased)
        let entry = try practice.database.breach(id: try #require(breach.id), as: practice.manager)
        #expect(entry.clientIDs == [other])
        #expect(entry.breach.peopleCount == 14)
        #expect(refusal { _ = try practice.database.updateBreach(id: try #require(breach.id), expectedVersion: 1, details:
            BreachDetails(awareAt: "2025-03-01 09:00", whatHappened: "x", clients: "\(client)"), as: practice.manager) }
            == "clients: client \(client) has been erased and cannot be linked")
    }
}
