import Foundation
import VetSQL
import VetCore

/// Removing drafts that will never be finalised, so no empty or abandoned bill waits at checkout.
extension AppDatabase {
    /// Deletes a draft nobody will finalise: an abandoned counter sale, or a draft left empty.
    /// A draft billing a consultation's treatments is kept, so that care given is not left unbilled.
    public func deleteDraftInvoice(id: Int64, expectedVersion: Int, as user: StaffSession) throws {
        let now = self.now
        try perform(.draftInvoice, as: user) { db in
            let invoice = try db.fetchRecord(Invoice.self, id: id).orThrow("invoice")
            try InvoiceRules.checkDraft(invoice, action: "deleted")
            let billed = try db.fetchValue(Int.self, """
                SELECT COUNT(*) FROM invoice_line WHERE invoice_id = ? AND treatment_line_id IS NOT NULL
                """, [id]) ?? 0
            guard billed == 0 else {
                throw StoreError.refused("the draft bills \(billed) treatment\(billed == 1 ? "" : "s") from a consultation; "
                    + "finalise it, or have the vet correct the consultation's treatments")
            }
            try Versioning.advance(db, table: "invoice", id: id, expectedVersion: expectedVersion, at: now,
                                   by: user.userID, record: "The draft invoice")
            try db.execute("DELETE FROM invoice WHERE id = ?", [id])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "delete draft invoice", recordType: "invoice",
                                  recordID: id, clientID: invoice.clientId, detail: invoice.gross.formatted)
        }
    }
}
