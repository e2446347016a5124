import GRDB
import VetSQL
import VetCore

/// A client's phone numbers, rewritten as a set whenever the contact details are saved.
enum ClientPhones {
    static func replace(_ db: any SQLConnection, clientID: Int64, with phones: [PhoneNumber]) throws {
        try db.execute("DELETE FROM client_phone WHERE client_id = ?", [clientID])
        for (position, phone) in phones.enumerated() {
            try db.insert(ClientPhone(id: nil, clientId: clientID, position: position, label: phone.label,
                                      digits: phone.digits, display: phone.formatted))
        }
    }

    static func fetch(_ db: any SQLConnection, clientID: Int64) throws -> [ClientPhone] {
        try db.fetchRecords(ClientPhone.self, "SELECT * FROM client_phone WHERE client_id = ? ORDER BY position", [clientID])
    }

    static func fetch(_ db: Database, clientID: Int64) throws -> [ClientPhone] {
        try fetch(SQLiteConnection(db), clientID: clientID)
    }
}

/// The contact fields of a stored client in the same shape as `ClientDetails.contactFields`,
/// so a save can list exactly which fields changed.
enum ClientDetailsSnapshot {
    static func fields(_ db: any SQLConnection, client: Client) throws -> [(String, String)] {
        let phones = try ClientPhones.fetch(db, clientID: client.id ?? 0)
        return [("title", client.title ?? ""), ("first name", client.firstName), ("last name", client.lastName),
                ("address", client.addressLine1), ("address line 2", client.addressLine2 ?? ""),
                ("town", client.town), ("postcode", client.postcode), ("email", client.email ?? ""),
                ("phones", phones.map { "\($0.label.rawValue) \($0.display)" }.joined(separator: ", "))]
    }
}

extension ClientDetailsSnapshot {
}
