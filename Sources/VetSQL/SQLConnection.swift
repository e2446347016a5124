/// Statements run inside one transaction of either engine. Business code speaks only this: SQL
/// with `?` placeholders that both engines accept, plus what `dialect` says differs.
public protocol SQLConnection {
    var dialect: SQLDialect { get }
    /// Runs one statement; returns the number of rows it changed.
    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int
    func fetchAll(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow]
    /// Runs several statements with no arguments (schema changes).
    func executeScript(_ sql: String) throws
}

extension SQLConnection {
    @discardableResult
    public func execute(_ sql: String) throws -> Int { try execute(sql, []) }

    public func fetchAll(_ sql: String) throws -> [SQLRow] { try fetchAll(sql, []) }

    public func fetchOne(_ sql: String, _ arguments: SQLArguments = []) throws -> SQLRow? {
        try fetchAll(sql, arguments).first
    }

    /// The first column of every row.
    public func fetchValues<T: SQLValueConvertible>(_ type: T.Type, _ sql: String,
                                                    _ arguments: SQLArguments = []) throws -> [T] {
        try fetchAll(sql, arguments).map { try $0.decode(T.self, at: 0) }
    }

    /// The first column of the first row; nil when there is no row or it holds NULL.
    public func fetchValue<T: SQLValueConvertible>(_ type: T.Type, _ sql: String,
                                                   _ arguments: SQLArguments = []) throws -> T? {
        guard let row = try fetchOne(sql, arguments), !row[0].isNull else { return nil }
        return try row.decode(T.self, at: 0)
    }

    public func exists(_ sql: String, _ arguments: SQLArguments = []) throws -> Bool {
        try fetchOne(sql, arguments) != nil
    }
}

/// A database of either engine: reads and one-transaction writes, each given a connection.
public protocol SQLEngine: Sendable {
    var dialect: SQLDialect { get }
    /// A consistent read: every statement in `body` sees the same committed state.
    func read<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T
    /// One business action: all of `body` commits or none of it. On PostgreSQL a collision with
    /// another writer runs `body` again, so it must not act outside the database.
    @discardableResult
    func write<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T
    /// One transaction on the caller's thread for a bulk load whose body carries its own
    /// state (the demo generator's counters); never run twice, so the database must have no
    /// other writer meanwhile.
    @discardableResult
    func bulkWrite<T: Sendable>(_ body: (any SQLConnection) throws -> T) throws -> T
    /// Statements outside a transaction (maintenance: vacuum, checkpoints).
    @discardableResult
    func withoutTransaction<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T
    func close() throws
}
