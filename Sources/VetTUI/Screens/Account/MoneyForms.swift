import TUIKit
import VetCore
import VetStore

/// The small forms that move money on a client's account. Each checks what it can before the
/// store is asked; the store checks permissions and balances again.
@MainActor
enum MoneyForms {
    static let fieldIDs = ["payment amount": "amount", "refund amount": "amount", "credit note amount": "amount",
                           "write-off amount": "amount", "payment method": "method", "method": "method",
                           "reference": "reference", "reason for refund": "reason", "reason for credit note": "reason",
                           "reason for write-off": "reason", "reason for reversal": "reason"]

    private static let methods = PaymentMethod.allCases.map { $0.displayName.lowercased() }.dropLast().joined(separator: ", ")
        + " or " + (PaymentMethod.allCases.last?.displayName.lowercased() ?? "")

    /// A payment, against a finalised invoice when one is given. The amount starts at what is
    /// `suggested` (what is still outstanding); more than the account's `outstanding` asks
    /// whether the rest stays on account as credit before anything is recorded.
    static func payment(clientID: Int64, clientName: String, invoice: Invoice?, suggested: Pence,
                        outstanding: Pence) -> ActionForm {
        let invoiceIDs = invoice?.id.map { [$0] } ?? []
        let against = invoice.map { " against \(MoneyText.invoiceName($0))" } ?? ""
        return ActionForm(
            title: "Payment", heading: "Take a payment from \(clientName)\(against)",
            hint: "Outstanding: \(outstanding.formatted). Method: \(methods).",
            fields: [FormSupport.field("amount", "Amount (£)", value: suggested.value > 0 ? suggested.plain : "", maxLength: 16),
                     PickLists.field("method", "Method", options: PickLists.options(PaymentMethod.self), value: "card"),
                     FormSupport.field("reference", "Reference", maxLength: 60)],
            fieldIDs: fieldIDs, doneMessage: "Payment recorded\(against).") { values in
                let amount = MoneyText.amount(values["amount"], field: "payment amount")
                let method = parseMethod(values["method"])
                guard case .success(let paid) = amount, case .success(let how) = method else {
                    return .invalid(errors(amount: amount, method: method))
                }
                let reference = MoneyText.optional(values["reference"])
                let record = { (keep: Bool) in
                    Effect.asUser("action") { store, user in
                        try store.recordPayment(clientID: clientID, amount: paid, method: how, reference: reference,
                                                invoiceIDs: invoiceIDs, keepRestOnAccount: keep, as: user)
                        return .done
                    }
                }
                guard paid > outstanding else { return .run(record(false)) }
                let rest = paid - outstanding
                return .confirm(DialogState(
                    title: "Rest on account",
                    message: "\(paid.formatted) is \(rest.formatted) more than the \(outstanding.formatted) outstanding.\n"
                        + "Keep \(rest.formatted) on \(clientName)'s account as credit?",
                    buttons: [.no, .yes], defaultButtonID: DialogButton.no.id), record(true))
            }
    }

    /// Money paid back out of the credit held for the client.
    static func refund(clientID: Int64, clientName: String, credit: Pence) -> ActionForm {
        ActionForm(
            title: "Refund", heading: "Refund \(clientName) (in credit by \(credit.formatted))", hint: "Method: \(methods).",
            fields: [FormSupport.field("amount", "Amount (£)", value: credit.plain, maxLength: 16),
                     PickLists.field("method", "Method", options: PickLists.options(PaymentMethod.self), value: "card"),
                     FormSupport.field("reason", "Reason", maxLength: 500)],
            fieldIDs: fieldIDs, doneMessage: "Refund recorded.") { values in
                let amount = MoneyText.amount(values["amount"], field: "refund amount")
                let method = parseMethod(values["method"])
                guard case .success(let refund) = amount, case .success(let how) = method else {
                    return .invalid(errors(amount: amount, method: method))
                }
                let reason = values["reason"] ?? ""
                return ActionForm.run { store, user in
                    try store.recordRefund(clientID: clientID, amount: refund, method: how, reason: reason, as: user)
                }
            }
    }

    /// A credit note or a bad-debt write-off: an amount and the reason kept with it.
    static func reduction(writeOff: Bool, clientID: Int64, clientName: String, owed: Pence) -> ActionForm {
        let what = writeOff ? "write-off" : "credit note"
        return ActionForm(
            title: writeOff ? "Write off debt" : "Credit note",
            heading: writeOff ? "Write off bad debt of \(clientName) (owes \(owed.formatted))"
                : "Issue a credit note to \(clientName)",
            fields: [FormSupport.field("amount", "Amount (£)", value: writeOff && owed.value > 0 ? owed.plain : "", maxLength: 16),
                     FormSupport.field("reason", "Reason", maxLength: 500)],
            fieldIDs: fieldIDs, doneMessage: writeOff ? "Debt written off." : "Credit note issued.") { values in
                guard case .success(let amount) = MoneyText.amount(values["amount"], field: "\(what) amount") else {
                    return .invalid(errors(amount: MoneyText.amount(values["amount"], field: "\(what) amount"), method: nil))
                }
                let reason = values["reason"] ?? ""
                return ActionForm.run { store, user in
                    if writeOff {
                        try store.writeOffDebt(clientID: clientID, amount: amount, reason: reason, as: user)
                    } else {
                        try store.issueCreditNote(clientID: clientID, amount: amount, reason: reason, as: user)
                    }
                }
            }
    }

    /// The reason for reversing a finalised invoice (asked after the confirmation).
    static func reversal(_ invoice: Invoice) -> ActionForm {
        let id = invoice.id ?? 0
        let name = MoneyText.invoiceName(invoice)
        return ActionForm(
            title: "Reverse invoice", heading: "Reverse \(name) (\(invoice.gross.formatted))",
            hint: "The invoice stays as issued; a reversal entry takes its amount off the account.",
            fields: [FormSupport.field("reason", "Reason", maxLength: 500)], fieldIDs: fieldIDs,
            doneMessage: "\(name) reversed.") { values in
                let reason = values["reason"] ?? ""
                return ActionForm.run { store, user in try store.reverseInvoice(id: id, reason: reason, as: user) }
            }
    }

    private static func parseMethod(_ text: String?) -> Result<PaymentMethod, ValidationError> {
        do { return .success(try PaymentMethod.parse(text ?? "", field: "method")) } catch { return .failure(error) }
    }

    private static func errors(amount: Result<Pence, ValidationError>,
                               method: Result<PaymentMethod, ValidationError>?) -> [String: String] {
        var errors: [String: String] = [:]
        if case .failure(let error) = amount { errors["amount"] = error.message }
        if case .failure(let error)? = method { errors["method"] = error.message }
        return errors
    }
}
