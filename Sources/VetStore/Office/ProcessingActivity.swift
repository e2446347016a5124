import Foundation
import VetCore
import VetSQL

/// One activity of the record of processing, as stored.
public struct ProcessingActivity: SQLIdentifiedRecord, Hashable {
    public static let tableName = "processing_activity"
    public var id: Int64?
    /// The order the record and the notice list activities in.
    public var position: Int
    public var name: String
    public var purpose: String
    public var lawfulBasis: LawfulBasis
    public var legitimateInterest: String
    public var peopleCategories: String
    public var dataCategories: String
    /// Comma-separated disclosure-log kinds.
    public var recipientKinds: String
    public var recipientsNote: String
    public var transfers: String
    public var transferSafeguards: String
    public var retention: RetentionRule
    public var retentionNote: String
    public var paperRecords: String
    public var securityMeasures: String
    public var active: Bool
    public var createdAt: Date
    public var version: Int
    public var updatedAt: Date
    public var updatedBy: Int64?

    init(_ details: ProcessingActivityDetails, position: Int, at now: Date, by userID: Int64?) {
        id = nil
        self.position = position
        name = details.name
        purpose = details.purpose
        lawfulBasis = details.lawfulBasis
        legitimateInterest = details.legitimateInterest
        peopleCategories = details.peopleCategories
        dataCategories = details.dataCategories
        recipientKinds = details.recipientKinds.joined(separator: ",")
        recipientsNote = details.recipientsNote
        transfers = details.transfers
        transferSafeguards = details.transferSafeguards
        retention = details.retention
        retentionNote = details.retentionNote
        paperRecords = details.paperRecords
        securityMeasures = details.securityMeasures
        active = true
        createdAt = now
        version = 1
        updatedAt = now
        updatedBy = userID
    }

    public var recipientKindList: [String] { recipientKinds.split(separator: ",").map(String.init) }

    /// The editable part, as a form shows it.
    public var details: ProcessingActivityDetails {
        ProcessingActivityDetails(name: name, purpose: purpose, lawfulBasis: lawfulBasis, legitimateInterest: legitimateInterest,
                                  peopleCategories: peopleCategories, dataCategories: dataCategories,
                                  recipientKinds: recipientKindList, recipientsNote: recipientsNote, transfers: transfers,
                                  transferSafeguards: transferSafeguards, retention: retention, retentionNote: retentionNote,
                                  paperRecords: paperRecords, securityMeasures: securityMeasures)
    }

    mutating func apply(_ details: ProcessingActivityDetails) {
        name = details.name
        purpose = details.purpose
        lawfulBasis = details.lawfulBasis
        legitimateInterest = details.legitimateInterest
        peopleCategories = details.peopleCategories
        dataCategories = details.dataCategories
        recipientKinds = details.recipientKinds.joined(separator: ",")
        recipientsNote = details.recipientsNote
        transfers = details.transfers
        transferSafeguards = details.transferSafeguards
        retention = details.retention
        retentionNote = details.retentionNote
        paperRecords = details.paperRecords
        securityMeasures = details.securityMeasures
    }
}

/// The record of processing in force: its active activities, the practice's settings they read
/// their retention from, and the kinds of recipient the disclosure log shows data went to.
public struct ProcessingRecord: Sendable, Hashable {
    public var settings: PracticeSettings
    public var activities: [ProcessingActivity]
    /// Recipient kinds in the disclosure log, with how many disclosures each.
    public var disclosedKinds: [String: Int]

    /// Every recipient kind the practice sends data to: those the activities declare and those
    /// the disclosure log shows, in the disclosure log's order.
    public var recipientKinds: [String] {
        let declared = Set(activities.flatMap(\.recipientKindList))
        return ProcessingActivityDetails.knownRecipientKinds.filter { declared.contains($0) || (disclosedKinds[$0] ?? 0) > 0 }
    }

    /// Kinds the disclosure log has sent data to that no activity declares: the record must be
    /// corrected, and the notice names them meanwhile.
    public var undeclaredKinds: [String] {
        let declared = Set(activities.flatMap(\.recipientKindList))
        return ProcessingActivityDetails.knownRecipientKinds.filter { !declared.contains($0) && (disclosedKinds[$0] ?? 0) > 0 }
    }

    /// Each distinct retention period in words, as the settings make them.
    public func retentionText(_ activity: ProcessingActivity) -> String {
        activity.retention.text(settings: settings, note: activity.retentionNote)
    }
}
