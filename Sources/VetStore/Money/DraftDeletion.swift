import Foundation
import GRDB
import VetCore

/// Removing drafts that will never be finalised, so no empty or abandoned bill waits at checkout.
extension AppDatabase {
    /// Deletes a draft nobody will finalise: an abandoned counter sale, or a draft left empty.
    /// A draft billing a consultation's treatments is kept, so that care given is not left unbilled.
    public func deleteDraftInvoice(id: Int64, expectedVersion: Int, as user: StaffSession) throws {
        let now = self.now
        try perform(.draftInvoice, as: user) { db in
            let invoice = try Invoice.fetchOne(db, key: id).orThrow("invoice")
            try InvoiceRules.checkDraft(invoice, action: "deleted")
            let billed = try InvoiceLine.filter(Column("invoice_id") == id).filter(Column("treatment_line_id") != nil).fetchCount(db)
            guard billed == 0 else {
                throw StoreError.refused("the draft bills \(billed) treatment\(billed == 1 ? "" : "s") from a consultation; "
                    + "finalise it, or have the vet correct the consultation's treatments")
            }
            try Versioning.advance(db, table: "invoice", id: id, expectedVersion: expectedVersion, at: now,
                                   by: user.userID, record: "The draft invoice")
            try db.execute(sql: "DELETE FROM invoice WHERE id = ?", arguments: [id])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "delete draft invoice", recordType: "invoice",
                                  recordID: id, clientID: invoice.clientId, detail: invoice.gross.formatted)
        }
    }
}
