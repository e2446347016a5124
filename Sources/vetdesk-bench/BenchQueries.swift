import VetCore
import VetSQL

/// One kind of front-desk query and the values typed for it, taken from the database.
struct BenchQueryKind {
    var name: String
    var queries: [String]
}

/// Picks sample values of every kind from the practice, spread across it by id.
enum BenchQueries {
    static func kinds(shell: any EngineShell, samples: Int) throws -> [BenchQueryKind] {
        func column(_ sql: String) throws -> [String] { try shell.values(sql + " LIMIT \(samples)") }
        let active = "status = 'active' AND id % 97 = 0"
        let surnames = try column("SELECT last_name FROM client WHERE \(active)")
        let fullNames = try column("SELECT first_name || ' ' || last_name FROM client WHERE \(active)")
        let nonASCII = shell.dialect == .sqlite ? "GLOB '*[^ -~]*'" : "~ '[^ -~]'"
        let accented = try column("""
            SELECT first_name || ' ' || last_name FROM client
            WHERE status = 'active' AND (first_name || last_name) \(nonASCII) AND id % 7 = 0
            """).map(SearchText.fold)
        let pets = try column("SELECT name FROM pet WHERE id % 89 = 0")
        let mobiles = try column("""
            SELECT p.digits FROM client_phone p WHERE p.id % 89 = 0 AND p.digits LIKE '07%'
            """)
        let postcodes = try column("SELECT postcode FROM client WHERE \(active) AND postcode <> ''")
        let emails = try column("SELECT email FROM client WHERE \(active) AND email IS NOT NULL")
        let chips = try column("SELECT microchip FROM pet WHERE microchip IS NOT NULL AND id % 89 = 0")
        return [
            BenchQueryKind(name: "surname", queries: surnames),
            BenchQueryKind(name: "forename surname", queries: fullNames),
            BenchQueryKind(name: "accented name, typed plain", queries: accented),
            BenchQueryKind(name: "pet name", queries: pets),
            BenchQueryKind(name: "phone 07700 900123", queries: mobiles.map { "\($0.prefix(5)) \($0.dropFirst(5))" }),
            BenchQueryKind(name: "phone 07700900123", queries: mobiles),
            BenchQueryKind(name: "phone +44 7700 900123", queries: mobiles.map { "+44 \($0.dropFirst().prefix(4)) \($0.dropFirst(5))" }),
            BenchQueryKind(name: "postcode with space", queries: postcodes),
            BenchQueryKind(name: "postcode without space", queries: postcodes.map { $0.replacingOccurrences(of: " ", with: "") }),
            BenchQueryKind(name: "email", queries: emails),
            BenchQueryKind(name: "microchip", queries: chips),
        ]
    }
}
