import Foundation
import VetSQL
import VetCore

/// Registering clients, changing their contact details (old and new values kept), and viewing them.
extension AppDatabase {
    /// Registers a client. Call `possibleDuplicates` first to warn about a same phone or email.
    @discardableResult
    public func registerClient(_ details: ClientDetails, as user: StaffSession) throws -> Client {
        let now = self.now
        return try perform(.registerClient, as: user) { db in
            var client = Client(id: nil, title: details.title, firstName: details.firstName,
                                lastName: details.lastName, addressLine1: details.addressLine1,
                                addressLine2: details.addressLine2, town: details.town,
                                postcode: details.postcode.formatted, email: details.email?.value,
                                notes: details.notes, status: .active, restricted: false,
                                objectsToMarketing: false, createdAt: now, version: 1, updatedAt: now,
                                updatedBy: user.userID)
            let id = try db.insert(client)
            client.id = id
            try ClientPhones.replace(db, clientID: id, with: details.phones)
            try SearchIndex.refresh(db, clientID: id)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "register", recordType: "client",
                                  recordID: id, clientID: id)
            return client
        }
    }

    /// Active clients sharing a phone number (digits, however written) or an email (whatever its
    /// capitals: Z.Smith@Example.net is z.smith@example.net) with `details`: the "possible duplicate" warning.
    public func possibleDuplicates(of details: ClientDetails, excluding clientID: Int64? = nil) throws -> [Client] {
        try read { db in
            var ids = Set<Int64>()
            if let email = details.email?.value {
                ids.formUnion(try db.fetchValues(Int64.self, "SELECT id FROM client WHERE "
                                                 + db.dialect.caseInsensitiveEquals("email"), [email]))
            }
            for phone in details.phones {
                ids.formUnion(try db.fetchValues(Int64.self, "SELECT client_id FROM client_phone WHERE digits = ?",
                                                 [phone.digits]))
            }
            if let clientID { ids.remove(clientID) }
            guard !ids.isEmpty else { return [] }
            let placeholders = SQLList.placeholders(ids.count)
            return try db.fetchRecords(Client.self, """
                SELECT * FROM client WHERE id IN (\(placeholders)) AND status <> ? ORDER BY last_name, first_name
                """, SQLArguments(ids.sorted().map { .integer($0) } + [ClientStatus.anonymised.sqlValue]))
        }
    }

    /// Saves new contact details unless someone else saved since `expectedVersion`; each changed
    /// field is kept with its old and new value. A restricted client needs `overrideReason`.
    @discardableResult
    public func updateClient(id: Int64, expectedVersion: Int, details: ClientDetails, reason: String? = nil,
                             overrideReason: String? = nil, as user: StaffSession) throws -> Client {
        let now = self.now
        return try perform(.editClient, as: user) { db in
            let client = try db.fetchRecord(Client.self, id: id).orThrow("client")
            _ = try ClientEditor.apply(db, client: client, details: details, expectedVersion: expectedVersion,
                                       reason: reason, overrideReason: overrideReason, user: user, at: now)
            return try db.fetchRecord(Client.self, id: id).orThrow("client")
        }
    }

    /// Opens a client's record for a person: fetches it and writes the "viewed" audit entry.
    public func viewClient(id: Int64, as user: StaffSession) throws -> ClientRecordView {
        let now = self.now
        return try perform(.viewClient, as: user) { db in
            let view = try ClientRecordView.fetch(db, clientID: id, now: now)
            try Self.recordClientView(db, clientID: id, user: user, at: now)
            return view
        }
    }

    /// Marks a client as ceased (left the practice) or deceased, keeping the record.
    public func setClientStatus(id: Int64, to status: ClientStatus, as user: StaffSession) throws {
        guard status == .active || status == .ceased || status == .deceased else {
            throw StoreError.refused("a client is anonymised only through the retention review or an erasure request")
        }
        let now = self.now
        try perform(.editClient, as: user) { db in
            _ = try db.fetchRecord(Client.self, id: id).orThrow("client")
            try db.execute("""
                UPDATE client SET status = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?
                """, [status.rawValue, now, user.userID, id])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "set status \(status.rawValue)",
                                  recordType: "client", recordID: id, clientID: id)
        }
    }
}

extension Optional {
    /// Unwraps a fetched record, or says plainly that it is not there.
    func orThrow(_ what: String) throws -> Wrapped {
        guard let self else { throw StoreError.notFound("that \(what) no longer exists; it may have been removed") }
        return self
    }
}
