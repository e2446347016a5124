import Foundation
import GRDB
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
            try db.execute(sql: """
                UPDATE document_settings SET vat_number = ?, printer = ?, paper = ?, version = version + 1,
                    updated_at = ?, updated_by = ? WHERE id = 1 AND version = ?
                """, arguments: [settings.vatNumber, settings.printer, settings.paper.rawValue, now, user.userID,
                                 expectedVersion])
            if db.changesCount == 0 {
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
        let found = try read { db in try Invoice.filter(Column("number") == typed).fetchOne(db) }
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
            let invoice = try Invoice.fetchOne(db, key: id).orThrow("invoice")
            guard invoice.status != .draft else {
                throw StoreError.refused("a draft invoice cannot be printed; finalise it first")
            }
            let client = try Client.fetchOne(db, key: invoice.clientId).orThrow("client")
            let lines = try InvoiceLine.filter(Column("invoice_id") == id).order(Column("id")).fetchAll(db)
            let payments = try Row.fetchAll(db, sql: """
                SELECT a.credit_entry_id, SUM(a.amount_pence) AS amount FROM allocation a
                JOIN ledger_entry e ON e.id = a.credit_entry_id WHERE a.invoice_id = ?
                GROUP BY a.credit_entry_id ORDER BY e.entry_on, e.id
                """, arguments: [id]).map { row in
                    InvoicePayment(entry: try LedgerEntry.fetchOne(db, key: row["credit_entry_id"] as Int64).orThrow("payment"),
                                   amount: Pence(row["amount"] as Int))
                }
            let petIDs = Set(lines.compactMap(\.petId))
            var petNames: [Int64: String] = [:]
            for pet in try Pet.filter(keys: petIDs).fetchAll(db) { if let petID = pet.id { petNames[petID] = pet.name } }
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
    static func current(_ db: Database) throws -> (settings: DocumentSettings, version: Int) {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM document_settings WHERE id = 1") else {
            return (DocumentSettings(), 0)
        }
        let paper = PaperSize(rawValue: row["paper"]) ?? .a4
        return (DocumentSettings(vatNumber: row["vat_number"], printer: row["printer"], paper: paper), row["version"])
    }

    static func sender(_ db: Database) throws -> DocumentSender {
        let practice = try PracticeSettingsRow.current(db)
        return DocumentSender(name: practice.name, address: practice.address, vatNumber: try current(db).settings.vatNumber)
    }
}
