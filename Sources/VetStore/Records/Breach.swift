import Foundation
import GRDB
import VetSQL
import VetCore

extension BreachReporting: DatabaseValueConvertible, SQLValueConvertible {}

/// One personal-data breach in the register (reportable or not), with its 72-hour clock's
/// instants and the decisions taken on it. The clients affected are `data_breach_client` rows.
public struct DataBreach: SnakeCaseRecord, Identifiable, Hashable {
    public static let databaseTableName = "data_breach"
    public var id: Int64?
    public var occurredAt: Date?
    public var occurredApproximate: Bool
    public var awareAt: Date
    public var foundBy: Int64
    public var whatHappened: String
    /// Comma-separated `BreachDataCategory` raw values.
    public var dataCategories: String
    /// Comma-separated `BreachPeopleCategory` raw values.
    public var peopleCategories: String
    public var peopleCount: Int?
    public var recordCount: Int?
    public var consequences: String
    public var measures: String
    public var decision: BreachReporting
    public var decisionReason: String?
    public var reportedAt: Date?
    public var regulatorReference: String?
    public var delayReason: String?
    /// Whether the risk to the people affected is high (so they must be told); nil until decided.
    public var highRisk: Bool?
    public var riskReason: String?
    public var peopleToldAt: Date?
    public var createdAt: Date
    public var createdBy: Int64
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    public var clock: BreachClock { BreachClock(awareAt: awareAt, reporting: decision, reportedAt: reportedAt) }
    public var dataCategoryList: [BreachDataCategory] { ChoiceList.read(dataCategories, as: BreachDataCategory.self) }
    public var peopleCategoryList: [BreachPeopleCategory] { ChoiceList.read(peopleCategories, as: BreachPeopleCategory.self) }

    /// Still waiting on the people affected being told: the risk to them is high and they have not been.
    public var needsTelling: Bool { highRisk == true && peopleToldAt == nil }

    /// "BR-7": how screens and commands name a breach.
    public var reference: String { "BR-\(id ?? 0)" }

    /// The first line of what happened, for lists.
    public var summary: String { whatHappened.split(whereSeparator: \.isNewline).first.map(String.init) ?? "" }
}

/// A breach with what the register shows beside it.
public struct BreachEntry: Hashable, Sendable {
    public var breach: DataBreach
    public var foundByName: String
    /// The clients affected, by number.
    public var clientIDs: [Int64]
}

/// An open breach as Today and the manager's queue show it: what happened, and its clock.
public struct BreachNeedingAction: Hashable, Sendable {
    public var id: Int64
    public var reference: String
    public var summary: String
    public var awareAt: Date
    public var reportBy: Date
    public var state: BreachClock.State
    /// The clock as words and a symbol ("⚠ 5 h 20 min left").
    public var clockText: String
    /// The risk is high and the people affected are still to be told.
    public var needsTelling: Bool
}

extension BreachEntry {
    /// The facts as a form or a command shows them for editing: times in `zone`, names of categories.
    public func details(in zone: TimeZone) -> BreachDetails {
        BreachDetails(
            occurredAt: breach.occurredAt.map { LocalDateTime(instant: $0, in: zone).description } ?? "",
            occurredApproximate: breach.occurredApproximate,
            awareAt: LocalDateTime(instant: breach.awareAt, in: zone).description, foundBy: "",
            whatHappened: breach.whatHappened,
            dataCategories: breach.dataCategoryList.map(\.rawValue).joined(separator: ", "),
            peopleCategories: breach.peopleCategoryList.map(\.rawValue).joined(separator: ", "),
            peopleCount: breach.peopleCount.map(String.init) ?? "", recordCount: breach.recordCount.map(String.init) ?? "",
            consequences: breach.consequences, measures: breach.measures,
            clients: clientIDs.map(String.init).joined(separator: ", "))
    }

    /// The decisions as a form or a command shows them for editing.
    public func decisions(in zone: TimeZone) -> BreachDecisionDetails {
        BreachDecisionDetails(
            reporting: breach.decision.rawValue, reportingReason: breach.decisionReason ?? "",
            highRisk: breach.highRisk.map { $0 ? "yes" : "no" } ?? "", riskReason: breach.riskReason ?? "",
            peopleToldAt: breach.peopleToldAt.map { LocalDateTime(instant: $0, in: zone).description } ?? "")
    }
}
