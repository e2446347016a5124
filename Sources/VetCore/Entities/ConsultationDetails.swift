import Foundation

/// What a vet types when logging a consultation, before validation.
public struct ConsultationForm: Hashable, Sendable, Codable {
    public var kind: ConsultationKind = .inPerson
    public var queueMinutes = ""
    public var reason = ""
    public var subjective = ""
    public var objective = ""
    public var assessment = ""
    public var plan = ""
    public var weight = ""
    public var followUp = ""
    public var lines: [TreatmentLine] = []

    public init() {}

    /// Validates the note; `today` refuses a follow-up in the past.
    public func validated(today: LocalDate) throws(ValidationErrors) -> ConsultationDetails {
        var check = Validator()
        var queue: Int?
        let queueText = queueMinutes.trimmingCharacters(in: .whitespaces)
        if kind.isOnline, !queueText.isEmpty {
            if let minutes = Int(queueText), (0...600).contains(minutes) {
                queue = minutes
            } else {
                check.add(ValidationError(field: "queue minutes",
                                          message: "queue minutes must be a whole number from 0 to 600, not '\(queueMinutes)'"))
            }
        } else if !kind.isOnline, !queueText.isEmpty {
            check.add(ValidationError(field: "queue minutes",
                                      message: "queue minutes are only recorded for video and phone consultations"))
        }
        let reason = check.check { () throws(ValidationError) in try TextRule.required(self.reason, field: "reason", maxLength: 200) }
        let soap = [("subjective", subjective), ("objective", objective), ("assessment", assessment), ("plan", plan)]
            .map { field, text in check.check { () throws(ValidationError) in try TextRule.optional(text, field: field, maxLength: 8000, lines: .multiple) } ?? nil }
        var weight: Weight?
        if !self.weight.trimmingCharacters(in: .whitespaces).isEmpty {
            weight = check.check { () throws(ValidationError) in try Weight(parsingKilograms: self.weight) }
        }
        var followUp: LocalDate?
        let followText = self.followUp.trimmingCharacters(in: .whitespaces)
        if !followText.isEmpty {
            if let date = check.check({ () throws(ValidationError) in try LocalDate(parsing: followText, field: "follow-up") }) {
                if date < today {
                    check.add(ValidationError(field: "follow-up", message: "follow-up \(date.iso) is in the past"))
                }
                followUp = date
            }
        }
        for (index, line) in lines.enumerated() {
            if line.quantity <= 0 || line.quantity > 10_000 {
                check.add(ValidationError(field: "line \(index + 1) quantity",
                                          message: "line \(index + 1) quantity must be from 1 to 10,000"))
            }
            if line.unitPrice.value < 0 {
                check.add(ValidationError(field: "line \(index + 1) price", message: "line \(index + 1) price cannot be negative"))
            }
            let parts = [("description", line.description, 200), ("dose", line.dose, 200), ("batch", line.batch, 60),
                         ("allergy reason", line.allergyReason, 200)]
            for (part, text, limit) in parts {
                _ = check.check { () throws(ValidationError) in
                    try TextRule.optional(text, field: "line \(index + 1) \(part)", maxLength: limit)
                }
            }
        }
        try check.finish()
        guard let reason else { throw ValidationErrors(check.errors) }
        return ConsultationDetails(kind: kind, queueMinutes: queue, reason: reason, subjective: soap[0],
                                   objective: soap[1], assessment: soap[2], plan: soap[3],
                                   weight: weight, followUp: followUp, lines: lines)
    }
}

/// One treatment or medicine given, priced from the price list at the time.
public struct TreatmentLine: Hashable, Sendable, Codable {
    public var priceItemID: Int64?
    public var description: String
    public var dose: String?
    public var quantity: Int
    public var batch: String?
    public var unitPrice: Pence
    public var vatRate: VATRate
    /// Why it was given although it matched one of the pet's allergy alerts; kept on the line.
    public var allergyReason: String?

    public init(priceItemID: Int64?, description: String, dose: String? = nil, quantity: Int,
                batch: String? = nil, unitPrice: Pence, vatRate: VATRate, allergyReason: String? = nil) {
        self.allergyReason = allergyReason
        self.priceItemID = priceItemID
        self.description = description
        self.dose = dose
        self.quantity = quantity
        self.batch = batch
        self.unitPrice = unitPrice
        self.vatRate = vatRate
    }

    public var invoiceLine: InvoiceLineValue {
        InvoiceLineValue(description: description, quantity: quantity, unitPrice: unitPrice, vatRate: vatRate)
    }
}

/// A validated consultation note in SOAP form.
public struct ConsultationDetails: Hashable, Sendable, Codable {
    public var kind: ConsultationKind
    public var queueMinutes: Int?
    public var reason: String
    public var subjective: String?
    public var objective: String?
    public var assessment: String?
    public var plan: String?
    public var weight: Weight?
    public var followUp: LocalDate?
    public var lines: [TreatmentLine]
}
