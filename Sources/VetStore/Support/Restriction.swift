import Foundation
import VetSQL
import VetCore

extension StoreError {
    /// Whether this is the refusal a restriction gives, which a practice manager may override.
    public var isRestrictionRefusal: Bool {
        if case .refused(let message) = self { return message.contains(Restriction.refusalMarker) }
        return false
    }
}

extension RestrictionGround {
    /// Reads a ground by its number in the pick list (1–4) or as people write it.
    public static func pick(_ text: String) -> RestrictionGround? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let number = Int(trimmed), allCases.indices.contains(number - 1) { return allCases[number - 1] }
        return read(trimmed)
    }

    /// "1 legal claims, 2 the person's consent, …": the pick list as one line.
    public static var pickList: String {
        allCases.enumerated().map { "\($0.offset + 1) \($0.element.displayName.lowercased())" }.joined(separator: ", ")
    }
}

/// A manager's decision to use a restricted client's data anyway: the legal ground and a note.
public struct RestrictionOverride: Hashable, Sendable {
    public var ground: RestrictionGround
    public var note: String

    public init(ground: RestrictionGround, note: String) {
        self.ground = ground
        self.note = note
    }

    /// Reads "ground: note" (e.g. "legal claims: court order of 3 March"), the form the override
    /// reason takes wherever a screen or command offers one.
    public init(text: String) throws(ValidationError) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard parts.count == 2, let ground = RestrictionGround.read(parts[0]) else {
            throw ValidationError(field: "override reason",
                message: "override reason must start with the ground — " + Restriction.groundsText
                    + " — then ': ' and a note, e.g. 'legal claims: court order of 3 March'")
        }
        self.init(ground: ground, note: try TextRule.required(parts[1], field: "override note", maxLength: 1000))
    }

    /// "Legal claims: court order of 3 March".
    public var text: String { "\(ground.displayName): \(note)" }
}

/// The guard every use of a restricted client's data passes: refused unless a practice manager
/// gives a ground and a note, and then the override is logged on the client, on the request that
/// restricted them and in the audit trail.
enum Restriction {
    /// The words every restriction refusal carries, so a screen can offer the override in its place.
    static let refusalMarker = "is restricted under a data-protection request"

    static let groundsText = RestrictionGround.allCases.map { $0.displayName.lowercased() }.joined(separator: ", ")

    static func check(_ client: Client, action: String, overrideReason: String?, db: any SQLConnection,
                      user: StaffSession, at now: Date) throws {
        guard client.restricted else { return }
        let reason: String
        do { reason = try TextRule.optional(overrideReason, field: "override reason", maxLength: 1000) ?? "" } catch {
            throw StoreError.invalid(error)
        }
        guard !reason.isEmpty else {
            throw StoreError.refused("processing of \(client.fullName)'s data \(refusalMarker)"
                + ", so you cannot \(action); a practice manager can continue on a legal ground (\(groundsText)) "
                + "with a note, which is logged on the client, the request and the audit trail")
        }
        guard user.role == .manager else {
            throw StoreError.refused("only a practice manager can override the restriction on \(client.fullName)'s data")
        }
        let decided: RestrictionOverride
        do { decided = try RestrictionOverride(text: reason) } catch { throw StoreError.invalid(error) }
        let clientID = try client.id.orThrow("client")
        let requestID = try db.fetchValue(Int64.self, """
            SELECT request_id FROM dsr_restriction WHERE client_id = ? AND lifted_at IS NULL ORDER BY id DESC LIMIT 1
            """, [clientID])
        try db.execute("""
            INSERT INTO dsr_restriction_override (request_id, client_id, action, ground, note, at, by) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, [requestID, clientID, String(action.prefix(200)), decided.ground.rawValue, decided.note, now, user.userID])
        try AuditTrail.record(db, at: now, userID: user.userID, action: "override restriction", recordType: "client",
                              recordID: clientID, clientID: clientID, detail: "\(action): \(decided.text)")
        if let requestID, let request = try db.fetchRecord(DataRequest.self, id: requestID) {
            try RequestHistory.append(db, request: request, what: "Restriction overridden to \(action): \(decided.text)",
                                      at: now, by: user.userID)
        }
    }
}
