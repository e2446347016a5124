import VetSQL
import VetCore

/// What a client's account needs to remember across their pets.
struct DemoAccount {
    /// A debtor's last invoice is left unpaid (or part paid).
    let leaveLastUnpaid: Bool
    /// The unpaid invoice, if one was left: when and how much is still owed.
    var unpaid: (day: LocalDate, pence: Int)?
}

/// A written, finalised invoice.
struct DemoInvoice {
    var id: Int64
    var number: String
    var day: LocalDate
    var gross: Int
    var lineIDs: [Int64]
    /// Where it was written (its consultation's site), and where it is paid.
    var siteID: Int64
    var paidAtSiteID: Int64
}

/// Invoices from consultations and the ledger entries that pay them.
enum DemoMoney {
    static func writeInvoice(with writer: inout DemoWriter, context: DemoContext, clientID: Int64, petID: Int64,
                             visit: DemoVisit, counters: inout DemoCounters,
                             random: inout DemoRandom) throws -> DemoInvoice {
        let priced = visit.lines.map { line -> (net: Int, vat: Int) in
            let net = line.2 * line.3
            return (net, VATRate(basisPoints: line.4).vat(on: Pence(net)).value)
        }
        let net = priced.reduce(0) { $0 + $1.net }
        let vat = priced.reduce(0) { $0 + $1.vat }
        let number = counters.nextInvoiceNumber(year: visit.day.year)
        let stamp = visit.seen.adding(minutes: 25).text
        let clerk = random.pick(context.receptionists(at: visit.siteID))
        let invoiceID = try writer.insert(.invoice, [
            clientID, visit.consultationID, number, "finalised", visit.day, net, vat, net + vat, stamp, 1, stamp, clerk,
            visit.siteID,
        ])
        var lineIDs: [Int64] = []
        for (line, amounts) in zip(visit.lines, priced) {
            lineIDs.append(try writer.insert(.invoiceLine, [
                invoiceID, petID, line.5, line.1, line.2, line.3, line.4, amounts.net, amounts.vat, visit.day,
            ]))
        }
        if net + vat > 0 {
            try writer.insert(.ledgerEntry, [clientID, LedgerEntryKind.invoice.rawValue, net + vat, net + vat, visit.day,
                                             invoiceID, nil, number, nil, stamp, clerk, visit.siteID])
        }
        return DemoInvoice(id: invoiceID, number: number, day: visit.day, gross: net + vat, lineIDs: lineIDs,
                           siteID: visit.siteID, paidAtSiteID: visit.paidAtSiteID)
    }

    /// Records which invoice (or refund) a payment or credit paid, as the desk's allocation would.
    private static func allocate(_ writer: inout DemoWriter, creditID: Int64, invoiceID: Int64?, refundID: Int64?,
                                 pence: Int, at stamp: String) throws {
        try writer.insert(.allocation, [creditID, invoiceID, refundID, pence, stamp])
    }

    /// Pays an invoice the way this client would: at the desk, through the insurer, partly, or not yet.
    static func settle(_ invoice: DemoInvoice, with writer: inout DemoWriter, context: DemoContext, clientID: Int64,
                       claim: DemoClaimPlan?, leaveUnpaid: Bool, account: inout DemoAccount,
                       random: inout DemoRandom) throws {
        func pay(_ pence: Int, on day: LocalDate, _ method: PaymentMethod, reference: String? = nil) throws {
            guard pence > 0 else { return }
            let stamp = DemoInstant(day, minuteOfDay: 1_000).text
            let paymentID = try writer.insert(.ledgerEntry, [clientID, LedgerEntryKind.payment.rawValue, pence, -pence, day,
                                                             invoice.id, method.rawValue, reference, nil, stamp,
                                                             random.pick(context.receptionists(at: invoice.paidAtSiteID)),
                                                             invoice.paidAtSiteID])
            try allocate(&writer, creditID: paymentID, invoiceID: invoice.id, refundID: nil, pence: pence, at: stamp)
        }
        if let claim, claim.payTo == "vet" {
            let settled = claim.settled(gross: invoice.gross) ?? 0
            switch claim.status {
            case .paid, .partPaid:
                try pay(invoice.gross - settled, on: invoice.day, .card)
                try pay(settled, on: claim.decidedOn, .insurer, reference: claim.reference)
            case .declined, .withdrawn:
                try pay(invoice.gross, on: claim.decidedOn, .card)
            case .draft, .submitted, .moreInfoRequested:
                break  // Waiting for the insurer: the client owes it meanwhile.
            }
            return
        }
        if leaveUnpaid {
            let part = random.chance(0.4) ? invoice.gross * random.int(20...60) / 100 : 0
            try pay(part, on: invoice.day, .card)
            account.unpaid = (invoice.day, invoice.gross - part)
            return
        }
        let method: PaymentMethod = random.weighted([(.card, 75), (.cash, 8), (.bankTransfer, 17)])
        try pay(invoice.gross, on: invoice.day, method)
        if random.chance(0.005), invoice.gross >= 1_000 {
            // A goodwill credit, refunded to the card it was paid on.
            let credit = invoice.gross / 10
            let stamp = DemoInstant(invoice.day, minuteOfDay: 1_020).text
            let clerk = random.pick(context.receptionists(at: invoice.siteID))
            let creditID = try writer.insert(.ledgerEntry, [clientID, LedgerEntryKind.creditNote.rawValue, credit, -credit,
                                                            invoice.day, invoice.id, nil, nil, "Goodwill: long wait on the day",
                                                            stamp, clerk, invoice.siteID])
            let refundID = try writer.insert(.ledgerEntry, [clientID, LedgerEntryKind.refund.rawValue, credit, credit,
                                                            invoice.day, invoice.id, PaymentMethod.card.rawValue, nil,
                                                            "Goodwill credit refunded", stamp, clerk, invoice.siteID])
            try allocate(&writer, creditID: creditID, invoiceID: nil, refundID: refundID, pence: credit, at: stamp)
        }
    }
}
