import TUIKit
import VetCore
import VetStore

/// A client's account: balance, aged debt, invoices (drafts waiting for checkout first) with
/// what is outstanding on each, and the statement with a running balance, which Tab focuses
/// for scrolling. Payments, refunds, credit notes, write-offs and counter sales start here.
struct AccountScreen: Screen {
    let clientID: Int64
    let clientName: String
    var account: Account?
    var list = ListState()
    /// One past the last statement line shown; nil follows the newest entries.
    var statementEnd: Int?
    var statementFocused = false
    /// How far PgUp and PgDn move the statement.
    static let statementPage = 10
    var picker: PriceItemPicker?
    let mailbox = Mailbox<Account>()
    let sold = Mailbox<Invoice>()
    let printSetup = Mailbox<PrintSetup>()

    /// Everything the account page shows, read together.
    struct Account {
        var invoices: [InvoiceStanding]
        var statement: [StatementLine]
        var aged: AgedDebt
        var balance: Pence
        /// Where each invoice was drawn up, when the practice has several sites.
        var sites: [Int64: String] = [:]
        /// What the client's invoices still have outstanding (a payment above it leaves credit).
        var outstanding: Pence { invoices.map(\.outstanding).sum() }
    }

    var screenID: String { AppCommands.ScreenID.account }
    var title: String { "Account" }
    var isModal: Bool { picker != nil }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard let account else { return .disabled(reason: "the account is still loading") }
        switch command.id {
        case AppCommands.ID.openInvoice where account.invoices.isEmpty:
            return .disabled(reason: "\(clientName) has no invoices yet")
        case AppCommands.ID.refund where account.balance.value >= 0:
            return .disabled(reason: "\(clientName) has no credit to refund")
        case AppCommands.ID.writeOff where account.balance.value <= 0:
            return .disabled(reason: "\(clientName) owes nothing")
        default:
            return .enabled
        }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard let account else { return .handled }
        switch command.id {
        case AppCommands.ID.openInvoice:
            guard let index = list.selectedIndex, account.invoices.indices.contains(index),
                  let id = account.invoices[index].invoice.id else { return .handled }
            return .push(InvoiceScreen(invoiceID: id, clientID: clientID, clientName: clientName))
        case AppCommands.ID.printDocument:
            return .run(PrintSetup.load(into: printSetup))
        case AppCommands.ID.counterSale:
            let opened = PriceItemPicker()
            picker = opened
            return .run(opened.query())
        case AppCommands.ID.takePayment:
            return .push(SmallFormScreen(MoneyForms.payment(clientID: clientID, clientName: clientName, invoice: nil,
                                                             suggested: account.outstanding, outstanding: account.outstanding)))
        case AppCommands.ID.refund:
            return .push(SmallFormScreen(MoneyForms.refund(clientID: clientID, clientName: clientName,
                                                            credit: -account.balance)))
        case AppCommands.ID.creditNote, AppCommands.ID.writeOff:
            return .push(SmallFormScreen(MoneyForms.reduction(writeOff: command.id == AppCommands.ID.writeOff,
                                                               clientID: clientID, clientName: clientName,
                                                               owed: account.balance)))
        default:
            return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        if picker != nil { return handlePicker(key, in: context) }
        if key == .tab {
            statementFocused.toggle()
            return .handled
        }
        if statementFocused {
            scrollStatement(key)
        } else {
            _ = list.handle(key)
        }
        return .handled
    }

    /// Moves the statement by a line (arrows), a page (PgUp/PgDn) or to either end (Home/End).
    /// The screen keeps at least a screenful in view, so the oldest lines stop at the top.
    private mutating func scrollStatement(_ key: Key) {
        let count = account?.statement.count ?? 0
        let end = statementEnd ?? count
        let moved: Int = switch key {
        case .up: end - 1
        case .down: end + 1
        case .pageUp: end - Self.statementPage
        case .pageDown: end + Self.statementPage
        case .home: 1
        case .end: count
        default: end
        }
        statementEnd = moved >= count ? nil : max(1, moved)
    }

    /// A counter sale: the first item picked from the price list starts a draft, which opens for
    /// more lines and checkout.
    private mutating func handlePicker(_ key: Key, in context: AppContext) -> Outcome {
        guard var open = picker else { return .handled }
        let outcome = open.handle(key)
        picker = open
        switch outcome {
        case .stay: return .handled
        case .query(let effect): return .run(effect)
        case .cancel: picker = nil; return .handled
        case .chose(let item, let quantity):
            picker = nil
            let line = ChargeLine(value: InvoiceLineValue(description: item.name, quantity: quantity,
                                                          unitPrice: item.unitPrice, vatRate: item.vatRate),
                                  treatedOn: context.today)
            let id = clientID
            return .run(Effect.load("sale", into: sold) { store, user in
                try store.draftInvoice(clientID: id, lines: [line], as: user)
            })
        }
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        let id = clientID
        return .run(Effect.load("load", into: mailbox) { store, _ in
            // Drafts first: they are what reception finalises at checkout.
            let invoices = try store.invoiceStandings(clientID: id)
                .sorted { ($0.invoice.status != .draft ? 1 : 0) < ($1.invoice.status != .draft ? 1 : 0) }
            return Account(invoices: invoices, statement: try store.statement(clientID: id),
                           aged: try store.agedDebt(clientID: id), balance: try store.balance(clientID: id),
                           sites: try SiteNames.read(store))
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if result.tag == PriceItemPicker.queryTag {
            picker?.receiveMatches()
            return .handled
        }
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == PrintSetup.loadTag, let setup = printSetup.take() {
            return setup.open(PrintForm(document: .statement(clientID: clientID),
                                        what: "the statement of \(clientName)", setup: setup))
        }
        if result.tag == "sale", let draft = sold.take(), let id = draft.id {
            return .push(InvoiceScreen(invoiceID: id, clientID: clientID, clientName: clientName))
        }
        if let loaded = mailbox.take() {
            account = loaded
            list.setItemCount(loaded.invoices.count)
        }
        return .handled
    }
}
