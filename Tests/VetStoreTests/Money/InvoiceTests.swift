import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("Invoices")
struct InvoiceTests {
    @Test("finalising numbers invoices in sequence per year and puts the total on the account", arguments: SQLDialect.allCases)
    func finaliseNumbersInSequence(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("client id")
        #expect(billed.invoice.number == "INV-2025-00001")
        #expect(billed.invoice.status == .finalised)
        #expect(billed.invoice.issuedOn == TestPractice.standardDay)
        #expect(try practice.database.balance(clientID: clientID) == Pence(6_880))
        let second = try practice.database.draftInvoice(clientID: clientID, lines: [charge("Nail clip", pence: 1_000)],
                                                        as: practice.manager)
        let numbered = try practice.database.finaliseInvoice(id: try second.id.unwrapped("id"), expectedVersion: second.version,
                                                             as: practice.receptionist)
        #expect(numbered.number == "INV-2025-00002")
        #expect(numbered.grossPence == 1_200)
        let ledger = try practice.database.statement(clientID: clientID)
        #expect(ledger.map(\.entry.kind) == [.invoice, .invoice])
        #expect(ledger.map(\.invoiceNumbers) == [["INV-2025-00001"], ["INV-2025-00002"]])
    }

    @Test("VAT is rounded per line, so the invoice matches the sum of its printed lines", arguments: SQLDialect.allCases)
    func vatPerLine(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let invoice = try practice.database.draftInvoice(
            clientID: try client.id.unwrapped("id"),
            lines: [charge("Flea treatment", pence: 1_233), charge("Worming tablet", pence: 1_233)], as: practice.vet)
        // 246.6p rounds to 247p on each line: 494p, where VAT on the total would be 493p.
        #expect(invoice.vatPence == 494)
        #expect(invoice.grossPence == 2_466 + 494)
    }

    @Test("a finalised invoice is never edited or finalised again", arguments: SQLDialect.allCases)
    func finalisedInvoiceRefusesEdits(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let id = try billed.invoice.id.unwrapped("id")
        let edit = refusal {
            _ = try practice.database.updateDraftInvoice(id: id, expectedVersion: billed.invoice.version,
                                                         lines: [charge("Changed", pence: 1)], as: practice.manager)
        }
        #expect(edit.hasPrefix("invoice INV-2025-00001 is finalised and cannot be edited; a finalised invoice is never edited"))
        #expect(refusal { _ = try practice.database.finaliseInvoice(id: id, expectedVersion: billed.invoice.version,
                                                                    as: practice.manager) }
            .hasPrefix("invoice INV-2025-00001 is finalised and cannot be finalised again"))
        #expect(try practice.database.invoiceLines(invoiceID: id).count == 2)
    }

    @Test("a stale draft edit is refused, naming who saved first", arguments: SQLDialect.allCases)
    func staleDraftEdit(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let draft = try practice.database.draftInvoice(clientID: try client.id.unwrapped("id"),
                                                       lines: [charge("Spay", pence: 20_000)], as: practice.vet)
        let id = try draft.id.unwrapped("id")
        _ = try practice.database.updateDraftInvoice(id: id, expectedVersion: draft.version,
                                                     lines: [charge("Spay", pence: 18_000)], as: practice.vet)
        let message = refusal {
            _ = try practice.database.updateDraftInvoice(id: id, expectedVersion: draft.version,
                                                         lines: [charge("Spay", pence: 1)], as: practice.manager)
        }
        #expect(message.hasPrefix("The draft invoice was changed by Priya Shah (vet) on 3 Mar 2025 at 12:00 after you opened it"))
        #expect(try practice.database.invoice(id: id).netPence == 18_000)
        #expect(throws: StoreError.self) {
            _ = try practice.database.finaliseInvoice(id: id, expectedVersion: draft.version, as: practice.receptionist)
        }
    }

    @Test("bad lines, empty invoices and another client's pet are refused with the rule", arguments: SQLDialect.allCases)
    func badDrafts(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, _) = try practice.registerClientWithPet()
        let other = try practice.registerClient(firstName: "Ann", lastName: "Vibert", phone: "07797 123456")
        let othersPet = try practice.registerPet(name: "Rolo", clientID: try other.id.unwrapped("id"))
        let clientID = try client.id.unwrapped("id")
        #expect(refusal { _ = try practice.database.draftInvoice(clientID: clientID, lines: [charge("Refund", pence: -500)],
                                                                 as: practice.vet) }
            == "line 1: unit price -£5.00 must not be negative")
        #expect(refusal { _ = try practice.database.draftInvoice(clientID: clientID,
                                                                 lines: [charge("Pills", pence: 100), charge(" ", pence: 100, quantity: 0)],
                                                                 as: practice.vet) }
            == "line 2: description must not be empty")
        #expect(refusal { _ = try practice.database.draftInvoice(clientID: clientID,
                                                                 lines: [charge("Bath", pence: 100, petID: othersPet.id)],
                                                                 as: practice.vet) }
            == "Rolo does not belong to Mrs Zoë Le Brun, so cannot be on their invoice")
        #expect(refusal { _ = try practice.database.draftInvoice(clientID: clientID, lines: [], as: practice.vet) }
            == "a draft invoice needs at least one line; pick what is being sold from the price list")
        let draft = try practice.database.draftInvoice(clientID: clientID, lines: [charge("Bath", pence: 100)], as: practice.vet)
        let emptied = try practice.database.updateDraftInvoice(id: try draft.id.unwrapped("id"), expectedVersion: draft.version,
                                                               lines: [], as: practice.vet)
        #expect(refusal { _ = try practice.database.finaliseInvoice(id: try emptied.id.unwrapped("id"),
                                                                    expectedVersion: emptied.version, as: practice.receptionist) }
            == "an invoice with no lines cannot be finalised; add what was charged first")
    }

    @Test("roles: a vet cannot finalise, only a manager reverses", arguments: SQLDialect.allCases)
    func invoicePermissions(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let draft = try practice.database.draftInvoice(clientID: clientID, lines: [charge("Bath", pence: 100)], as: practice.vet)
        #expect(refusal { _ = try practice.database.finaliseInvoice(id: try draft.id.unwrapped("id"), expectedVersion: 1,
                                                                    as: practice.vet) }
            == "A vet cannot finalise an invoice; ask a receptionist or a practice manager.")
        #expect(refusal { _ = try practice.database.reverseInvoice(id: try billed.invoice.id.unwrapped("id"), reason: "Wrong pet",
                                                                   as: practice.receptionist) }
            == "A receptionist cannot reverse an invoice; ask a practice manager.")
    }

    @Test("reversing a finalised invoice cancels its amount on the account and keeps the invoice", arguments: SQLDialect.allCases)
    func reverseInvoice(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let billed = try practice.billedConsultation()
        let clientID = try billed.client.id.unwrapped("id")
        let id = try billed.invoice.id.unwrapped("id")
        #expect(refusal { _ = try practice.database.reverseInvoice(id: id, reason: "  ", as: practice.manager) }
            == "reason for reversal must not be empty")
        let reversed = try practice.database.reverseInvoice(id: id, reason: "Billed to the wrong client", as: practice.manager)
        #expect(reversed.status == .reversed)
        #expect(reversed.number == "INV-2025-00001")
        #expect(try practice.database.balance(clientID: clientID) == .zero)
        let last = try practice.database.statement(clientID: clientID).last.unwrapped("reversal entry")
        #expect(last.entry.kind == .reversal)
        #expect(last.entry.note == "Billed to the wrong client")
        #expect(refusal { _ = try practice.database.reverseInvoice(id: id, reason: "Again", as: practice.manager) }
            == "invoice INV-2025-00001 is already reversed")
    }
}
