import Foundation
import VetSQL
import VetCore

/// The rights to restriction and to object. A restriction keeps the data but stops its use
/// (edits, consent, sharing, marketing lists) until lifted, and it is lifted only after the
/// person was told. An objection to direct marketing is absolute and takes effect in one step.
extension AppDatabase {
    /// Marks the client restricted under the request.
    public func restrictProcessing(requestID: Int64, as user: StaffSession) throws {
        try startRestriction(requestID: requestID, kind: .restriction, reason: "restriction requested", as: user)
    }

    /// Lifts the restriction started under the request; `personToldOn` is when the person was told it would be lifted.
    public func liftRestriction(requestID: Int64, personToldOn: LocalDate, as user: StaffSession) throws {
        let now = self.now
        let today = self.today
        let zone = clock.timeZone
        guard personToldOn <= today else {
            throw StoreError.invalid(ValidationError(field: "person told on",
                message: "person told on \(personToldOn.iso) is in the future; tell the person before lifting the restriction"))
        }
        try perform(.fulfilRights, as: user) { db in
            let request = try db.fetchRecord(DataRequest.self, id: requestID).orThrow("request")
            guard var record = try db.fetchRecord(RestrictionRecord.self, """
                SELECT * FROM dsr_restriction WHERE request_id = ? AND lifted_at IS NULL
                """, [requestID]), let recordID = record.id else {
                throw StoreError.refused("\(request.reference) has no restriction in force to lift")
            }
            do throws(ValidationError) {
                try RequestDateRule.checkTold(personToldOn, field: "person told on", today: today,
                                              notBefore: (LocalDate(instant: record.startedAt, in: zone), "the restriction began"))
            } catch { throw StoreError.invalid(error) }
            record.personToldOn = personToldOn
            record.liftedAt = now
            record.liftedBy = user.userID
            try db.update(record, id: recordID)
            let others = try db.fetchValue(Int.self, """
                SELECT COUNT(*) FROM dsr_restriction WHERE client_id = ? AND lifted_at IS NULL
                """, [record.clientId]) ?? 0
            if others == 0 {
                try db.execute("""
                    UPDATE client SET restricted = 0, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?
                    """, [now, user.userID, record.clientId])
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "lift restriction", recordType: "client",
                                  recordID: record.clientId, clientID: record.clientId,
                                  detail: "person told on \(personToldOn.iso)" + (others > 0 ? "; another restriction remains" : ""))
            try RightsRequest.record(db, requestID: requestID, what: "Restriction lifted (person told on \(personToldOn.long))"
                + (others > 0 ? "; another request still restricts this client" : ""), now: now, today: today, by: user.userID)
        }
    }

    /// Objection to direct marketing: every marketing consent withdrawn, the objection flag set and a
    /// suppression entry written, in one step. It cannot be refused.
    public func objectToMarketing(requestID: Int64, as user: StaffSession) throws {
        let now = self.now
        let today = self.today
        try perform(.fulfilRights, as: user) { db in
            let (request, client) = try RightsRequest.open(db, id: requestID, kind: .objection)
            let clientID = try client.id.orThrow("client")
            let events = try db.fetchRecords(ConsentEvent.self, "SELECT * FROM consent_event WHERE client_id = ? ORDER BY id",
                                             [clientID])
            let state = ConsentState(events: events.map { event in
                ConsentEventValue(channel: event.channel, purpose: event.purpose, action: event.action,
                                  basis: event.basis ?? .consent, at: event.recordedAt)
            })
            var withdrawn: [String] = []
            for channel in ConsentChannel.allCases {
                for purpose in ConsentPurpose.allCases where state.isGranted(channel: channel, purpose: purpose) {
                    _ = try ConsentLog.append(db, clientID: clientID, channel: channel, purpose: purpose, action: .withdrawn,
                                              basis: nil, source: request.channel.consentSource, wording: nil,
                                              at: now, by: user.userID)
                    withdrawn.append("\(channel.rawValue)/\(purpose.rawValue)")
                }
            }
            try db.execute("""
                UPDATE client SET objects_to_marketing = 1, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?
                """, [now, user.userID, clientID])
            try Suppressions.add(db, client: client, reason: "objection to direct marketing \(request.reference)",
                                 at: now, by: user.userID)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "object to marketing", recordType: "client",
                                  recordID: clientID, clientID: clientID, detail: request.reference)
            try RightsRequest.record(db, requestID: requestID, what: "Objection to direct marketing carried out: "
                + (withdrawn.isEmpty ? "no consent was in force" : "withdrew " + withdrawn.joined(separator: ", "))
                + "; suppression entry written", now: now, today: today, by: user.userID)
        }
    }

    /// Objection to processing on legitimate interests: the client is restricted while the practice decides.
    public func objectToProcessing(requestID: Int64, as user: StaffSession) throws {
        try startRestriction(requestID: requestID, kind: .objection, reason: "objection pending decision", as: user)
    }

    /// Records the decision on an objection. Upheld: the restriction stays (that processing stops).
    /// Not upheld: the restriction stays until lifted with the date the person was told.
    public func decideObjection(requestID: Int64, upheld: Bool, reason: String, as user: StaffSession) throws {
        let text: String
        do { text = try TextRule.required(reason, field: "reason", maxLength: 2000, lines: .multiple) } catch { throw StoreError.invalid(error) }
        let now = self.now
        let today = self.today
        try perform(.fulfilRights, as: user) { db in
            let (_, client) = try RightsRequest.open(db, id: requestID, kind: .objection)
            try db.insert(ObjectionDecision(id: nil, requestId: requestID, upheld: upheld, reason: text, decidedAt: now,
                                            decidedBy: user.userID))
            let summary = upheld ? "Objection upheld: the processing objected to stops. \(text)"
                : "Objection not upheld: \(text). Tell the person, then lift the restriction."
            try AuditTrail.record(db, at: now, userID: user.userID, action: "decide objection", recordType: "dsr_request",
                                  recordID: requestID, clientID: client.id, detail: upheld ? "upheld" : "not upheld")
            try RightsRequest.record(db, requestID: requestID, what: summary, outcome: summary, now: now, today: today,
                                     by: user.userID)
        }
    }

    private func startRestriction(requestID: Int64, kind: RequestKind, reason: String, as user: StaffSession) throws {
        let now = self.now
        let today = self.today
        try perform(.fulfilRights, as: user) { db in
            let (_, client) = try RightsRequest.open(db, id: requestID, kind: kind)
            let clientID = try client.id.orThrow("client")
            if try db.exists("SELECT 1 FROM dsr_restriction WHERE request_id = ? AND lifted_at IS NULL", [requestID]) {
                throw StoreError.refused("this request already restricts \(client.fullName)")
            }
            try db.insert(RestrictionRecord(id: nil, requestId: requestID, clientId: clientID, reason: reason, startedAt: now,
                                            startedBy: user.userID, personToldOn: nil, liftedAt: nil, liftedBy: nil))
            try db.execute("""
                UPDATE client SET restricted = 1, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?
                """, [now, user.userID, clientID])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "restrict processing", recordType: "client",
                                  recordID: clientID, clientID: clientID, detail: reason)
            try RightsRequest.record(db, requestID: requestID, what: "Processing restricted (\(reason))",
                                     now: now, today: today, by: user.userID)
        }
    }
}

extension RequestChannel {
    /// How a consent withdrawal made through a request reached the practice.
    var consentSource: ConsentSource {
        switch self {
        case .inPerson, .other: .inPerson
        case .phone: .phone
        case .email: .email
        case .letter: .letter
        case .web: .webForm
        }
    }
}
