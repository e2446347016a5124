import Foundation
import VetSQL
import VetCore

/// A consultation note with everything the note screen shows.
public struct ConsultationRecord: Sendable, Hashable {
    public var consultation: Consultation
    public var lines: [TreatmentLineRecord]
    /// Oldest first: corrections read in the order they were written.
    public var addenda: [Addendum]
    /// The invoice the note's treatments were billed on, if any.
    public var invoice: Invoice?
    public var isLocked: Bool
    public var locksAt: Date
}

/// The steps of saving a note that logging and correcting it share.
enum ConsultationWriter {
    /// Only active patients are seen: a deceased or transferred pet's record is history.
    static func checkCanBeSeen(_ pet: Pet) throws {
        switch pet.status {
        case .active: return
        case .deceased:
            let when = pet.diedOn.map { " on \($0.long)" } ?? ""
            throw StoreError.refused("\(pet.name) died\(when); a consultation cannot be logged for a deceased pet")
        case .transferred:
            throw StoreError.refused("\(pet.name) has been transferred away; a consultation cannot be logged for them")
        }
    }

    /// The treatment lines checked as invoice lines would be (description, quantity, price).
    static func chargeLines(_ details: ConsultationDetails, petID: Int64, on day: LocalDate) throws(StoreError) -> [ChargeLine] {
        try MoneyRules.validated(details.lines.map {
            ChargeLine(petID: petID, value: $0.invoiceLine, treatedOn: day, priceItemID: $0.priceItemID,
                       allergyReason: $0.allergyReason)
        })
    }

    static func copy(_ details: ConsultationDetails, into consultation: inout Consultation) {
        consultation.kind = details.kind
        consultation.queueMinutes = details.queueMinutes
        consultation.reason = details.reason
        consultation.subjective = details.subjective
        consultation.objective = details.objective
        consultation.assessment = details.assessment
        consultation.plan = details.plan
        consultation.weightGrams = details.weight?.grams
        consultation.followUpOn = details.followUp
    }

    /// The lines as they will be stored (descriptions trimmed), to tell whether a correction changes them.
    static func normalised(_ lines: [TreatmentLine], checked: [ChargeLine]) -> [TreatmentLine] {
        zip(lines, checked).map { line, charge in
            let value = charge.value
            return TreatmentLine(priceItemID: line.priceItemID, description: value.description, dose: line.dose,
                                 quantity: value.quantity, batch: line.batch, unitPrice: value.unitPrice, vatRate: value.vatRate,
                                 allergyReason: charge.allergyReason)
        }
    }

    /// Inserts the treatment lines; returns their ids in order.
    static func insertTreatments(_ db: any SQLConnection, consultationID: Int64, _ lines: [TreatmentLine],
                                 checked: [ChargeLine]) throws -> [Int64?] {
        var ids: [Int64?] = []
        for (line, charge) in zip(lines, checked) {
            let value = charge.value
            let row = TreatmentLineRecord(id: nil, consultationId: consultationID, priceItemId: line.priceItemID,
                                          description: value.description, dose: line.dose, quantity: value.quantity,
                                          batch: line.batch, unitPricePence: value.unitPrice.value,
                                          vatBasisPoints: value.vatRate.basisPoints, allergyReason: charge.allergyReason)
            ids.append(try db.insert(row))
        }
        return ids
    }

    /// The weighing taken at this consultation replaces any earlier one from it.
    static func recordWeight(_ db: any SQLConnection, petID: Int64, consultationID: Int64, weight: Weight?, on day: LocalDate) throws {
        try db.execute("DELETE FROM pet_weight WHERE consultation_id = ?", [consultationID])
        guard let weight else { return }
        try db.insert(PetWeight(id: nil, petId: petID, weighedOn: day, grams: weight.grams, consultationId: consultationID))
    }

    static func treatments(_ db: any SQLConnection, consultationID: Int64) throws -> [TreatmentLineRecord] {
        try db.fetchRecords(TreatmentLineRecord.self, "SELECT * FROM treatment_line WHERE consultation_id = ? ORDER BY id",
                            [consultationID])
    }

    /// The latest invoice made from this consultation that has not been reversed.
    static func invoice(_ db: any SQLConnection, consultationID: Int64) throws -> Invoice? {
        try db.fetchRecord(Invoice.self, """
            SELECT * FROM invoice WHERE consultation_id = ? AND status <> ? ORDER BY id DESC LIMIT 1
            """, [consultationID, Invoice.Status.reversed])
    }

    /// Drafts the owner's invoice for the consultation's treatments; none when there are no treatments.
    @discardableResult
    static func draftInvoice(_ db: any SQLConnection, clientID: Int64, consultationID: Int64, charges: [ChargeLine],
                             treatmentIDs: [Int64?], at now: Date, by userID: Int64) throws -> Invoice? {
        guard !charges.isEmpty else { return nil }
        // Billed where the animal was seen, whoever corrects the treatments later and wherever.
        let site = try db.fetchValue(Int64.self, "SELECT site_id FROM consultation WHERE id = ?", [consultationID]).orThrow("consultation")
        let draft = try InvoiceWriter.newDraft(db, clientID: clientID, consultationID: consultationID, site: site,
                                               at: now, by: userID)
        let invoiceID = try draft.id.orThrow("invoice")
        try InvoiceWriter.addLines(db, invoiceID: invoiceID, charges, treatmentLineIDs: treatmentIDs)
        let invoice = try InvoiceWriter.refreshTotals(db, invoiceID: invoiceID)
        try AuditTrail.record(db, at: now, userID: userID, action: "draft invoice", recordType: "invoice",
                              recordID: invoiceID, clientID: clientID, detail: invoice.gross.formatted)
        return invoice
    }

    /// Deletes the consultation's draft once a correction leaves it with no lines at all, so no
    /// £0.00 draft waits at checkout. Returns whether it was deleted.
    static func removeIfEmpty(_ db: any SQLConnection, invoice: Invoice, at now: Date, by userID: Int64) throws -> Bool {
        guard let id = invoice.id, invoice.status == .draft,
              try db.fetchValue(Int.self, "SELECT COUNT(*) FROM invoice_line WHERE invoice_id = ?", [id]) == 0
        else { return false }
        try db.execute("DELETE FROM invoice WHERE id = ?", [id])
        try AuditTrail.record(db, at: now, userID: userID, action: "delete draft invoice", recordType: "invoice",
                              recordID: id, clientID: invoice.clientId, detail: "no treatments left to bill")
        return true
    }

    static func lockHours(_ db: any SQLConnection) throws -> Int {
        try db.fetchRecord(PracticeSettingsRow.self, id: 1)?.lockPeriodHours ?? ConsultationLock.defaultLockPeriodHours
    }
}

extension TreatmentLineRecord {
    /// The line in the shape a vet edits.
    public var treatmentLine: TreatmentLine {
        TreatmentLine(priceItemID: priceItemId, description: description, dose: dose, quantity: quantity,
                      batch: batch, unitPrice: Pence(unitPricePence), vatRate: VATRate(basisPoints: vatBasisPoints),
                      allergyReason: allergyReason)
    }
}
