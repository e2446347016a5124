import Foundation
import VetSQL
import VetCore

/// Working a request: identity, fee, clarification pauses, extension, assignment and status.
/// Every change is an event row and the due date is recomputed and stored each time.
extension AppDatabase {
    public func recordIdentityAsked(requestID: Int64, on date: LocalDate, method: String, expectedVersion: Int,
                                    as user: StaffSession) throws {
        let today = self.today
        try changeRequest(requestID, expectedVersion, as: user, "Identity evidence asked for on \(date.long) (\(method))") { request, _ in
            try RequestDates.check(date, "identity asked date", request, today: today)
            request.identityAskedOn = date
            request.identityMethod = method
            if request.status == .received { request.status = .awaitingIdentity }
        }
    }

    public func recordIdentityReceived(requestID: Int64, on date: LocalDate, expectedVersion: Int,
                                       as user: StaffSession) throws {
        let today = self.today
        try changeRequest(requestID, expectedVersion, as: user, "Identity evidence received on \(date.long)") { request, _ in
            try RequestDates.check(date, "identity received date", request, today: today,
                                   notBefore: request.identityAskedOn.map { ($0, "identity evidence was asked for") })
            request.identityReceivedOn = date
            if request.status == .awaitingIdentity { request.status = .inProgress }
        }
    }

    /// Records that no identity evidence is needed (e.g. a known client in person), with the reason;
    /// a manager's decision, since it opens the identity gate.
    public func recordIdentityNotNeeded(requestID: Int64, reason: String, expectedVersion: Int, as user: StaffSession) throws {
        try user.require(.fulfilRights)
        let text: String
        do { text = try TextRule.required(reason, field: "identity reason", maxLength: 500) } catch { throw StoreError.invalid(error) }
        try changeRequest(requestID, expectedVersion, as: user, "Identity evidence not needed: \(text)") { request, _ in
            request.identityWaivedReason = text
            if request.status == .awaitingIdentity || request.status == .received { request.status = .inProgress }
        }
    }

    public func recordFeeAsked(requestID: Int64, on date: LocalDate, reason: String, expectedVersion: Int,
                               as user: StaffSession) throws {
        let why: String
        do { why = try TextRule.required(reason, field: "fee reason", maxLength: 1000) } catch { throw StoreError.invalid(error) }
        let today = self.today
        try changeRequest(requestID, expectedVersion, as: user, "Fee asked for on \(date.long): \(why)") { request, _ in
            try RequestDates.check(date, "fee asked date", request, today: today)
            request.feeAskedOn = date
            if !request.status.isClosed { request.status = .awaitingFee }
        }
    }

    public func recordFeePaid(requestID: Int64, on date: LocalDate, expectedVersion: Int, as user: StaffSession) throws {
        let today = self.today
        try changeRequest(requestID, expectedVersion, as: user, "Fee paid on \(date.long)") { request, _ in
            try RequestDates.check(date, "fee paid date", request, today: today,
                                   notBefore: request.feeAskedOn.map { ($0, "the fee was asked for") })
            request.feePaidOn = date
            if request.status == .awaitingFee { request.status = .inProgress }
        }
    }

    /// Asks the requester to clarify: the clock stops from `date` until the answer arrives.
    public func askClarification(requestID: Int64, on date: LocalDate, question: String, expectedVersion: Int,
                                 as user: StaffSession) throws {
        let text: String
        do { text = try TextRule.required(question, field: "question", maxLength: 1000) } catch { throw StoreError.invalid(error) }
        let today = self.today
        try changeRequest(requestID, expectedVersion, as: user, "Clarification asked on \(date.long): \(text)") { request, db in
            let lastAnswer = try RequestClock.pauses(db, requestID: request.id).compactMap(\.answeredOn).max()
            try RequestDates.check(date, "clarification asked date", request, today: today,
                                   notBefore: lastAnswer.map { ($0, "the last clarification was answered") })
            if try db.exists("SELECT 1 FROM dsr_pause WHERE request_id = ? AND answered_on IS NULL", [request.id]) {
                throw StoreError.refused("a clarification is already waiting for an answer; record that answer first")
            }
            try db.insert(RequestPause(id: nil, requestId: try request.id.orThrow("request"), askedOn: date, answeredOn: nil,
                                       question: text))
            if !request.status.isClosed { request.status = .awaitingClarification }
        }
    }

    /// Records the answer to the open clarification; the clock restarts.
    public func recordClarificationAnswer(requestID: Int64, on date: LocalDate, expectedVersion: Int,
                                          as user: StaffSession) throws {
        let today = self.today
        try changeRequest(requestID, expectedVersion, as: user, "Clarification answered on \(date.long)") { request, db in
            guard var pause = try db.fetchRecord(RequestPause.self, """
                SELECT * FROM dsr_pause WHERE request_id = ? AND answered_on IS NULL
                """, [request.id]), let pauseID = pause.id else {
                throw StoreError.refused("no clarification is waiting for an answer")
            }
            try RequestDates.check(date, "answer date", request, today: today,
                                   notBefore: (pause.askedOn, "the clarification was asked"))
            pause.answeredOn = date
            try db.update(pause, id: pauseID)
            if request.status == .awaitingClarification { request.status = .inProgress }
        }
    }

    /// Extends the deadline (complex, or several requests) with the notice sent to the person.
    public func extendRequest(requestID: Int64, reason: String, noticeSentOn date: LocalDate, expectedVersion: Int,
                              as user: StaffSession) throws {
        let text: String
        do { text = try TextRule.required(reason, field: "extension reason", maxLength: 1000) } catch { throw StoreError.invalid(error) }
        let today = self.today
        try changeRequest(requestID, expectedVersion, as: user, "Extended (notice sent \(date.long)): \(text)") { request, _ in
            guard !request.extended else { throw StoreError.refused("\(request.reference) is already extended") }
            try RequestDates.check(date, "extension notice date", request, today: today)
            request.extended = true
            request.extensionReason = text
            request.extensionNoticeOn = date
        }
    }

    public func assignRequest(requestID: Int64, to assigneeID: Int64?, expectedVersion: Int, as user: StaffSession) throws {
        try changeRequest(requestID, expectedVersion, as: user, "Assigned") { request, db in
            if let assigneeID {
                let staff = try db.fetchRecord(StaffUser.self, id: assigneeID).orThrow("user")
                guard staff.active else { throw StoreError.refused("\(staff.displayName)'s login is deactivated") }
            }
            request.assigneeId = assigneeID
        }
    }

    /// Links a request logged before the client was identified to their record.
    public func linkRequest(requestID: Int64, toClient clientID: Int64, expectedVersion: Int, as user: StaffSession) throws {
        try changeRequest(requestID, expectedVersion, as: user, "Linked to client #\(clientID)") { request, db in
            guard let client = try db.fetchRecord(Client.self, id: clientID), client.status != .anonymised else {
                throw StoreError.invalid(ValidationError(field: "client", message: "client: there is no client #\(clientID)"))
            }
            request.clientId = clientID
        }
    }

    /// Moves the request along the allowed status transitions; closing ones need an outcome.
    public func moveRequest(requestID: Int64, to status: RequestStatus, outcome: String?, expectedVersion: Int,
                            as user: StaffSession) throws {
        let today = self.today
        try changeRequest(requestID, expectedVersion, as: user, "Status → \(status.displayName)" + (outcome.map { ": \($0)" } ?? "")) { request, _ in
            guard request.status.canMove(to: status) else {
                throw StoreError.invalid(RequestStatus.transitionError(from: request.status, to: status))
            }
            let text: String
            do throws(ValidationError) { text = try TextRule.optional(outcome, field: "outcome", maxLength: 4000, lines: .multiple) ?? "" } catch {
                throw StoreError.invalid(error)
            }
            if status.needsReason, text.isEmpty {
                throw StoreError.invalid(ValidationError(field: "outcome",
                    message: "outcome must give the reasons when a request is \(status.displayName.lowercased())"))
            }
            request.status = status
            if !text.isEmpty { request.outcome = text }
            request.closedOn = status.isClosed ? today : nil
        }
    }

    public func addRequestNote(requestID: Int64, note: String, expectedVersion: Int, as user: StaffSession) throws {
        let text: String
        do { text = try TextRule.required(note, field: "note", maxLength: 4000, lines: .multiple) } catch { throw StoreError.invalid(error) }
        try changeRequest(requestID, expectedVersion, as: user, "Note: \(text)") { request, _ in
            request.notes = [request.notes, text].compactMap { $0 }.joined(separator: "\n")
        }
    }

    /// The one path every change takes: version check, the change, the clock recomputed, an event row.
    func changeRequest(_ id: Int64, _ expectedVersion: Int, as user: StaffSession, _ what: String,
                       _ change: @escaping @Sendable (inout DataRequest, any SQLConnection) throws -> Void) throws {
        let now = self.now
        let today = self.today
        try perform(.workRequest, as: user) { db in
            var request = try db.fetchRecord(DataRequest.self, id: id).orThrow("request")
            guard request.version == expectedVersion else {
                throw try OptimisticLock.conflict(db, table: "dsr_request", id: id, record: "Request \(request.reference)")
            }
            try change(&request, db)
            RequestClock.apply(try RequestClock.compute(db, request: request, today: today), to: &request)
            request.version += 1
            request.updatedAt = now
            request.updatedBy = user.userID
            try db.update(request, id: id)
            try RequestHistory.append(db, request: request, what: what, at: now, by: user.userID)
        }
    }
}
