import Foundation
import Testing
@testable import VetSQL

/// Records map camelCase properties to snake_case columns on both engines.
@Suite("Records")
struct RecordTests {
    enum Kind: String, Codable, SQLValueConvertible { case dog, cat }

    struct Animal: SQLIdentifiedRecord, Equatable {
        static let tableName = "animal"
        var id: Int64?
        var ownerName: String
        var addressLine1: String?
        var kind: Kind
        var neutered: Bool
        var bornAt: Date
    }

    static func createAnimals(_ db: any SQLConnection) throws {
        let t = db.dialect
        try db.executeScript("""
            CREATE TABLE animal (id \(t.autoIncrementPrimaryKey), owner_name \(t.type(.text)) NOT NULL,
                address_line1 \(t.type(.text)), kind \(t.type(.text)) NOT NULL CHECK (kind IN ('dog', 'cat')),
                neutered \(t.type(.integer)) NOT NULL, born_at \(t.type(.text)) NOT NULL)
            """)
    }

    @Test("insert assigns an id; fetch and update read and write every column", arguments: SQLDialect.allCases)
    func insertFetchUpdate(_ dialect: SQLDialect) throws {
        try TestEngines.with(dialect) { engine in
            let born = Date(timeIntervalSince1970: 1_600_000_000.5)
            let inserted = try engine.write { db in
                try Self.createAnimals(db)
                return try db.inserted(Animal(id: nil, ownerName: "Zoë Smith", addressLine1: nil, kind: .cat,
                                            neutered: true, bornAt: born))
            }
            let id = try #require(inserted.id)
            var fetched = try #require(try engine.read { db in try db.fetchRecord(Animal.self, id: id) })
            #expect(fetched == inserted)
            fetched.addressLine1 = "1 Rue de Haut"
            fetched.kind = .dog
            try engine.write { [fetched] db in try db.update(fetched) }
            let again = try engine.read { db in
                try db.fetchRecords(Animal.self, "SELECT * FROM animal WHERE address_line1 = ?", ["1 Rue de Haut"])
            }
            #expect(again == [fetched])
        }
    }

    @Test("a column holding the wrong kind of value is reported by name")
    func decodingFailureNamesColumn() throws {
        try TestEngines.with(.sqlite) { engine in
            let failure = try engine.write { db -> SQLFailure? in
                try Self.createAnimals(db)
                try db.execute("INSERT INTO animal (owner_name, kind, neutered, born_at) VALUES ('A', 'dog', 1, 'soon')")
                do {
                    _ = try db.fetchRecords(Animal.self, "SELECT * FROM animal")
                    return nil
                } catch { return error as? SQLFailure }
            }
            #expect(failure?.message.contains("born_at") == true)
        }
    }

    @Test("property names become the columns practice files already have")
    func snakeCase() {
        #expect(ColumnName.snakeCase("addressLine1") == "address_line1")
        #expect(ColumnName.snakeCase("clientId") == "client_id")
        #expect(ColumnName.snakeCase("objectsToMarketing") == "objects_to_marketing")
        #expect(ColumnName.snakeCase("id") == "id")
        #expect(ColumnName.snakeCase("vatNumberURL") == "vat_number_url")
        // The ASCII path and the character-by-character rule agree.
        for key in ["addressLine1", "clientId", "URLValue", "petID2Name", "id", "a", "A", "ABC", "followUpOf", "x9Y", "arrivedAt"] {
            #expect(ColumnName.snakeCase(key) == ColumnName.unicodeSnakeCase(key), "\(key)")
        }
        #expect(ColumnName.snakeCase("größeWert") == "größe_wert")
    }
}
