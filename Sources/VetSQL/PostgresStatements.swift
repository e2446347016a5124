import Foundation
import Logging
import NIOCore
import PostgresNIO

/// Statements on one PostgreSQL connection, waiting for each answer.
struct PostgresStatementConnection: SQLConnection {
    let connection: PostgresConnection
    let logger: Logger
    var dialect: SQLDialect { .postgresql }

    @discardableResult
    func execute(_ sql: String, _ arguments: SQLArguments) throws -> Int {
        try run(sql, arguments).metadata.rows ?? 0
    }

    func fetchAll(_ sql: String, _ arguments: SQLArguments) throws -> [SQLRow] {
        let result = try run(sql, arguments)
        guard let first = result.rows.first else { return [] }
        let columns = SQLColumns(first.map(\.columnName))
        return try result.rows.map { row in
            SQLRow(columns: columns, values: try row.map(PostgresValues.value))
        }
    }

    func executeScript(_ sql: String) throws {
        for statement in SQLScript.statements(sql) { _ = try run(statement, []) }
    }

    /// How long one statement may go unanswered before the connection is taken as lost: a
    /// network that dies silently would otherwise leave the terminal waiting for ever.
    static let answerDeadline = TimeAmount.seconds(30)

    private func run(_ sql: String, _ arguments: SQLArguments) throws -> PostgresQueryResult {
        guard !connection.isClosed else { throw PostgresFailures.lost }
        let query = PostgresQuery(unsafeSQL: dialect.prepared(sql), binds: PostgresValues.bindings(arguments))
        let connection = self.connection
        let watchdog = connection.eventLoop.scheduleTask(in: Self.answerDeadline) {
            connection.close().whenComplete { _ in }
        }
        defer { watchdog.cancel() }
        do {
            return try connection.query(query, logger: logger).wait()
        } catch {
            throw PostgresFailures.sorted(error, closed: connection.isClosed)
        }
    }
}

/// Converts between `SQLValue` and PostgreSQL's binary values.
enum PostgresValues {
    static func bindings(_ arguments: SQLArguments) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: arguments.values.count)
        for value in arguments.values {
            switch value {
            case .null: bindings.appendNull()
            case .integer(let number): bindings.append(number)
            case .real(let number): bindings.append(number)
            case .text(let text): bindings.append(text)
            case .blob(let data): bindings.append(ByteBuffer(bytes: data))
            }
        }
        return bindings
    }

    static func value(_ cell: PostgresCell) throws -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8, .oid: return .integer(try cell.decode(Int64.self))
        case .float4, .float8: return .real(try cell.decode(Double.self))
        case .bool: return .integer(try cell.decode(Bool.self) ? 1 : 0)
        case .bytea: return .blob(Data(try cell.decode(ByteBuffer.self).readableBytesView))
        case .numeric:
            // SUM() of integers is NUMERIC on PostgreSQL; pence stay integers.
            let decimal = try cell.decode(Decimal.self)
            var rounded = Decimal()
            var source = decimal
            NSDecimalRound(&rounded, &source, 0, .plain)
            if rounded == decimal, let whole = Int64(exactly: NSDecimalNumber(decimal: decimal).int64Value),
               Decimal(whole) == decimal {
                return .integer(whole)
            }
            return .real(NSDecimalNumber(decimal: decimal).doubleValue)
        default: return .text(try cell.decode(String.self))
        }
    }
}

enum PostgresFailures {
    static let lost = SQLFailure(.connectionLost, "the connection to the database server was lost")

    static func sorted(_ error: any Error, closed: Bool) -> SQLFailure {
        if let failure = error as? SQLFailure { return failure }
        guard let psql = error as? PSQLError else {
            return SQLFailure(closed ? .connectionLost : .other, "\(error)")
        }
        guard let state = psql.serverInfo?[.sqlState] else {
            if closed || [.serverClosedConnection, .connectionError, .uncleanShutdown].contains(psql.code) {
                return lost
            }
            return SQLFailure(.other, sentence(error))
        }
        let info = psql.serverInfo
        let constraint = info?[.constraintName]
        // A broken rule is put in SQLite's words, which the store turns into its sentences.
        let message = PostgresRuleWords.message(state: state, table: info?[.tableName], column: info?[.columnName],
                                                constraint: constraint, detail: info?[.detail])
            ?? info?[.message] ?? sentence(error)
        let kind: SQLFailure.Kind = switch state {
        case "23505": .uniqueViolation
        case "23503": .foreignKeyViolation
        case "23514": .checkViolation
        case "23502": .notNullViolation
        case "40001", "40P01": .serializationFailure
        case "P0001": .refusedByTrigger
        case "25006": .readOnly
        case "57P01", "57P02", "57P03", "08000", "08003", "08006": .connectionLost
        default: .other
        }
        return SQLFailure(kind, message, constraint: constraint)
    }

    /// A failed CHECK with the constraint's own expression in place of its name, read from the
    /// catalogue on the same connection once the failed transaction has been rolled back (the
    /// server sends only the name). Read when it happens rather than remembered when the schema is
    /// prepared, so it is right for any schema the connection sees; a failure that is not a CHECK,
    /// or a catalogue that cannot be read, is returned as it was.
    static func withCheckExpression(_ failure: SQLFailure, on statements: PostgresStatementConnection) -> SQLFailure {
        guard failure.kind == .checkViolation, let name = failure.constraint,
              let definition = try? statements.fetchValue(String.self, """
                  SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c
                  JOIN pg_namespace n ON n.oid = c.connamespace
                  WHERE c.conname = ? AND c.contype = 'c' AND n.nspname = current_schema()
                  ORDER BY c.oid LIMIT 1
                  """, [name])
        else { return failure }
        let expression = PostgresRuleWords.sqliteShape(definition)
        return SQLFailure(.checkViolation, "CHECK constraint failed: \(expression)", constraint: expression)
    }

    /// The server's own words where it sent any, otherwise the client's.
    static func sentence(_ error: any Error) -> String {
        if let psql = error as? PSQLError {
            if let message = psql.serverInfo?[.message] { return message }
            if let underlying = psql.underlying { return networkSentence(underlying) }
            return "\(psql.code)"
        }
        return networkSentence(error)
    }

    /// What a person can act on when the server cannot be reached: refused, unknown name, timed
    /// out, or the system's own words.
    static func networkSentence(_ error: any Error) -> String {
        let text = "\(error)"
        let lowered = text.lowercased()
        if lowered.contains("connection refused") || lowered.contains("econnrefused") {
            return "the server refused the connection (is PostgreSQL running and listening on that host and port?)"
        }
        if lowered.contains("unknown host") || lowered.contains("name or service not known")
            || lowered.contains("eai_noname") || lowered.contains("resolution") {
            return "the server's name could not be found (check the host in the address)"
        }
        if lowered.contains("timed out") || lowered.contains("timeout") {
            return "the server did not answer in time (check the network and the host)"
        }
        return text
    }
}
