import VetCore
import VetStore

/// Everything the client record shows: the store's view plus staff names and the client's requests
/// (reference, kinds, due date and status, for every role: the desk must know of an objection).
struct ClientRecordData {
    var view: ClientRecordView
    var staffNames: [Int64: String]
    var requests: [ClientRequestLine]
    /// The client's version and newest audited change when read, to notice another terminal's change.
    var stamp: ClientRecordStamp?
    /// How the client wants reminders, or what applies until they choose.
    var reminders: ReminderPreference? = nil

    /// Reads the record (audited as a view) and what it needs to show names. The stamp is read
    /// first, so a change landing in between is noticed on the next tick rather than missed.
    static func load(_ store: AppDatabase, clientID: Int64, as user: StaffSession) throws -> ClientRecordData {
        let stamp = try store.clientRecordStamp(clientID: clientID)
        let view = try store.viewClient(id: clientID, as: user)
        var names: [Int64: String] = [:]
        for staff in try store.users() { if let id = staff.id { names[id] = staff.displayName } }
        let requests = try store.clientRequests(clientID: clientID, as: user)
        return ClientRecordData(view: view, staffNames: names, requests: requests, stamp: stamp,
                                reminders: try store.reminderPreference(clientID: clientID))
    }

    /// On a tick with news in the file: reads the record again only when its stamp moved on,
    /// with a note of the change; `.done` when it did not.
    @MainActor static func reloadEffect(clientID: Int64, since stamp: ClientRecordStamp?) -> Effect {
        Effect.asUser("live") { store, user in
            guard try store.clientRecordStamp(clientID: clientID) != stamp else { return .done }
            let note = try store.latestClientChange(clientID: clientID)
            return .clientRecordChanged(try load(store, clientID: clientID, as: user), note)
        }
    }

    /// The effect that (re)loads a client's record for the screens built on it.
    @MainActor static func loadEffect(clientID: Int64) -> Effect {
        Effect.asUser("load") { store, user in .clientRecord(try load(store, clientID: clientID, as: user)) }
    }

    func name(of userID: Int64) -> String { staffNames[userID] ?? "user \(userID)" }
}

/// The panes of the client record, switched with Tab / ← →.
enum ClientRecordTab: Int, CaseIterable {
    case pets, consultations, money, claims, consent, communications, disclosures, requests, history

    var label: String {
        switch self {
        case .pets: "Pets"
        case .consultations: "Visits"
        case .money: "Money"
        case .claims: "Claims"
        case .consent: "Consent"
        case .communications: "Contacts"
        case .disclosures: "Shared"
        case .requests: "Requests"
        case .history: "Changes"
        }
    }
}
