import Foundation
import VetCore
import VetStore

/// Words the breach commands share.
enum BreachText {
    /// "BR-7" or "7" → 7.
    static func id(_ text: String) throws -> Int64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let digits = trimmed.hasPrefix("BR-") ? String(trimmed.dropFirst(3)) : trimmed
        guard let id = Int64(digits), id > 0 else {
            throw CommandFailure(message: "breach '\(text)' is not a breach reference; use BR-7 or 7")
        }
        return id
    }

    /// Refuses bad fields before the password is asked for, each on its own line.
    static func check(_ details: BreachDetails, _ store: AppDatabase) throws {
        do { _ = try details.validated(now: store.clock.now(), zone: store.clock.timeZone) } catch {
            throw CommandFailure(message: error.description)
        }
    }

    /// "report to the ICO by 2026-10-26 09:00 GMT (⚠ 21 h 00 min left)."
    static func deadline(_ breach: DataBreach, _ store: AppDatabase) throws -> String {
        let region = try store.breachRegion()
        let clock = breach.clock
        return "report to \(region.breachRegulatorShort) by \(LocalInstant.text(clock.reportBy, in: store.clock.timeZone)) "
            + "(\(clock.text(at: store.clock.now())))."
    }
}

/// One breach in `breach list --json`: times both as the practice reads them and in UTC.
struct BreachJSON: Encodable {
    var reference: String
    var awareAt: String
    var awareAtUTC: String
    var occurredAt: String?
    var occurredApproximate: Bool
    var reportBy: String
    var reportByUTC: String
    var timeLeft: String
    var state: String
    var minutesLeft: Int?
    var decision: String
    var decisionReason: String?
    var regulator: String
    var reportedAt: String?
    var regulatorReference: String?
    var delayReason: String?
    var highRisk: Bool?
    var peopleToldAt: String?
    var foundBy: String
    var whatHappened: String
    var dataCategories: [String]
    var peopleCategories: [String]
    var peopleCount: Int?
    var recordCount: Int?
    var consequences: String
    var measures: String
    var clients: [Int64]

    init(_ entry: BreachEntry, zone: TimeZone, now: Date, region: PracticeRegion) {
        let breach = entry.breach
        let clock = breach.clock
        let local = { (instant: Date) in LocalInstant.text(instant, in: zone) }
        reference = breach.reference
        awareAt = local(breach.awareAt)
        awareAtUTC = Self.utc(breach.awareAt)
        occurredAt = breach.occurredAt.map(local)
        occurredApproximate = breach.occurredApproximate
        reportBy = local(clock.reportBy)
        reportByUTC = Self.utc(clock.reportBy)
        timeLeft = clock.text(at: now)
        switch clock.state(at: now) {
        case .running(let minutes): state = "running"; minutesLeft = minutes
        case .overdue(let minutes): state = "overdue"; minutesLeft = -minutes
        case .reported(let late): state = late ? "reportedLate" : "reported"
        case .notReportable: state = "notReportable"
        }
        decision = breach.decision.rawValue
        decisionReason = breach.decisionReason
        regulator = region.breachRegulator
        reportedAt = breach.reportedAt.map(local)
        regulatorReference = breach.regulatorReference
        delayReason = breach.delayReason
        highRisk = breach.highRisk
        peopleToldAt = breach.peopleToldAt.map(local)
        foundBy = entry.foundByName
        whatHappened = breach.whatHappened
        dataCategories = breach.dataCategoryList.map(\.rawValue)
        peopleCategories = breach.peopleCategoryList.map(\.rawValue)
        peopleCount = breach.peopleCount
        recordCount = breach.recordCount
        consequences = breach.consequences
        measures = breach.measures
        clients = entry.clientIDs
    }

    /// `2026-10-26T09:00:00Z`.
    static func utc(_ instant: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: instant)
    }
}
