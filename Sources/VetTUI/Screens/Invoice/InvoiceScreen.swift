import TUIKit
import VetCore
import VetStore

/// One invoice: a draft can have lines added from the price list (a vet's, or reception's at
/// checkout) or removed, and is then finalised, or deleted if nobody will; a finalised invoice
/// is never edited, only paid (it shows what is outstanding) or reversed.
struct InvoiceScreen: Screen {
    let invoiceID: Int64
    let clientID: Int64
    let clientName: String
    var invoice: Invoice?
    var standing: InvoiceStanding?
    /// What the client's invoices have outstanding in all: a payment above it leaves credit.
    var accountOutstanding = Pence.zero
    var lines: [InvoiceLine] = []
    var list = ListState()
    var picker: PriceItemPicker?
    /// A line picked for the pet, waiting for the allergy check, and the warning when it matches.
    var pending: PendingTreatment?
    var warning: AllergyWarning?
    let allergyMatches = Mailbox<AllergyReport>()
    var confirm: DialogState?
    let mailbox = Mailbox<(InvoiceStanding, [InvoiceLine], Pence, [Int64: String])>()
    /// The practice's sites by id when it has several, to say where the invoice was drawn up.
    var siteNames: [Int64: String] = [:]
    let done = Mailbox<String>()
    let printSetup = Mailbox<PrintSetup>()

    init(invoiceID: Int64, clientID: Int64, clientName: String) {
        self.invoiceID = invoiceID
        self.clientID = clientID
        self.clientName = clientName
    }

    /// A draft offers editing; a finalised or reversed invoice offers printing, payment and reversal.
    var screenID: String { invoice?.status == .draft ? AppCommands.ScreenID.draftInvoice : AppCommands.ScreenID.invoice }
    var title: String { invoice.map(MoneyText.invoiceName) ?? "Invoice" }
    var isModal: Bool { picker != nil || confirm != nil || warning != nil }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard let invoice else { return .disabled(reason: "the invoice is still loading") }
        let name = MoneyText.invoiceName(invoice)
        let isDraft = invoice.status == .draft
        switch command.id {
        case AppCommands.ID.finaliseInvoice where !isDraft, AppCommands.ID.addInvoiceLine where !isDraft:
            return .disabled(reason: "\(name) is \(MoneyText.status(invoice).lowercased()); a finalised invoice is never edited")
        case AppCommands.ID.removeInvoiceLine where !isDraft:
            return .disabled(reason: "\(name) is \(MoneyText.status(invoice).lowercased()); a finalised invoice is never edited")
        case AppCommands.ID.removeInvoiceLine where lines.isEmpty:
            return .disabled(reason: "there is no line to remove")
        case AppCommands.ID.takePayment where invoice.status != .finalised,
             AppCommands.ID.reverseInvoice where invoice.status != .finalised:
            return .disabled(reason: isDraft ? "finalise the draft first" : "\(name) has been reversed")
        case AppCommands.ID.takePayment where standing?.paymentStatus == .paid:
            return .disabled(reason: "\(name) is paid; take any other payment on the account")
        case AppCommands.ID.deleteDraft where !isDraft:
            return .disabled(reason: "\(name) is \(MoneyText.status(invoice).lowercased()); only a draft can be deleted")
        default:
            return .enabled
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard let invoice else { return .handled }
        switch command.id {
        case AppCommands.ID.addInvoiceLine:
            let opened = PriceItemPicker()
            picker = opened
            return .run(opened.query())
        case AppCommands.ID.removeInvoiceLine:
            guard let index = list.selectedIndex, lines.indices.contains(index) else { return .handled }
            var kept = lines
            let removed = kept.remove(at: index)
            return saveLines(kept, note: "Removed \(removed.description).")
        case AppCommands.ID.finaliseInvoice:
            let id = invoiceID
            let version = invoice.version
            return .run(Effect.load("change", into: done) { store, user in
                let final = try store.finaliseInvoice(id: id, expectedVersion: version, as: user)
                return "Finalised \(final.number ?? "the invoice"): \(final.gross.formatted) is on the account."
            })
        case AppCommands.ID.takePayment:
            return .push(SmallFormScreen(MoneyForms.payment(clientID: clientID, clientName: clientName, invoice: invoice,
                                                             suggested: standing?.outstanding ?? .zero,
                                                             outstanding: accountOutstanding)))
        case AppCommands.ID.printDocument:
            return .run(PrintSetup.load(into: printSetup))
        case AppCommands.ID.deleteDraft:
            confirm = .confirmDestructive(action: "Delete", thing: "this draft invoice for \(invoice.gross.formatted)",
                                          consequence: "Its lines are removed; nothing goes on \(clientName)'s account.")
            return .handled
        case AppCommands.ID.reverseInvoice:
            confirm = .confirmDestructive(
                action: "Reverse", thing: "invoice \(MoneyText.invoiceName(invoice)) for \(invoice.gross.formatted)",
                consequence: "Its amount comes off \(clientName)'s account; the invoice stays on record as reversed.")
            return .handled
        default:
            return .ignored
        }
    }

    /// Replaces the draft's lines, keeping each line's pet, date and treatment link.
    private func saveLines(_ kept: [InvoiceLine], extra: ChargeLine? = nil, note: String) -> Outcome {
        guard let invoice else { return .handled }
        let charges = kept.map { line in
            ChargeLine(petID: line.petId,
                       value: InvoiceLineValue(description: line.description, quantity: line.quantity,
                                               unitPrice: Pence(line.unitPricePence),
                                               vatRate: VATRate(basisPoints: line.vatBasisPoints)),
                       treatedOn: line.treatedOn, treatmentLineID: line.treatmentLineId,
                       priceItemID: line.priceItemId, allergyReason: line.allergyReason)
        } + (extra.map { [$0] } ?? [])
        let id = invoiceID
        let version = invoice.version
        return .run(Effect.load("change", into: done) { store, user in
            try store.updateDraftInvoice(id: id, expectedVersion: version, lines: charges, as: user)
            return note
        })
    }

    private func deleteDraft(_ invoice: Invoice) -> Outcome {
        let id = invoiceID
        let version = invoice.version
        return .run(Effect.asUser("deleted") { store, user in
            try store.deleteDraftInvoice(id: id, expectedVersion: version, as: user)
            return .done
        })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if var dialog = confirm {
            switch dialog.handle(key) {
            case .chose(let id):
                confirm = nil
                guard id == DialogButton.yes.id, let invoice else { return .handled }
                if invoice.status == .draft { return deleteDraft(invoice) }
                return .push(SmallFormScreen(MoneyForms.reversal(invoice)))
            case .cancelled: confirm = nil
            case .moved, .ignored: confirm = dialog
            }
            return .handled
        }
        switch AllergyWarning.answer(key, to: &warning) {
        case .done(let outcome)?: return outcome
        case .add(let item, let quantity, let reason)?:
            return addLine(item, quantity: quantity, allergyReason: reason, today: context.today)
        case nil: break
        }
        if var open = picker {
            let outcome = open.handle(key)
            picker = open
            switch outcome {
            case .stay: return .handled
            case .query(let effect): return .run(effect)
            case .cancel: picker = nil; return .handled
            case .chose(let item, let quantity):
                picker = nil
                // A line for a pet is checked against its allergy alerts before it is added.
                guard let petID = lines.compactMap(\.petId).first else {
                    return addLine(item, quantity: quantity, allergyReason: nil, today: context.today)
                }
                pending = PendingTreatment(item: item, quantity: quantity)
                return .run(PendingTreatment.check(petID: petID, item: item, into: allergyMatches))
            }
        }
        _ = list.handle(key)
        return .handled
    }

    /// Adds the line for the invoice's pet; a reason means it is given despite an allergy alert.
    private func addLine(_ item: PriceItem, quantity: Int, allergyReason: String?, today: LocalDate) -> Outcome {
        let charge = ChargeLine(petID: lines.compactMap(\.petId).first,
                                value: InvoiceLineValue(description: item.name, quantity: quantity,
                                                        unitPrice: item.unitPrice, vatRate: item.vatRate),
                                treatedOn: today, priceItemID: item.id, allergyReason: allergyReason)
        let note = allergyReason.map { " despite the allergy alert (reason: \($0))" } ?? ""
        return saveLines(lines, extra: charge, note: "Added \(quantity) × \(item.name)\(note).")
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        let id = invoiceID
        let clientID = clientID
        return .run(Effect.load("load", into: mailbox) { store, _ in
            (try store.invoiceStanding(id: id), try store.invoiceLines(invoiceID: id), try store.outstanding(clientID: clientID),
             try SiteNames.read(store))
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if result.tag == PriceItemPicker.queryTag {
            picker?.receiveMatches()
            return .handled
        }
        if result.tag == PendingTreatment.checkTag, let picked = pending {
            pending = nil
            if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
            let report = allergyMatches.take() ?? AllergyReport(petName: "", matches: [])
            let matches = report.matches
            if matches.isEmpty { return addLine(picked.item, quantity: picked.quantity, allergyReason: nil, today: context.today) }
            warning = AllergyWarning(petName: report.petName, item: picked.item, quantity: picked.quantity, matches: matches)
            return .handled
        }
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == PrintSetup.loadTag, let setup = printSetup.take(), let invoice {
            return setup.open(PrintForm(document: .invoiceID(invoiceID),
                                        what: "invoice \(MoneyText.invoiceName(invoice)) for \(clientName)", setup: setup))
        }
        if result.tag == "deleted" { return .pop(StatusMessage("Draft invoice deleted.", kind: .success)) }
        if result.tag == "change" {
            let note = done.take() ?? "Saved."
            return .all([.message(StatusMessage(note, kind: .success)), refresh(in: context, reason: .reappeared)])
        }
        if let loaded = mailbox.take() {
            standing = loaded.0
            invoice = loaded.0.invoice
            accountOutstanding = loaded.2
            siteNames = loaded.3
            lines = loaded.1
            list.setItemCount(loaded.1.count)
        }
        return .handled
    }
}
