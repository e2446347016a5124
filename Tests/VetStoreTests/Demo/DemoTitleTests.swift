import GRDB
import Testing
import VetCore
@testable import VetStore

/// The demo's titles agree with its forenames: no "Mr Freya Singh", no "Mrs Stephen Bennett".
@Suite("Demo titles")
struct DemoTitleTests {
    @Test("every demo forename is listed as a woman's, a man's, or either's, once")
    func everyForenameHasASex() {
        for name in DemoNames.firstNames {
            let lists = [DemoNames.femaleNames, DemoNames.maleNames, DemoNames.unisexNames].filter { $0.contains(name) }
            #expect(lists.count == 1, "\(name)")
        }
    }

    @Test("a drawn title is made to agree with the forename; Dr, Mx and none suit anyone", arguments: [
        ("Mr", "Freya", "Ms"), ("Mrs", "Stephen", "Mr"), ("Miss", "Oliver", "Mr"), ("Ms", "Omar", "Mr"),
        ("Mrs", "Freya", "Mrs"), ("Mr", "Stephen", "Mr"), ("Dr", "Freya", "Dr"), ("Mx", "Stephen", "Mx"),
        ("Mr", "Charlie", "Mr"), ("Miss", "Charlie", "Miss"),
    ])
    func titleAgrees(drawn: String, forename: String, title: String) {
        #expect(DemoNames.title(drawn, forename: forename) == title)
    }

    @Test("no client of the demo practice has a title of the other sex")
    func demoPracticeTitles() throws {
        let rows = try DemoFixture.rows(DemoFixture.shared(), "SELECT title, first_name FROM client WHERE title IS NOT NULL")
        #expect(rows.count > 50)
        for row in rows {
            let (title, first): (String, String) = (row["title"], row["first_name"])
            if DemoNames.femaleNames.contains(first) { #expect(title != "Mr", "\(title) \(first)") }
            if DemoNames.maleNames.contains(first) { #expect(!["Mrs", "Ms", "Miss"].contains(title), "\(title) \(first)") }
        }
        let titles = Set(rows.map { $0["title"] as String })
        #expect(titles.isSuperset(of: ["Mr", "Mrs", "Ms", "Miss", "Dr"]), "\(titles)")
    }
}
