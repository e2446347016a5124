import Foundation
import GRDB
import VetCore

/// Which invoice each payment, credit note, write-off, reversal and insurer settlement paid,
/// and cheques as a payment method.
enum AllocationSchema {
    /// SQLite cannot change a CHECK, so the ledger table is rebuilt with cheque among the
    /// methods: copied whole into a new table that then takes the old one's name. Nothing
    /// refers to the ledger yet, and the migrator checks every foreign key afterwards.
    static let chequeUpgrade = """
    CREATE TABLE ledger_entry_new (
        id INTEGER PRIMARY KEY,
        client_id INTEGER NOT NULL REFERENCES client(id),
        kind TEXT NOT NULL CHECK (kind IN ('invoice','payment','refund','creditNote','writeOff','reversal')),
        amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
        balance_effect_pence INTEGER NOT NULL,
        entry_on TEXT NOT NULL,
        invoice_id INTEGER REFERENCES invoice(id),
        method TEXT CHECK (method IS NULL OR method IN ('cash','card','bankTransfer','insurer','cheque')),
        reference TEXT,
        note TEXT,
        recorded_at DATETIME NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES staff_user(id),
        CHECK ((kind IN ('payment','refund')) = (method IS NOT NULL))
    );
    INSERT INTO ledger_entry_new (id, client_id, kind, amount_pence, balance_effect_pence, entry_on, invoice_id, method,
                                  reference, note, recorded_at, recorded_by)
        SELECT id, client_id, kind, amount_pence, balance_effect_pence, entry_on, invoice_id, method,
               reference, note, recorded_at, recorded_by FROM ledger_entry;
    DROP TABLE ledger_entry;
    ALTER TABLE ledger_entry_new RENAME TO ledger_entry;
    CREATE INDEX ledger_entry_client ON ledger_entry(client_id, entry_on);
    CREATE INDEX ledger_entry_invoice ON ledger_entry(invoice_id);
    """

    /// An allocation takes part of a credit entry (payment, credit note, write-off, reversal)
    /// to an invoice or to a refund paid out of it. The triggers keep the ledger honest even
    /// against a faulty writer: no credit gives more than its amount, no invoice or refund
    /// receives more than its total, and an allocation is never changed or removed.
    static let allocations = """
    CREATE TABLE allocation (
        id INTEGER PRIMARY KEY,
        credit_entry_id INTEGER NOT NULL REFERENCES ledger_entry(id),
        invoice_id INTEGER REFERENCES invoice(id),
        refund_entry_id INTEGER REFERENCES ledger_entry(id),
        amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
        allocated_at DATETIME NOT NULL,
        CHECK ((invoice_id IS NULL) <> (refund_entry_id IS NULL))
    );
    CREATE INDEX allocation_credit ON allocation(credit_entry_id);
    CREATE INDEX allocation_invoice ON allocation(invoice_id);
    CREATE INDEX allocation_refund ON allocation(refund_entry_id);
    CREATE TRIGGER allocation_within_credit BEFORE INSERT ON allocation
    WHEN NEW.amount_pence + (SELECT COALESCE(SUM(amount_pence), 0) FROM allocation WHERE credit_entry_id = NEW.credit_entry_id)
         > (SELECT amount_pence FROM ledger_entry WHERE id = NEW.credit_entry_id
            AND kind IN ('payment','creditNote','writeOff','reversal'))
      OR NOT EXISTS (SELECT 1 FROM ledger_entry WHERE id = NEW.credit_entry_id
                     AND kind IN ('payment','creditNote','writeOff','reversal'))
    BEGIN SELECT RAISE(ABORT, 'an allocation cannot give more than the payment or credit it comes from'); END;
    CREATE TRIGGER allocation_within_invoice BEFORE INSERT ON allocation
    WHEN NEW.invoice_id IS NOT NULL AND NEW.amount_pence
         + (SELECT COALESCE(SUM(amount_pence), 0) FROM allocation WHERE invoice_id = NEW.invoice_id)
         > (SELECT gross_pence FROM invoice WHERE id = NEW.invoice_id AND status <> 'draft')
      OR NEW.invoice_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM invoice WHERE id = NEW.invoice_id AND status <> 'draft')
    BEGIN SELECT RAISE(ABORT, 'an invoice cannot be paid more than its total'); END;
    CREATE TRIGGER allocation_within_refund BEFORE INSERT ON allocation
    WHEN NEW.refund_entry_id IS NOT NULL AND NEW.amount_pence
         + (SELECT COALESCE(SUM(amount_pence), 0) FROM allocation WHERE refund_entry_id = NEW.refund_entry_id)
         > (SELECT amount_pence FROM ledger_entry WHERE id = NEW.refund_entry_id AND kind = 'refund')
      OR NEW.refund_entry_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ledger_entry WHERE id = NEW.refund_entry_id AND kind = 'refund')
    BEGIN SELECT RAISE(ABORT, 'a refund cannot be covered by more than its amount'); END;
    CREATE TRIGGER allocation_no_update BEFORE UPDATE ON allocation
    BEGIN SELECT RAISE(ABORT, 'allocations are never changed'); END;
    CREATE TRIGGER allocation_no_delete BEFORE DELETE ON allocation
    BEGIN SELECT RAISE(ABORT, 'allocations are never removed'); END;
    """

    /// A part-paid claim takes further settlements until the practice closes it.
    static let claimClosing = "ALTER TABLE claim ADD COLUMN closed_on TEXT"

    /// Allocates what a practice already holds, client by client, as it would have been
    /// allocated at the time: each reversal to its invoice, each payment or credit note taken
    /// against an invoice to that invoice, then everything left over oldest first to the oldest
    /// charges (invoices and refunds). What still remains is the client's credit.
    static func backfill(_ db: Database) throws {
        // One pass over the ledger, client by client, rather than a query per client.
        let rows = try Row.fetchAll(db, sql: """
            SELECT e.id, e.client_id, e.kind, e.amount_pence, e.entry_on, e.invoice_id, e.recorded_at, i.gross_pence, i.status
            FROM ledger_entry e LEFT JOIN invoice i ON i.id = e.invoice_id
            ORDER BY e.client_id, e.entry_on, e.id
            """)
        var start = rows.startIndex
        while start < rows.endIndex {
            let clientID: Int64 = rows[start]["client_id"]
            var end = start
            while end < rows.endIndex, rows[end]["client_id"] as Int64 == clientID { end += 1 }
            try backfill(db, entries: rows[start..<end])
            start = end
        }
    }

    private enum Target: Hashable, Sendable { case invoice(Int64), refund(Int64) }

    private static func backfill(_ db: Database, entries rows: ArraySlice<Row>) throws {
        var charges: [OpenCharge<Target>] = []
        var credits: [(id: Int64, kind: String, left: Pence, invoiceID: Int64?, at: Date)] = []
        for row in rows {
            let kind: String = row["kind"]
            let amount = Pence(row["amount_pence"] as Int)
            let day: LocalDate = row["entry_on"]
            let invoiceID: Int64? = row["invoice_id"]
            switch kind {
            case "invoice":
                if let invoiceID, !charges.contains(where: { $0.id == .invoice(invoiceID) }) {
                    charges.append(OpenCharge(id: .invoice(invoiceID), date: day, outstanding: Pence(row["gross_pence"] as Int? ?? 0)))
                }
            case "refund": charges.append(OpenCharge(id: .refund(row["id"]), date: day, outstanding: amount))
            default:
                let usable = invoiceID != nil && (row["status"] as String?) != "draft" ? invoiceID : nil
                credits.append((row["id"], kind, amount, usable, row["recorded_at"]))
            }
        }
        func allocate(_ index: Int, over targets: [OpenCharge<Target>]) throws {
            let plan = Allocation.plan(credits[index].left, over: targets)
            for part in plan.parts {
                let (invoiceID, refundID): (Int64?, Int64?) = switch part.id {
                case .invoice(let id): (id, nil)
                case .refund(let id): (nil, id)
                }
                try db.cachedStatement(sql: """
                    INSERT INTO allocation (credit_entry_id, invoice_id, refund_entry_id, amount_pence, allocated_at)
                    VALUES (?, ?, ?, ?, ?)
                    """).execute(arguments: [credits[index].id, invoiceID, refundID, part.amount.value, credits[index].at])
                if let at = charges.firstIndex(where: { $0.id == part.id }) { charges[at].outstanding -= part.amount }
            }
            credits[index].left = plan.left
        }
        for pass in ["reversal", "against"] {
            for index in credits.indices {
                guard let invoiceID = credits[index].invoiceID,
                      (credits[index].kind == "reversal") == (pass == "reversal") else { continue }
                try allocate(index, over: charges.filter { $0.id == .invoice(invoiceID) })
            }
        }
        for index in credits.indices {
            try allocate(index, over: Allocation.order(charges))
        }
    }
}
