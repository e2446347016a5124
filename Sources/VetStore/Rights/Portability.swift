import Foundation
import VetSQL
import VetCore

/// The right to data portability: what the client gave us (contact details, their pets as they
/// described them, their marketing choices, the appointments and online consultations they asked
/// for), as JSON and CSV with a description of every field.
extension AppDatabase {
    /// Writes `REF-portability.json` and one CSV per dataset plus `REF-portability-fields.csv`
    /// (owner-only) into `folder`. Returns the files written.
    @discardableResult
    public func writePortability(reference: String, to folder: URL, as user: StaffSession) throws -> [URL] {
        try user.require(.fulfilRights)
        let ref = reference.trimmingCharacters(in: .whitespaces).uppercased()
        let names = ["\(ref)-portability.json"]
            + ["contact", "pets", "consents", "appointments", "queue", "reminder-channels", "reminders", "fields"].map { "\(ref)-portability-\($0).csv" }
        try OwnerOnlyFile.prepareFolder(folder)
        try OwnerOnlyFile.refuseExisting(names, in: folder, what: "a portability export for \(ref)")
        let now = self.now
        let today = self.today
        let staged = StagedFiles(folder: folder, names: names)
        do {
            try perform(.fulfilRights, as: user) { db in
                let (request, client) = try RightsRequest.open(db, reference: ref, kind: .portability)
                let clientID = try client.id.orThrow("client")
                let requestID = try request.id.orThrow("request")
                let datasets = try PortableData.datasets(db, clientID: clientID)
                try AuditTrail.record(db, at: now, userID: user.userID, action: "write portability export",
                                      recordType: "dsr_request", recordID: requestID, clientID: clientID)
                try RightsRequest.record(db, requestID: requestID, what: "Portability export written (JSON and CSV)",
                                         now: now, today: today, by: user.userID)
                try ExportLog.record(db, kind: .portability, location: folder.path, at: now, by: user.userID,
                                     requestID: requestID, clientIDs: [clientID])
                try staged.write([try PortableData.json(datasets, reference: request.reference)]
                    + datasets.map { Data($0.csv.utf8) } + [Data(PortableData.fieldsCSV(datasets).utf8)])
            }
            try staged.publish()
            return staged.finalURLs
        } catch {
            staged.discard()
            throw error
        }
    }
}

/// One table of portable data: named fields, each with a description, and the rows.
struct PortableDataset: Encodable {
    var name: String
    var fields: [String]
    var descriptions: [String]
    var rows: [[String]]

    var csv: String { ([fields] + rows).map(CSV.line).joined() }
}

enum PortableData {
    static func datasets(_ db: any SQLConnection, clientID: Int64) throws -> [PortableDataset] {
        let client = try db.fetchRecord(Client.self, id: clientID).orThrow("client")
        let phones = try ClientPhones.fetch(db, clientID: clientID)
        let contact = PortableDataset(
            name: "contact",
            fields: ["title", "first_name", "last_name", "address_line1", "address_line2", "town", "postcode", "email", "phones"],
            descriptions: ["Title", "First name", "Last name", "First line of the address", "Second line of the address",
                           "Town", "Postcode", "Email address", "Phone numbers with their labels, separated by '; '"],
            rows: [[client.title ?? "", client.firstName, client.lastName, client.addressLine1, client.addressLine2 ?? "",
                    client.town, client.postcode, client.email ?? "",
                    phones.map { "\($0.label.rawValue) \($0.display)" }.joined(separator: "; ")]])
        let pets = try db.fetchRecords(Pet.self, "SELECT * FROM pet WHERE client_id = ? ORDER BY id", [clientID])
        let petSet = PortableDataset(
            name: "pets",
            fields: ["name", "species", "breed", "sex", "neutered", "date_of_birth", "birth_approximate", "colour", "microchip"],
            descriptions: ["Pet's name", "Species", "Breed", "Sex: male, female or unknown", "yes or no",
                           "Date of birth (YYYY-MM-DD)", "yes if the date of birth is an estimate", "Colour",
                           "15-digit microchip number"],
            rows: pets.map { [$0.name, $0.species, $0.breed ?? "", $0.sex.rawValue, $0.neutered ? "yes" : "no",
                              $0.dateOfBirth?.iso ?? "", $0.birthApproximate ? "yes" : "no", $0.colour ?? "",
                              $0.microchip ?? ""] })
        let timestamps = ISO8601DateFormatter()
        let events = try db.fetchRecords(ConsentEvent.self, """
            SELECT * FROM consent_event WHERE client_id = ? ORDER BY recorded_at, id
            """, [clientID])
        let consents = PortableDataset(
            name: "consents",
            fields: ["channel", "purpose", "action", "basis", "source", "wording_version", "recorded_at"],
            descriptions: ["email, sms, post or phone", "practice (our marketing) or thirdParty", "granted or withdrawn",
                           "consent or softOptIn (when granted)", "How you told us", "Version of the wording you were shown",
                           "When it was recorded (UTC, ISO 8601)"],
            rows: events.map { [$0.channel.rawValue, $0.purpose.rawValue, $0.action.rawValue, $0.basis?.rawValue ?? "",
                                $0.source.rawValue, $0.wordingVersion ?? "", timestamps.string(from: $0.recordedAt)] })
        return [contact, petSet, consents] + (try PortableDiary.datasets(db, clientID: clientID))
            + (try PortableReminders.datasets(db, clientID: clientID))
    }

    static func json(_ datasets: [PortableDataset], reference: String) throws -> Data {
        struct Document: Encodable {
            var reference: String
            var description: String
            var data: [String: [[String: String]]]
            var fields: [String: [String: String]]
        }
        var data: [String: [[String: String]]] = [:]
        var fields: [String: [String: String]] = [:]
        for set in datasets {
            data[set.name] = set.rows.map { Dictionary(uniqueKeysWithValues: zip(set.fields, $0)) }
            fields[set.name] = Dictionary(uniqueKeysWithValues: zip(set.fields, set.descriptions))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(
            reference: reference, description: "The personal data you provided to the practice, in a machine-readable form.",
            data: data, fields: fields))
    }

    static func fieldsCSV(_ datasets: [PortableDataset]) -> String {
        var lines = [CSV.line(["file", "field", "description"])]
        for set in datasets {
            for (field, text) in zip(set.fields, set.descriptions) { lines.append(CSV.line([set.name, field, text])) }
        }
        return lines.joined()
    }
}

/// RFC 4180 lines: fields quoted when they hold a comma, quote or line break; CRLF endings.
public enum CSV {
    public static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ text: String) -> String {
        // A leading =, +, - or @ would run as a formula in a spreadsheet; a quote mark disarms it.
        let safe = text.first.map { "=+-@".contains($0) } == true ? "'" + text : text
        guard safe.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return safe }
        return "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
