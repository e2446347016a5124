import TUIKit
import VetCore
import VetStore

/// A client's account: balance, aged debt, invoices (drafts waiting for checkout first) and the
/// statement with a running balance. Payments, refunds, credit notes and write-offs start here.
struct AccountScreen: Screen {
    let clientID: Int64
    let clientName: String
    var account: Account?
    var list = ListState()
    let mailbox = Mailbox<Account>()

    /// Everything the account page shows, read together.
    struct Account {
        var invoices: [Invoice]
        var statement: [StatementLine]
        var aged: AgedDebt
        var balance: Pence
    }

    var screenID: String { AppCommands.ScreenID.account }
    var title: String { "Account" }

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
                  let id = account.invoices[index].id else { return .handled }
            return .push(InvoiceScreen(invoiceID: id, clientID: clientID, clientName: clientName))
        case AppCommands.ID.takePayment:
            return .push(SmallFormScreen(MoneyForms.payment(clientID: clientID, clientName: clientName, invoice: nil,
                                                             suggested: account.balance)))
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
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        let id = clientID
        return .run(Effect.load("load", into: mailbox) { store, _ in
            // Drafts first: they are what reception finalises at checkout.
            let invoices = try store.invoices(clientID: id).sorted { ($0.status != .draft ? 1 : 0) < ($1.status != .draft ? 1 : 0) }
            return Account(invoices: invoices, statement: try store.statement(clientID: id),
                           aged: try store.agedDebt(clientID: id), balance: try store.balance(clientID: id))
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if let loaded = mailbox.take() {
            account = loaded
            list.setItemCount(loaded.invoices.count)
        }
        return .handled
    }
}
