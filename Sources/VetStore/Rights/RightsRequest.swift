import Foundation
import VetSQL
import VetCore

/// The request a right is carried out under: it must be open, linked to a client and ask for
/// that right; afterwards the action is written into its history in the same transaction.
enum RightsRequest {
    static func open(_ db: any SQLConnection, id: Int64, kind: RequestKind) throws -> (DataRequest, Client) {
        let request = try db.fetchRecord(DataRequest.self, id: id).orThrow("request")
        return (request, try check(db, request, kind: kind))
    }

    static func open(_ db: any SQLConnection, reference: String, kind: RequestKind) throws -> (DataRequest, Client) {
        let text = reference.trimmingCharacters(in: .whitespaces).uppercased()
        guard let request = try db.fetchRecord(DataRequest.self, "SELECT * FROM dsr_request WHERE reference = ?", [text]) else {
            throw StoreError.notFound("there is no request \(reference)")
        }
        return (request, try check(db, request, kind: kind))
    }

    private static func check(_ db: any SQLConnection, _ request: DataRequest, kind: RequestKind) throws -> Client {
        guard request.kindList.contains(kind) else {
            throw StoreError.refused("\(request.reference) is a \(request.kindsText) request, not \(kind.displayName.lowercased()); "
                + "add the right to the request or log a new one")
        }
        guard !request.status.isClosed else {
            throw StoreError.refused("\(request.reference) is \(request.status.displayName.lowercased()); reopen it first")
        }
        guard let clientID = request.clientId else {
            throw StoreError.refused("\(request.reference) is not linked to a client yet; link it to the client's record first")
        }
        if IdentityGate.guardedKinds.contains(kind), let waiting = IdentityGate.waitingFor(request) {
            throw StoreError.refused(waiting)
        }
        if kind == .access || kind == .portability, let waiting = IdentityGate.authorityMissing(request) {
            throw StoreError.refused(waiting)
        }
        return try db.fetchRecord(Client.self, id: clientID).orThrow("client")
    }

    /// Appends `what` to the request's history (clock recomputed, version moved on), optionally
    /// storing `outcome` as the request's outcome text.
    static func record(_ db: any SQLConnection, requestID: Int64, what: String, outcome: String? = nil,
                       now: Date, today: LocalDate, by userID: Int64) throws {
        var request = try db.fetchRecord(DataRequest.self, id: requestID).orThrow("request")
        if let outcome { request.outcome = outcome }
        // The work is done: the request waits for review and the response (a manager can still move it by hand).
        if request.status == .received || request.status == .inProgress { request.status = .readyForReview }
        RequestClock.apply(try RequestClock.compute(db, request: request, today: today), to: &request)
        request.version += 1
        request.updatedAt = now
        request.updatedBy = userID
        try db.update(request, id: requestID)
        try RequestHistory.append(db, request: request, what: what, at: now, by: userID)
    }
}

/// The identity gate: rights that disclose, change or remove a person's data wait until the
/// requester has proved who they are (or a manager recorded that no proof is needed) and any fee
/// asked for has been paid.
public enum IdentityGate {
    static let guardedKinds: Set<RequestKind> = [.access, .portability, .erasure, .rectification, .restriction]

    /// What the request is still waiting for, as a sentence; nil when the gate is open.
    public static func waitingFor(_ request: DataRequest) -> String? {
        if request.identityWaivedReason == nil,
           request.status == .awaitingIdentity || (request.identityAskedOn != nil && request.identityReceivedOn == nil) {
            let asked = request.identityAskedOn.map { " (asked for on \($0.iso))" } ?? ""
            return "\(request.reference) is awaiting identity evidence\(asked); record it received, or record that identity "
                + "is not needed with the reason, first"
        }
        if let asked = request.feeAskedOn, request.feePaidOn == nil {
            return "\(request.reference) is awaiting the fee asked for on \(asked.iso); record it paid first"
        }
        return nil
    }

    /// Why data cannot yet be disclosed to a third-party requester: their written authority has not arrived.
    public static func authorityMissing(_ request: DataRequest) -> String? {
        guard request.onBehalfOfClient, request.authorityReceivedOn == nil else { return nil }
        let who = request.thirdPartyRelationship.map { " (\($0))" } ?? ""
        return "\(request.reference) was made by a third party\(who); nothing is disclosed to them until the date their "
            + "written authority was received is recorded"
    }
}

/// Files holding personal data are created owner-only (0600) and never overwrite an existing file.
public enum OwnerOnlyFile {
    public static func write(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw StoreError.refused("cannot create \(url.path): \(reason)")
        }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var offset = 0
            while offset < buffer.count {
                let result = writeBytes(descriptor, base + offset, buffer.count - offset)
                if result <= 0 { return -1 }
                offset += result
            }
            return offset
        }
        guard written == data.count else {
            try? FileManager.default.removeItem(at: url)
            throw StoreError.refused("could not write all of \(url.path); the disk may be full")
        }
    }

    /// Creates `folder` (owner-only) when missing; refuses if it exists and is not a folder.
    public static func prepareFolder(_ folder: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw StoreError.refused("\(folder.path) is a file, not a folder") }
            return
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw StoreError.refused("cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
    }

    /// Refuses when any of `names` already exists in `folder`, naming them.
    public static func refuseExisting(_ names: [String], in folder: URL, what: String) throws {
        let existing = names.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
        guard existing.isEmpty else {
            throw StoreError.refused("\(folder.path) already holds \(what) (\(existing.joined(separator: ", "))); "
                + "choose another folder or move those files first")
        }
    }
}

/// The POSIX `write`, outside `OwnerOnlyFile` whose own `write` would shadow it.
private func writeBytes(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
