import Foundation
import VetCore
import VetSQL

/// Keeping the record of processing: read by anyone who works requests, changed only by a
/// manager, each change versioned and in the audit trail with what changed.
extension AppDatabase {
    /// The record in force (active activities in their order), with the settings and the disclosure log's kinds.
    public func processingRecord(includeRetired: Bool = false) throws -> ProcessingRecord {
        try read { db in try ProcessingRecordQuery.load(db, includeRetired: includeRetired) }
    }

    /// Adds an activity at the end of the record.
    @discardableResult
    public func addProcessingActivity(_ details: ProcessingActivityDetails, as user: StaffSession) throws -> ProcessingActivity {
        let valid: ProcessingActivityDetails
        do { valid = try details.validated() } catch { throw StoreError.invalid(error) }
        let now = self.now
        return try perform(.editSettings, as: user) { db in
            try ProcessingRecordQuery.refuseDuplicate(db, name: valid.name, except: nil)
            let position = (try db.fetchValue(Int.self, "SELECT max(position) FROM processing_activity") ?? 0) + 1
            let saved = try db.inserted(ProcessingActivity(valid, position: position, at: now, by: user.userID))
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add processing activity",
                                  recordType: "processing_activity", recordID: saved.id, clientID: nil, detail: valid.name)
            return saved
        }
    }

    /// Saves a changed activity unless someone else changed it since `expectedVersion`; the audit
    /// entry names the fields that changed.
    @discardableResult
    public func updateProcessingActivity(id: Int64, _ details: ProcessingActivityDetails, expectedVersion: Int,
                                         as user: StaffSession) throws -> ProcessingActivity {
        let valid: ProcessingActivityDetails
        do { valid = try details.validated() } catch { throw StoreError.invalid(error) }
        let now = self.now
        return try perform(.editSettings, as: user) { db in
            var activity = try db.fetchRecord(ProcessingActivity.self, id: id).orThrow("processing activity")
            guard activity.version == expectedVersion else {
                throw try OptimisticLock.conflict(db, table: "processing_activity", id: id, record: "The activity \(activity.name)")
            }
            try ProcessingRecordQuery.refuseDuplicate(db, name: valid.name, except: id)
            let changed = ProcessingRecordQuery.changedFields(from: activity.details, to: valid)
            guard !changed.isEmpty else { return activity }
            activity.apply(valid)
            activity.version += 1
            activity.updatedAt = now
            activity.updatedBy = user.userID
            try db.update(activity)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change processing activity",
                                  recordType: "processing_activity", recordID: id, clientID: nil,
                                  detail: "\(valid.name): \(changed.joined(separator: ", "))")
            return activity
        }
    }

    /// Retires an activity the practice no longer carries out: it leaves the record and the
    /// notice, but stays stored with its history.
    public func retireProcessingActivity(id: Int64, expectedVersion: Int, as user: StaffSession) throws {
        let now = self.now
        try perform(.editSettings, as: user) { db in
            var activity = try db.fetchRecord(ProcessingActivity.self, id: id).orThrow("processing activity")
            guard activity.version == expectedVersion else {
                throw try OptimisticLock.conflict(db, table: "processing_activity", id: id, record: "The activity \(activity.name)")
            }
            guard activity.active else { throw StoreError.refused("\(activity.name) is already retired") }
            activity.active = false
            activity.version += 1
            activity.updatedAt = now
            activity.updatedBy = user.userID
            try db.update(activity)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "retire processing activity",
                                  recordType: "processing_activity", recordID: id, clientID: nil, detail: activity.name)
        }
    }
}

enum ProcessingRecordQuery {
    static func load(_ db: any SQLConnection, includeRetired: Bool = false) throws -> ProcessingRecord {
        let activities = try db.fetchRecords(ProcessingActivity.self, "SELECT * FROM processing_activity"
            + (includeRetired ? "" : " WHERE active = 1") + " ORDER BY position, id")
        var kinds: [String: Int] = [:]
        for row in try db.fetchAll("SELECT recipient_kind, count(*) AS n FROM disclosure GROUP BY recipient_kind") {
            kinds[try row.decode(String.self, "recipient_kind")] = try row.decode(Int.self, "n")
        }
        return ProcessingRecord(settings: try PracticeSettingsRow.current(db), activities: activities, disclosedKinds: kinds)
    }

    static func refuseDuplicate(_ db: any SQLConnection, name: String, except id: Int64?) throws {
        let others = try db.fetchRecords(ProcessingActivity.self, "SELECT * FROM processing_activity")
        if others.contains(where: { $0.id != id && $0.name.lowercased() == name.lowercased() }) {
            throw StoreError.invalid(ValidationError(field: "activity",
                message: "activity '\(name)' is already in the record of processing; choose another name"))
        }
    }

    /// The names of the fields that differ, as the form labels them.
    static func changedFields(from old: ProcessingActivityDetails, to new: ProcessingActivityDetails) -> [String] {
        let pairs: [(String, Bool)] = [
            ("name", old.name != new.name), ("purpose", old.purpose != new.purpose),
            ("lawful basis", old.lawfulBasis != new.lawfulBasis),
            ("legitimate interest", old.legitimateInterest != new.legitimateInterest),
            ("categories of people", old.peopleCategories != new.peopleCategories),
            ("categories of data", old.dataCategories != new.dataCategories),
            ("recipient kinds", old.recipientKinds != new.recipientKinds), ("recipients note", old.recipientsNote != new.recipientsNote),
            ("transfers", old.transfers != new.transfers), ("transfer safeguards", old.transferSafeguards != new.transferSafeguards),
            ("retention", old.retention != new.retention), ("retention note", old.retentionNote != new.retentionNote),
            ("paper records", old.paperRecords != new.paperRecords),
            ("security measures", old.securityMeasures != new.securityMeasures),
        ]
        return pairs.filter(\.1).map(\.0)
    }
}
