import Foundation
import VetCore

/// Amount and text checks shared by the money actions, worded for the person at the desk.
enum MoneyRules {
    /// Refuses zero, negative and impossibly large amounts: "payment amount must be more than £0.00".
    static func positive(_ amount: Pence, field: String) throws(StoreError) -> Pence {
        guard amount.value > 0 else {
            throw .invalid(ValidationError(field: field, message: "\(field) must be more than £0.00"))
        }
        guard amount <= Pence.maxTyped else {
            throw .invalid(ValidationError(field: field, message: "\(field) is more than the limit of \(Pence.maxTyped.formatted)"))
        }
        return amount
    }

    static func required(_ text: String, field: String, maxLength: Int,
                         lines: TextLines = .single) throws(StoreError) -> String {
        do { return try TextRule.required(text, field: field, maxLength: maxLength, lines: lines) } catch { throw .invalid(error) }
    }

    static func optional(_ text: String?, field: String, maxLength: Int) throws(StoreError) -> String? {
        do { return try TextRule.optional(text, field: field, maxLength: maxLength) } catch { throw .invalid(error) }
    }

    /// Checks each line as a person could have typed it; a line's number is named in the message.
    static func validated(_ lines: [ChargeLine]) throws(StoreError) -> [ChargeLine] {
        var check = Validator()
        var result: [ChargeLine] = []
        for (index, line) in lines.enumerated() {
            let value = line.value
            do throws(ValidationError) {
                let reason = try TextRule.optional(line.allergyReason, field: "allergy reason", maxLength: 200)
                guard (0...10_000).contains(value.vatRate.basisPoints) else {
                    throw ValidationError(field: "VAT rate", message: "VAT rate must be between 0% and 100%")
                }
                let checked = try InvoiceLineValue.validated(description: value.description, quantity: value.quantity,
                                                             unitPrice: value.unitPrice, vatRate: value.vatRate)
                result.append(ChargeLine(petID: line.petID, value: checked, treatedOn: line.treatedOn,
                                          treatmentLineID: line.treatmentLineID, priceItemID: line.priceItemID,
                                          allergyReason: reason))
            } catch {
                check.add(ValidationError(field: "line \(index + 1) \(error.field)",
                                          message: "line \(index + 1): \(error.message)"))
            }
        }
        do { try check.finish() } catch { throw .invalid(error) }
        return result
    }

    /// "3 Mar 2025 at 14:00" in the practice's time zone.
    static func moment(_ date: Date, in zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.dateFormat = "d MMM yyyy 'at' HH:mm"
        formatter.timeZone = zone
        return formatter.string(from: date)
    }
}
