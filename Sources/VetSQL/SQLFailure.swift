/// A failure from either engine, sorted into the kinds the store turns into sentences: a broken
/// rule of the schema, two writers colliding, a lost server, or SQL the engine refused.
public struct SQLFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        case uniqueViolation
        case foreignKeyViolation
        case checkViolation
        case notNullViolation
        /// A guard trigger or an explicit RAISE refused the change.
        case refusedByTrigger
        /// Another writer got there first; the transaction may be run again.
        case serializationFailure
        /// The file is locked by another writer for longer than the wait allows.
        case busy
        /// The connection to the server is gone; the next action reconnects.
        case connectionLost
        /// The server could not be reached or refused the login.
        case cannotConnect
        case readOnly
        case decoding
        case other
    }

    public let kind: Kind
    public let message: String
    /// The constraint or trigger named by the engine, where it names one.
    public let constraint: String?

    public init(_ kind: Kind, _ message: String, constraint: String? = nil) {
        self.kind = kind
        self.message = message
        self.constraint = constraint
    }

    public var description: String { message }

    /// Whether running the whole transaction again may succeed.
    public var isRetryable: Bool { kind == .serializationFailure }
}
