import Foundation
import VetSQL
import VetCore

/// The breach register: every personal-data breach is recorded, reportable or not (UK GDPR
/// Art 33(5); DPJL 2018 Art 20). Each action is one audited, version-checked transaction of the
/// practice manager's.
extension AppDatabase {
    /// Records a breach the practice has become aware of.
    @discardableResult
    public func logBreach(_ details: BreachDetails, as user: StaffSession) throws -> DataBreach {
        let now = self.now
        let valid: ValidBreachDetails
        do { valid = try details.validated(now: now, zone: clock.timeZone) } catch { throw StoreError.invalid(error) }
        return try perform(.manageBreaches, as: user) { db in
            var breach = DataBreach(
                id: nil, occurredAt: nil, occurredApproximate: false, awareAt: valid.awareAt, foundBy: user.userID,
                whatHappened: "", dataCategories: "", peopleCategories: "", peopleCount: nil, recordCount: nil,
                consequences: "", measures: "", decision: .undecided, decisionReason: nil, reportedAt: nil,
                regulatorReference: nil, delayReason: nil, highRisk: nil, riskReason: nil, peopleToldAt: nil,
                createdAt: now, createdBy: user.userID, version: 1, updatedAt: now, updatedBy: user.userID)
            try BreachRules.apply(valid, to: &breach, db, user: user)
            breach.id = try db.insert(breach)
            let id = try breach.id.orThrow("breach")
            try BreachRules.link(db, breachID: id, clients: valid.clientIDs, at: now, by: user.userID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "log breach", recordType: "data_breach",
                                  recordID: id, clientID: nil, detail: breach.summary)
            return breach
        }
    }

    /// Changes the facts of a breach (and the clients linked to it) unless someone changed it since `expectedVersion`.
    @discardableResult
    public func updateBreach(id: Int64, expectedVersion: Int, details: BreachDetails, as user: StaffSession) throws -> DataBreach {
        let now = self.now
        let valid: ValidBreachDetails
        do { valid = try details.validated(now: now, zone: clock.timeZone) } catch { throw StoreError.invalid(error) }
        return try changeBreach(id: id, expectedVersion: expectedVersion, as: user, action: "change breach") { db, breach in
            if let reported = breach.reportedAt, reported < valid.awareAt {
                throw StoreError.invalid(ValidationErrors([ValidationError(field: "aware at", message: "aware at "
                    + "\(LocalInstant.text(valid.awareAt, in: self.clock.timeZone)) is after the report to the regulator "
                    + "(\(LocalInstant.text(reported, in: self.clock.timeZone)))")]))
            }
            try BreachRules.apply(valid, to: &breach, db, user: user)
            try BreachRules.link(db, breachID: id, clients: valid.clientIDs, at: now, by: user.userID)
        }
    }

    /// Records the decisions: whether to report (with the reasons when not) and whether the
    /// people affected must be told (with the reasons either way), and when they were.
    @discardableResult
    public func decideBreach(id: Int64, expectedVersion: Int, decisions: BreachDecisionDetails,
                             as user: StaffSession) throws -> DataBreach {
        let now = self.now
        let zone = clock.timeZone
        return try changeBreach(id: id, expectedVersion: expectedVersion, as: user, action: "decide breach") { _, breach in
            let valid: ValidBreachDecisions
            do throws(ValidationErrors) { valid = try decisions.validated(awareAt: breach.awareAt, now: now, zone: zone) } catch {
                throw StoreError.invalid(error)
            }
            if breach.reportedAt != nil, valid.reporting != .report {
                throw StoreError.refused("\(breach.reference) was reported to the regulator; its decision stays \"report\"")
            }
            breach.decision = valid.reporting
            breach.decisionReason = valid.reportingReason
            breach.highRisk = valid.highRisk
            breach.riskReason = valid.riskReason
            breach.peopleToldAt = valid.peopleToldAt
        }
    }

    /// Records the report to the regulator; a report after the 72 hours needs the reasons for the delay.
    @discardableResult
    public func reportBreach(id: Int64, expectedVersion: Int, report: BreachReportDetails,
                             as user: StaffSession) throws -> DataBreach {
        let now = self.now
        let zone = clock.timeZone
        return try changeBreach(id: id, expectedVersion: expectedVersion, as: user, action: "report breach") { _, breach in
            let valid: ValidBreachReport
            do throws(ValidationErrors) { valid = try report.validated(awareAt: breach.awareAt, now: now, zone: zone) } catch {
                throw StoreError.invalid(error)
            }
            breach.decision = .report
            breach.reportedAt = valid.reportedAt
            breach.regulatorReference = valid.reference
            breach.delayReason = valid.delayReason
        }
    }

    /// Applies `change` to the breach as one audited, version-checked action.
    private func changeBreach(id: Int64, expectedVersion: Int, as user: StaffSession, action: String,
                              _ change: @escaping @Sendable (any SQLConnection, inout DataBreach) throws -> Void) throws -> DataBreach {
        let now = self.now
        let naming = OptimisticLock.Naming<DataBreach>(missing: "there is no breach BR-\(id) in the register",
                                                       conflict: { "Breach \($0.reference)" }, auditType: "data_breach")
        return try perform(.manageBreaches, as: user) { db in
            try OptimisticLock.change(db, DataBreach.self, id: id, expectedVersion: expectedVersion, user: user, at: now,
                                      action: action, naming: naming) { db, breach in
                try change(db, &breach)
                return breach.summary
            }
        }
    }
}

/// The rules the breach actions share.
enum BreachRules {
    /// Copies validated facts onto the record; "found by" names a login (the recorder when empty).
    static func apply(_ valid: ValidBreachDetails, to breach: inout DataBreach, _ db: any SQLConnection,
                      user: StaffSession) throws {
        if let login = valid.foundBy {
            guard let staff = try AppDatabase.staffUser(db, username: AppDatabase.loginKey(login)), let staffID = staff.id else {
                throw StoreError.invalid(ValidationErrors([ValidationError(
                    field: "found by", message: "found by: there is no login called '\(login)'")]))
            }
            breach.foundBy = staffID
        }
        breach.occurredAt = valid.occurredAt
        breach.occurredApproximate = valid.occurredApproximate
        breach.awareAt = valid.awareAt
        breach.whatHappened = valid.whatHappened
        breach.dataCategories = ChoiceList.stored(valid.dataCategories)
        breach.peopleCategories = ChoiceList.stored(valid.peopleCategories)
        breach.peopleCount = valid.peopleCount
        breach.recordCount = valid.recordCount
        breach.consequences = valid.consequences
        breach.measures = valid.measures
    }

    /// Links exactly `clients` to the breach, each audited on the client so their access log shows it.
    static func link(_ db: any SQLConnection, breachID: Int64, clients: [Int64], at now: Date, by userID: Int64) throws {
        let current = Set(try db.fetchValues(Int64.self, "SELECT client_id FROM data_breach_client WHERE breach_id = ?",
                                             [breachID]))
        for clientID in clients where !current.contains(clientID) {
            let status = try db.fetchValue(String.self, "SELECT status FROM client WHERE id = ?", [clientID])
            guard let status else {
                throw StoreError.invalid(ValidationErrors([ValidationError(
                    field: "clients", message: "clients: there is no client number \(clientID)")]))
            }
            guard status != ClientStatus.anonymised.rawValue else {
                throw StoreError.invalid(ValidationErrors([ValidationError(
                    field: "clients", message: "clients: client \(clientID) has been erased and cannot be linked")]))
            }
            try db.execute("INSERT INTO data_breach_client (breach_id, client_id) VALUES (?, ?)", [breachID, clientID])
            try AuditTrail.record(db, at: now, userID: userID, action: "link breach", recordType: "data_breach",
                                  recordID: breachID, clientID: clientID, detail: "BR-\(breachID)")
        }
        for clientID in current.subtracting(clients).sorted() {
            try db.execute("DELETE FROM data_breach_client WHERE breach_id = ? AND client_id = ?", [breachID, clientID])
            try AuditTrail.record(db, at: now, userID: userID, action: "unlink breach", recordType: "data_breach",
                                  recordID: breachID, clientID: clientID, detail: "BR-\(breachID)")
        }
    }
}
