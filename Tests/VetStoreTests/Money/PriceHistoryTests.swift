import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Price history")
struct PriceHistoryTests {
    private func item(_ code: String, _ name: String, pence: Int, vat: VATRate = .standard, kind: PriceItemKind = .service,
                      drugClass: DrugClass? = nil) -> PriceItemDetails {
        PriceItemDetails(code: code, name: name, kind: kind, unitPrice: Pence(pence), vatRate: vat, drugClass: drugClass)
    }

    @Test("a dated price change applies from its day: the list, the picker and a visit before it keep the old price", arguments: SQLDialect.allCases)
    func datedChange(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let added = try db.addPriceItem(item("CONS", "Consultation", pence: 4_500), as: practice.manager)
        let id = try added.id.unwrapped("id")
        let from = day(2025, 4, 1)
        let saved = try db.updatePriceItem(id: id, expectedVersion: added.version,
                                           details: item("CONS", "Consultation", pence: 4_800, vat: .reduced),
                                           priceFrom: from, as: practice.manager)
        #expect(saved.unitPricePence == 4_500)
        #expect(try db.priceItems(matching: "cons").first?.unitPricePence == 4_500)
        #expect(try db.priceList(on: day(2025, 3, 31)).first?.unitPricePence == 4_500)
        let april = try db.priceList(on: from).first
        #expect(april?.unitPricePence == 4_800)
        #expect(april?.vatRate == .reduced)
        #expect(try db.priceHistory(itemID: id).map { [$0.effectiveFrom.iso, $0.unitPrice.plain, $0.vatRate.formatted] }
            == [["2025-03-03", "45.00", "20%"], ["2025-04-01", "48.00", "5%"]])
        let later = try practice.reopened(on: from)
        #expect(try later.priceItems(matching: "CONS").first?.unitPricePence == 4_800)
        #expect(try practice.auditActions().suffix(2) == ["add price item", "change price item"])
    }

    @Test("finalised invoices keep the prices they were issued at when the price changes", arguments: SQLDialect.allCases)
    func oldInvoicesKeepPrices(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let added = try db.addPriceItem(item("NAIL", "Nail clip", pence: 1_500), as: practice.manager)
        let id = try added.id.unwrapped("id")
        let (client, pet) = try practice.registerClientWithPet()
        let picked = try db.priceItems(matching: "nail").first.unwrapped("nail clip")
        let line = ChargeLine(petID: pet.id, value: InvoiceLineValue(description: picked.name, quantity: 1,
                                                                     unitPrice: picked.unitPrice, vatRate: picked.vatRate),
                              priceItemID: picked.id)
        let draft = try db.draftInvoice(clientID: try client.id.unwrapped("client"), lines: [line], as: practice.receptionist)
        let invoice = try db.finaliseInvoice(id: try draft.id.unwrapped("invoice"), expectedVersion: draft.version,
                                             as: practice.receptionist)
        try db.updatePriceItem(id: id, expectedVersion: added.version, details: item("NAIL", "Nail clip", pence: 1_900),
                               as: practice.manager)
        let lines = try db.invoiceLines(invoiceID: try invoice.id.unwrapped("invoice"))
        #expect(lines.map(\.unitPricePence) == [1_500])
        #expect(lines.map(\.priceItemId) == [id])
        #expect(try db.invoice(id: try invoice.id.unwrapped("invoice")).gross == Pence(1_800))
        #expect(try db.priceItems(matching: "nail").first?.unitPricePence == 1_900)
    }

    @Test("retired items leave the picker but stay on the list; they can be put back", arguments: SQLDialect.allCases)
    func retire(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let added = try db.addPriceItem(item("EARDR", "Otic ear drops", pence: 1_850, kind: .medicine), as: practice.manager)
        let id = try added.id.unwrapped("id")
        let retired = try db.retirePriceItem(id: id, expectedVersion: added.version, as: practice.manager)
        #expect(try db.priceItems(matching: "drops").isEmpty)
        #expect(try db.priceList(includeRetired: false).isEmpty)
        #expect(try db.priceList().map(\.active) == [false])
        #expect(refusal { _ = try db.retirePriceItem(id: id, expectedVersion: retired.version, as: practice.manager) }
            == "EARDR Otic ear drops is already retired")
        try db.reinstatePriceItem(id: id, expectedVersion: retired.version, as: practice.manager)
        #expect(try db.priceItems(matching: "drops").map(\.code) == ["EARDR"])
        #expect(try practice.auditActions().suffix(2) == ["retire price item", "reinstate price item"])
    }

    @Test("the picker matches any word of the name or code, whatever the case or accents", arguments: SQLDialect.allCases)
    func anyWord(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        _ = try db.addPriceItem(item("CONS", "Consultation", pence: 4_850), as: practice.manager)
        _ = try db.addPriceItem(item("RECHK", "Repeat consultation", pence: 3_200), as: practice.manager)
        _ = try db.addPriceItem(item("EARDR", "Otic ear drops 17.5 ml", pence: 1_850, kind: .medicine), as: practice.manager)
        _ = try db.addPriceItem(item("AMOXC", "Amoxicillin-clavulanate 250 mg", pence: 120, kind: .medicine), as: practice.manager)
        _ = try db.addPriceItem(item("CREME", "Crème apaisante", pence: 900, kind: .medicine), as: practice.manager)
        #expect(try db.priceItems(matching: "drops").map(\.code) == ["EARDR"])
        #expect(try db.priceItems(matching: "cons").map(\.code) == ["CONS", "RECHK"])
        #expect(try db.priceItems(matching: "CLAV").map(\.code) == ["AMOXC"])
        #expect(try db.priceItems(matching: "creme").map(\.code) == ["CREME"])
        #expect(try db.priceItems(matching: "ear drops").map(\.code) == ["EARDR"])
        #expect(try db.priceItems(matching: "rech").map(\.code) == ["RECHK"])
        #expect(try db.priceItems(matching: "ear cons").isEmpty)
    }

    @Test("non-managers, past dates, classes on services and bad fields are refused with the field and the rule", arguments: SQLDialect.allCases)
    func refusals(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let added = try db.addPriceItem(item("CONS", "Consultation", pence: 4_500), as: practice.manager)
        let id = try added.id.unwrapped("id")
        for user in [practice.vet, practice.receptionist] {
            let who = user.role == .vet ? "A vet" : "A receptionist"
            #expect(refusal { _ = try db.addPriceItem(item("NEW", "New", pence: 1), as: user) }
                == "\(who) cannot edit the price list; ask a practice manager.")
            #expect(refusal { _ = try db.updatePriceItem(id: id, expectedVersion: 1, details: item("CONS", "C", pence: 1), as: user) }
                == "\(who) cannot edit the price list; ask a practice manager.")
            #expect(refusal { _ = try db.retirePriceItem(id: id, expectedVersion: 1, as: user) }
                == "\(who) cannot edit the price list; ask a practice manager.")
        }
        #expect(refusal { _ = try db.updatePriceItem(id: id, expectedVersion: 1, details: item("CONS", "Consultation", pence: 1),
                                                     priceFrom: day(2025, 3, 2), as: practice.manager) }
            == "price from 2025-03-02 is in the past; a new price takes effect from today (2025-03-03) or later")
        #expect(refusal { _ = try db.addPriceItem(item("X", "X", pence: 1, drugClass: .nsaids), as: practice.manager) }
            == "drug class NSAIDs is only for medicines; make the kind medicine or leave the class empty")
        #expect(try db.priceHistory(itemID: id).count == 1)
    }
}
