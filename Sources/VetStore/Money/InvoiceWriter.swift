import Foundation
import VetSQL
import VetCore

/// The shared steps of building an invoice: its lines, its totals (always the sums of its
/// lines, so a printed invoice adds up) and its number.
enum InvoiceWriter {
    static func newDraft(_ db: any SQLConnection, clientID: Int64, consultationID: Int64?, site: Int64, at now: Date,
                         by userID: Int64) throws -> Invoice {
        var invoice = Invoice(id: nil, clientId: clientID, consultationId: consultationID, number: nil, status: .draft,
                              issuedOn: nil, netPence: 0, vatPence: 0, grossPence: 0, createdAt: now, version: 1,
                              updatedAt: now, updatedBy: userID, siteId: site)
        invoice.id = try db.insert(invoice)
        return invoice
    }

    /// Adds lines to an invoice; `treatmentLineIDs`, when given, links each line to the treatment it bills.
    static func addLines(_ db: any SQLConnection, invoiceID: Int64, _ lines: [ChargeLine], treatmentLineIDs: [Int64?] = []) throws {
        for (index, line) in lines.enumerated() {
            let value = line.value
            let row = InvoiceLine(id: nil, invoiceId: invoiceID, petId: line.petID,
                                  treatmentLineId: index < treatmentLineIDs.count ? treatmentLineIDs[index] : line.treatmentLineID,
                                  description: value.description, quantity: value.quantity,
                                  unitPricePence: value.unitPrice.value, vatBasisPoints: value.vatRate.basisPoints,
                                  netPence: value.net.value, vatPence: value.vat.value, treatedOn: line.treatedOn,
                                  priceItemId: line.priceItemID, allergyReason: line.allergyReason)
            try db.insert(row)
        }
    }

    /// Rewrites the stored totals from the lines and returns the invoice as it now stands.
    static func refreshTotals(_ db: any SQLConnection, invoiceID: Int64) throws -> Invoice {
        let lines = try db.fetchRecords(InvoiceLine.self, "SELECT * FROM invoice_line WHERE invoice_id = ?", [invoiceID])
        let totals = InvoiceTotals(lines: lines.map(\.value))
        try db.execute("UPDATE invoice SET net_pence = ?, vat_pence = ?, gross_pence = ? WHERE id = ?",
                       [totals.net.value, totals.vat.value, totals.gross.value, invoiceID])
        return try db.fetchRecord(Invoice.self, id: invoiceID).orThrow("invoice")
    }

    /// The next number of `year`: INV-2025-00001, INV-2025-00002 …
    static func nextNumber(_ db: any SQLConnection, year: Int) throws -> String {
        let prefix = "INV-\(year)-"
        let last = try db.fetchValue(String.self, """
            SELECT number FROM invoice WHERE number LIKE ? ORDER BY number DESC LIMIT 1
            """, [prefix + "%"])
        let next = (last.flatMap { Int($0.dropFirst(prefix.count)) } ?? 0) + 1
        let digits = String(next)
        return prefix + String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// "invoice INV-2025-00007" or "the draft invoice" when it has no number yet.
    static func name(_ invoice: Invoice) -> String {
        invoice.number.map { "invoice \($0)" } ?? "the draft invoice"
    }
}

extension InvoiceLine {
    /// The line as it is given back when a draft is edited, keeping its pet, date and treatment.
    public var chargeLine: ChargeLine {
        ChargeLine(petID: petId, value: value, treatedOn: treatedOn, treatmentLineID: treatmentLineId,
                   priceItemID: priceItemId, allergyReason: allergyReason)
    }

    /// The line as the domain's priced value.
    public var value: InvoiceLineValue {
        InvoiceLineValue(description: description, quantity: quantity, unitPrice: Pence(unitPricePence),
                         vatRate: VATRate(basisPoints: vatBasisPoints))
    }
}
