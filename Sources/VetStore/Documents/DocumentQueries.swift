import Foundation
import GRDB
import VetSQL
import VetCore

/// Reading what printed documents show, the printer settings, and logging each printout.
extension AppDatabase {
    /// The VAT number, printer and paper, and the version a save must match.
    public func documentSettings() throws -> (settings: DocumentSettings, version: Int) {
        try read { db in try DocumentSettingsRow.current(db) }
    }

    /// Saves the VAT number, printer and paper (a manager's settings) unless someone changed them first.
    public func updateDocumentSettings(_ settings: DocumentSettings, expectedVersion: Int, as user: StaffSession) throws {
        do { try settings.validate() } catch { throw StoreError.invalid(error) }
        let now = self.now
        try perform(.editSettings, as: user) { db in
            let changed = try db.execute("""
                UPDATE document_settings SET vat_number = ?, printer = ?, paper = ?, version = version + 1,
                    updated_at = ?, updated_by = ? WHERE id = 1 AND version = ?
                """, [settings.vatNumber, settings.printer, settings.paper.rawValue, now, user.userID, expectedVersion])
            if changed == 0 {
                throw try OptimisticLock.conflict(db, table: "document_settings", id: 1, record: "The printer settings")
            }
            try AuditTrail.record(db, at: now, userID: user.userID, action: "change printer settings",
                                  recordType: "practice", recordID: 1, clientID: nil,
                                  detail: "printer \(settings.printer.isEmpty ? "system default" : settings.printer), "
                                      + "paper \(settings.paper.rawValue)")
        }
    }

    /// A finalised (or reversed) invoice found by its number, with its lines, the payments
    /// allocated to it and what is outstanding.
    public func invoiceDocument(number: String, as user: StaffSession) throws -> InvoiceDocumentData {
        let typed = number.trimmingCharacters(in: .whitespaces)
        let found = try read { db in try db.fetchRecord(Invoice.self, "SELECT * FROM invoice WHERE number = ?", [typed]) }
        guard let id = found?.id else {
            throw StoreError.notFound("invoice: no invoice is numbered '\(typed)' (drafts have no number and cannot be printed)")
        }
        return try invoiceDocument(id: id, as: user)
    }

    /// A finalised (or reversed) invoice with its lines, the payments allocated to it and what is outstanding.
    public func invoiceDocument(id: Int64, as user: StaffSession) throws -> InvoiceDocumentData {
        try user.require(.viewClient)
        let today = self.today
        return try read { db in
            let invoice = try db.fetchRecord(Invoice.self, id: id).orThrow("invoice")
            guard invoice.status != .draft else {
                throw StoreError.refused("a draft invoice cannot be printed; finalise it first")
            }
            let client = try db.fetchRecord(Client.self, id: invoice.clientId).orThrow("client")
            let lines = try db.fetchRecords(InvoiceLine.self, "SELECT * FROM invoice_line WHERE invoice_id = ? ORDER BY id", [id])
            let payments = try db.fetchAll("""
                SELECT a.credit_entry_id, SUM(a.amount_pence) AS amount FROM allocation a
                JOIN ledger_entry e ON e.id = a.credit_entry_id WHERE a.invoice_id = ?
                GROUP BY a.credit_entry_id, e.entry_on, e.id ORDER BY e.entry_on, e.id
                """, [id]).map { row in
                    InvoicePayment(entry: try db.fetchRecord(LedgerEntry.self, id: try row.decode(Int64.self, "credit_entry_id"))
                                       .orThrow("payment"),
                                   amount: try row.decode(Pence.self, "amount"))
                }
            var petNames: [Int64: String] = [:]
            for petID in Set(lines.compactMap(\.petId)) {
                if let name = try db.fetchValue(String.self, "SELECT name FROM pet WHERE id = ?", [petID]) { petNames[petID] = name }
            }
            return InvoiceDocumentData(sender: try DocumentSettingsRow.sender(db), client: client,
                                       standing: try AccountReading.standing(db, invoice), lines: lines, payments: payments,
                                       petNames: petNames, accountBalance: try LedgerPosting.balance(db, clientID: client.id ?? 0),
                                       printedOn: today)
        }
    }

    /// The client's statement as `accountStatement` reads it, with who it comes from.
    public func statementDocument(clientID: Int64, as user: StaffSession) throws -> StatementDocumentData {
        let statement = try accountStatement(clientID: clientID, as: user)
        return StatementDocumentData(sender: try read { db in try DocumentSettingsRow.sender(db) }, statement: statement)
    }

    /// Logs a document about `clientID` sent to a printer or written to a file: the export log
    /// (paper and files both leave the database) and the audit trail.
    public func recordPrintout(clientID: Int64, document: String, location: String, as user: StaffSession) throws {
        let now = self.now
        try perform(.viewClient, as: user) { db in
            try ExportLog.record(db, kind: .printout, location: location, at: now, by: user.userID, clientIDs: [clientID])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "print", recordType: "client",
                                  recordID: clientID, clientID: clientID, detail: "\(document) to \(location)")
        }
    }
}

/// The single document_settings row.
enum DocumentSettingsRow {
    static func current(_ db: any SQLConnection) throws -> (settings: DocumentSettings, version: Int) {
        guard let row = try db.fetchOne("SELECT vat_number, printer, paper, version FROM document_settings WHERE id = 1") else {
            return (DocumentSettings(), 0)
        }
        let paper = PaperSize(rawValue: try row.decode(String.self, "paper")) ?? .a4
        let settings = DocumentSettings(vatNumber: try row.decode(String.self, "vat_number"),
                                        printer: try row.decode(String.self, "printer"), paper: paper)
        return (settings, try row.decode(Int.self, "version"))
    }

    static func sender(_ db: any SQLConnection) throws -> DocumentSender {
        let practice = try PracticeSettingsRow.current(db)
        return DocumentSender(name: practice.name, address: practice.address, vatNumber: try current(db).settings.vatNumber)
    }
}
