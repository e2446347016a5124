import GRDB
import VetSQL

extension DatabaseError: DatabaseErrorDescribing {
    /// One sentence per failure a practice can actually meet.
    func sentence(path: String) -> String {
        switch resultCode {
        case .SQLITE_NOTADB: "\(path) is not a VetDesk database; the file was not changed"
        case .SQLITE_CORRUPT: "\(path) is damaged (SQLite reports corruption); restore the latest good backup with vetdesk restore BACKUP — nothing was written"
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            "the database is busy: another terminal is holding it; try again in a moment — nothing was saved"
        case .SQLITE_FULL: "the disk holding \(path) is full; nothing was saved — free some space and try again"
        case .SQLITE_READONLY: "\(path) is read-only; nothing was saved"
        case .SQLITE_CANTOPEN: "cannot open \(path); check the folder exists and is writable"
        case .SQLITE_PERM, .SQLITE_AUTH: "permission denied for \(path)"
        case .SQLITE_IOERR: "the disk reported an error reading or writing \(path); nothing was saved"
        case .SQLITE_CONSTRAINT: ConstraintMessages.sentence(for: self)
        default: "\(path): \(message ?? "SQLite error \(resultCode.rawValue)")"
        }
    }
}

extension SQLFailure: DatabaseErrorDescribing {
    /// The same sentences for a failure from the engine layer, whichever engine raised it.
    func sentence(path: String) -> String {
        switch kind {
        case .uniqueViolation, .foreignKeyViolation, .checkViolation, .notNullViolation, .refusedByTrigger:
            ConstraintMessages.sentence(forMessage: message)
        case .busy, .serializationFailure:
            "the database is busy: another terminal is holding it; try again in a moment — nothing was saved"
        case .readOnly: "\(path) is read-only; nothing was saved"
        case .connectionLost:
            "the connection to the database server was lost; nothing was saved — what you typed is kept, try again"
        case .cannotConnect: message
        case .decoding, .other: "\(path): \(message)"
        }
    }
}
