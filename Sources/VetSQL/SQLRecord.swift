/// A stored record: a Codable struct whose camelCase properties are the table's snake_case
/// columns.
public protocol SQLRecord: Codable, Sendable {
    static var tableName: String { get }
}

/// A record whose `id` the database assigns on insert.
public protocol SQLIdentifiedRecord: SQLRecord {
    var id: Int64? { get set }
}

extension SQLConnection {
    /// Inserts the record (a nil `id` is left for the database to assign) and returns its id.
    @discardableResult
    public func insert<R: SQLRecord>(_ record: R) throws -> Int64 {
        let columns = try RecordEncoder.columns(of: record).filter { $0.name != "id" || !$0.value.isNull }
        let names = columns.map(\.name).joined(separator: ", ")
        let placeholders = SQLList.placeholders(columns.count)
        let sql = "INSERT INTO \(R.tableName) (\(names)) VALUES (\(placeholders)) RETURNING id"
        guard let id = try fetchValue(Int64.self, sql, SQLArguments(columns.map(\.value))) else {
            throw SQLFailure(.other, "inserting into \(R.tableName) gave no id")
        }
        return id
    }

    /// Inserts the record and returns it with the id the database gave it.
    public func inserted<R: SQLIdentifiedRecord>(_ record: R) throws -> R {
        var saved = record
        saved.id = try insert(record)
        return saved
    }

    /// Writes every column of the record with id `id`.
    public func update<R: SQLRecord>(_ record: R, id: Int64) throws {
        let columns = try RecordEncoder.columns(of: record).filter { $0.name != "id" }
        let assignments = columns.map { "\($0.name) = ?" }.joined(separator: ", ")
        try execute("UPDATE \(R.tableName) SET \(assignments) WHERE id = ?",
                    SQLArguments(columns.map(\.value) + [.integer(id)]))
    }

    /// Writes every column of a record that has an id.
    public func update<R: SQLIdentifiedRecord>(_ record: R) throws {
        guard let id = record.id else { throw SQLFailure(.other, "a \(R.tableName) record without an id cannot be updated") }
        try update(record, id: id)
    }

    public func fetchRecords<R: SQLRecord>(_ type: R.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> [R] {
        try fetchAll(sql, arguments).map { try RecordDecoder.decode(R.self, from: $0) }
    }

    public func fetchRecord<R: SQLRecord>(_ type: R.Type, _ sql: String, _ arguments: SQLArguments = []) throws -> R? {
        try fetchOne(sql, arguments).map { try RecordDecoder.decode(R.self, from: $0) }
    }

    public func fetchRecord<R: SQLRecord>(_ type: R.Type, id: Int64) throws -> R? {
        try fetchRecord(R.self, "SELECT * FROM \(R.tableName) WHERE id = ?", [id])
    }
}

/// camelCase → snake_case as Foundation's JSON coders convert keys ("addressLine1" → "address_line1"),
/// so that names match the columns practice files already have.
enum ColumnName {
    /// Every property of every decoded row comes through here, so a property name in ASCII (all
    /// of them) is converted byte by byte: asking Unicode for each character's case was most of
    /// the cost of reading a day of the diary.
    static func snakeCase(_ key: String) -> String {
        let bytes = Array(key.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return unicodeSnakeCase(key) }
        guard bytes.contains(where: ASCII.isUpper) else { return key }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        var previousWasLowercaseOrDigit = false
        for (index, byte) in bytes.enumerated() {
            if ASCII.isUpper(byte) {
                let nextIsLowercase = index + 1 < bytes.count && ASCII.isLower(bytes[index + 1])
                let startsWord = previousWasLowercaseOrDigit || (nextIsLowercase && index > 0 && ASCII.isUpper(bytes[index - 1]))
                if startsWord, !result.isEmpty { result.append(UInt8(ascii: "_")) }
                result.append(byte + 32)
                previousWasLowercaseOrDigit = false
            } else {
                result.append(byte)
                previousWasLowercaseOrDigit = ASCII.isLower(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private enum ASCII {
        static func isUpper(_ byte: UInt8) -> Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) }
        static func isLower(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) }
    }

    /// The same rule for a name outside ASCII, character by character.
    static func unicodeSnakeCase(_ key: String) -> String {
        guard key.contains(where: \.isUppercase) else { return key }
        var result = ""
        var previousWasLowercaseOrDigit = false
        let characters = Array(key)
        for (index, character) in characters.enumerated() {
            if character.isUppercase {
                let nextIsLowercase = index + 1 < characters.count && characters[index + 1].isLowercase
                let startsWord = previousWasLowercaseOrDigit
                    || (nextIsLowercase && index > 0 && characters[index - 1].isUppercase)
                if startsWord, !result.isEmpty { result.append("_") }
                result += character.lowercased()
                previousWasLowercaseOrDigit = false
            } else {
                result.append(character)
                previousWasLowercaseOrDigit = character.isLowercase || character.isNumber
            }
        }
        return result
    }
}

extension SQLRow {
    /// The record this row holds, for a query that joins extra columns (names, totals) to a
    /// record's own: those are left for the caller to read.
    public func decodeRecord<R: Decodable>(_ type: R.Type) throws -> R {
        try RecordDecoder.decode(R.self, from: self)
    }
}
