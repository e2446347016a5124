import Foundation
import VetSQL
import VetCore

/// Consultation notes: logged by a vet, billed as a draft invoice for the owner, correctable
/// until the practice's lock period has passed and only by signed addendum after that.
extension AppDatabase {
    /// Saves the note, its treatments and the weighing, marks the pet as seen today, and drafts
    /// an invoice for the pet's owner with one line per treatment (VAT worked out per line).
    /// A consultation with no treatments makes no invoice. A note written from an appointment
    /// finishes it; one written for a client taken from the online queue records their wait as
    /// its queue minutes.
    public func logConsultation(petID: Int64, details: ConsultationDetails, from source: ConsultationSource? = nil,
                                as user: StaffSession) throws -> (consultation: Consultation, invoice: Invoice?) {
        let now = self.now
        let today = self.today
        let charges = try ConsultationWriter.chargeLines(details, petID: petID, on: today)
        return try perform(.logConsultation, as: user) { db in
            let pet = try db.fetchRecord(Pet.self, id: petID).orThrow("pet")
            try ConsultationWriter.checkCanBeSeen(pet)
            try AllergyRules.check(db, lines: charges)
            var consultation = Consultation(id: nil, petId: petID, vetId: user.userID, seenAt: now, kind: details.kind,
                                            queueMinutes: nil, reason: details.reason, createdAt: now, version: 1,
                                            updatedAt: now, updatedBy: user.userID,
                                            siteId: try Sites.working(db, for: user))
            ConsultationWriter.copy(details, into: &consultation)
            if case .queue = source, !details.kind.isOnline {
                throw StoreError.refused("a client from the online queue is seen by video or phone; choose that kind")
            }
            if let source, let waited = try ConsultationSources.check(db, source, petID: petID, now: now) {
                consultation.queueMinutes = waited
            }
            consultation.id = try db.insert(consultation)
            let id = try consultation.id.orThrow("consultation")
            if let source { try ConsultationSources.close(db, source, consultationID: id, at: now, by: user.userID) }
            let treatmentIDs = try ConsultationWriter.insertTreatments(db, consultationID: id, details.lines, checked: charges)
            try ConsultationWriter.recordWeight(db, petID: petID, consultationID: id, weight: details.weight, on: today)
            // Not a versioned edit: marking the pet seen must not make a receptionist's open pet form stale.
            try db.execute("UPDATE pet SET last_seen_on = ? WHERE id = ? AND (last_seen_on IS NULL OR last_seen_on < ?)",
                           [today, petID, today])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "log consultation", recordType: "consultation",
                                  recordID: id, clientID: pet.clientId, detail: "\(pet.name): \(details.reason)")
            try AllergyRules.auditOverrides(db, lines: charges, clientID: pet.clientId, at: now, by: user.userID,
                                            recordType: "consultation", recordID: id)
            let invoice = try ConsultationWriter.draftInvoice(db, clientID: pet.clientId, consultationID: id, charges: charges,
                                                              treatmentIDs: treatmentIDs, at: now, by: user.userID)
            return (consultation, invoice)
        }
    }

    /// Corrects the note while it is still unlocked. Changed treatments are re-billed on the
    /// consultation's draft invoice; once that invoice is finalised the treatments cannot change.
    @discardableResult
    public func updateConsultation(id: Int64, expectedVersion: Int, details: ConsultationDetails,
                                   as user: StaffSession) throws -> Consultation {
        let now = self.now
        let zone = clock.timeZone
        return try perform(.logConsultation, as: user) { db in
            var consultation = try db.fetchRecord(Consultation.self, id: id).orThrow("consultation")
            let locksAt = ConsultationLock.lockTime(createdAt: consultation.createdAt,
                                                    lockPeriodHours: try ConsultationWriter.lockHours(db))
            guard now < locksAt else {
                throw StoreError.refused("this note is locked since \(MoneyRules.moment(locksAt, in: zone)); add an addendum")
            }
            let day = LocalDate(instant: consultation.seenAt, in: zone)
            let charges = try ConsultationWriter.chargeLines(details, petID: consultation.petId, on: day)
            consultation.version = try Versioning.advance(db, table: "consultation", id: id, expectedVersion: expectedVersion,
                                                          at: now, by: user.userID, record: "This consultation note")
            ConsultationWriter.copy(details, into: &consultation)
            consultation.updatedAt = now
            consultation.updatedBy = user.userID
            try db.update(consultation, id: id)
            let stored = try ConsultationWriter.treatments(db, consultationID: id)
            try AllergyRules.check(db, lines: charges, known: Set(stored.compactMap(\.priceItemId)))
            if stored.map(\.treatmentLine) != ConsultationWriter.normalised(details.lines, checked: charges) {
                try rebill(db, consultationID: id, stored: stored, lines: details.lines, charges: charges, at: now, by: user)
            }
            try ConsultationWriter.recordWeight(db, petID: consultation.petId, consultationID: id, weight: details.weight, on: day)
            let clientID = try db.fetchValue(Int64.self, "SELECT client_id FROM pet WHERE id = ?", [consultation.petId])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "correct consultation",
                                  recordType: "consultation", recordID: id, clientID: clientID)
            return consultation
        }
    }

    /// A dated correction signed by the person adding it; the only change a locked note accepts.
    @discardableResult
    public func addAddendum(consultationID: Int64, text: String, as user: StaffSession) throws -> Addendum {
        let body = try MoneyRules.required(text, field: "addendum", maxLength: 8000, lines: .multiple)
        let now = self.now
        return try perform(.addAddendum, as: user) { db in
            let consultation = try db.fetchRecord(Consultation.self, id: consultationID).orThrow("consultation")
            var addendum = Addendum(id: nil, consultationId: consultationID, authorId: user.userID, writtenAt: now, text: body)
            addendum.id = try db.insert(addendum)
            let clientID = try db.fetchValue(Int64.self, "SELECT client_id FROM pet WHERE id = ?", [consultation.petId])
            try AuditTrail.record(db, at: now, userID: user.userID, action: "add addendum", recordType: "consultation",
                                  recordID: consultationID, clientID: clientID)
            return addendum
        }
    }

    /// The note with its treatments, addenda, invoice and whether it is locked now.
    public func consultation(id: Int64) throws -> ConsultationRecord {
        let now = self.now
        return try read { db in
            let consultation = try db.fetchRecord(Consultation.self, id: id).orThrow("consultation")
            let locksAt = ConsultationLock.lockTime(createdAt: consultation.createdAt,
                                                    lockPeriodHours: try ConsultationWriter.lockHours(db))
            return ConsultationRecord(
                consultation: consultation,
                lines: try ConsultationWriter.treatments(db, consultationID: id),
                addenda: try db.fetchRecords(Addendum.self, """
                    SELECT * FROM consultation_addendum WHERE consultation_id = ? ORDER BY written_at, id
                    """, [id]),
                invoice: try ConsultationWriter.invoice(db, consultationID: id),
                isLocked: now >= locksAt, locksAt: locksAt)
        }
    }

    /// Replaces the treatments and their lines on the consultation's draft invoice, keeping any
    /// lines added to that invoice by hand.
    private func rebill(_ db: any SQLConnection, consultationID: Int64, stored: [TreatmentLineRecord], lines: [TreatmentLine],
                        charges: [ChargeLine], at now: Date, by user: StaffSession) throws {
        let invoice = try ConsultationWriter.invoice(db, consultationID: consultationID)
        if let invoice, invoice.status != .draft {
            throw StoreError.refused("the treatments are billed on \(InvoiceWriter.name(invoice)), which is finalised; "
                + "the treatments can no longer change — add an addendum, and ask a manager to reverse the invoice if the bill is wrong")
        }
        let oldIDs = stored.compactMap(\.id)
        if !oldIDs.isEmpty {
            try db.execute("DELETE FROM invoice_line WHERE treatment_line_id IN (\(SQLList.placeholders(oldIDs.count)))",
                           SQLArguments(oldIDs))
        }
        try db.execute("DELETE FROM treatment_line WHERE consultation_id = ?", [consultationID])
        let newIDs = try ConsultationWriter.insertTreatments(db, consultationID: consultationID, lines, checked: charges)
        guard let invoice, let invoiceID = invoice.id else {
            // Treatments added to a consultation that had none are billed on a new draft.
            let clientID = try db.fetchValue(Int64.self, """
                SELECT p.client_id FROM pet p JOIN consultation c ON c.pet_id = p.id WHERE c.id = ?
                """, [consultationID]).orThrow("pet")
            try ConsultationWriter.draftInvoice(db, clientID: clientID, consultationID: consultationID, charges: charges,
                                                treatmentIDs: newIDs, at: now, by: user.userID)
            return
        }
        if charges.isEmpty, try ConsultationWriter.removeIfEmpty(db, invoice: invoice, at: now, by: user.userID) { return }
        try InvoiceWriter.addLines(db, invoiceID: invoiceID, charges, treatmentLineIDs: newIDs)
        try Versioning.advance(db, table: "invoice", id: invoiceID, expectedVersion: invoice.version, at: now,
                               by: user.userID, record: "The draft invoice")
        let updated = try InvoiceWriter.refreshTotals(db, invoiceID: invoiceID)
        try AuditTrail.record(db, at: now, userID: user.userID, action: "rebill draft invoice", recordType: "invoice",
                              recordID: invoiceID, clientID: invoice.clientId, detail: updated.gross.formatted)
    }
}
