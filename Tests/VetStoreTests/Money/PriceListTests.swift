import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Price list")
struct PriceListTests {
    private func item(_ code: String, _ name: String, pence: Int, kind: PriceItemKind = .service) -> PriceItemDetails {
        PriceItemDetails(code: code, name: name, kind: kind, unitPrice: Pence(pence), vatRate: .standard)
    }

    @Test("items are found by code or name prefix, exact code first, inactive ones left out", arguments: SQLDialect.allCases)
    func search(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        _ = try db.addPriceItem(item("cons", "Consultation", pence: 4_500), as: practice.manager)
        _ = try db.addPriceItem(item("CONS-X", "Extended consultation", pence: 7_000), as: practice.manager)
        let meloxicam = try db.addPriceItem(item("MEL15", "Meloxicam 1.5 mg/ml", pence: 411, kind: .medicine), as: practice.manager)
        _ = try db.addPriceItem(item("VAC", "Vaccination booster", pence: 3_800), as: practice.manager)
        #expect(try db.priceItems(matching: "cons").map(\.code) == ["CONS", "CONS-X"])
        #expect(try db.priceItems(matching: "melox").map(\.code) == ["MEL15"])
        #expect(try db.priceItems(matching: "v").map(\.name) == ["Vaccination booster"])
        #expect(try db.priceItems(matching: "%").isEmpty)
        _ = try db.deactivatePriceItem(id: try meloxicam.id.unwrapped("id"), expectedVersion: meloxicam.version, as: practice.manager)
        #expect(try db.priceItems(matching: "mel").isEmpty)
        #expect(try db.priceItems(matching: "mel", includeInactive: true).map(\.active) == [false])
    }

    @Test("a price change is saved unless someone changed the item first", arguments: SQLDialect.allCases)
    func updateWithConflict(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let added = try db.addPriceItem(item("CONS", "Consultation", pence: 4_500), as: practice.manager)
        let id = try added.id.unwrapped("id")
        let updated = try db.updatePriceItem(id: id, expectedVersion: 1, details: item("CONS", "Consultation", pence: 4_800),
                                             as: practice.manager)
        #expect(updated.unitPricePence == 4_800)
        #expect(updated.version == 2)
        let stale = refusal { _ = try db.updatePriceItem(id: id, expectedVersion: 1, details: item("CONS", "Consultation", pence: 1),
                                                         as: practice.manager) }
        #expect(stale.hasPrefix("Price-list item CONS was changed by Morgan Le Sueur (manager) on 3 Mar 2025"))
        #expect(try db.priceItems(matching: "CONS").first?.unitPricePence == 4_800)
    }

    @Test("bad entries, duplicate codes and non-managers are refused", arguments: SQLDialect.allCases)
    func refusals(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        _ = try db.addPriceItem(item("CONS", "Consultation", pence: 4_500), as: practice.manager)
        #expect(refusal { _ = try db.addPriceItem(item("cons", "Another", pence: 1), as: practice.manager) }
            == "code CONS is already used by Consultation")
        #expect(refusal { _ = try db.addPriceItem(item("X 1", "", pence: -1), as: practice.manager) }
            == "code 'X 1' must be 1 to 20 letters, digits or dashes\nname must not be empty\nunit price -£0.01 must not be negative")
        #expect(refusal { _ = try db.addPriceItem(item("NEW", "New", pence: 1), as: practice.vet) }
            == "A vet cannot edit the price list; ask a practice manager.")
    }
}
