import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk statement CLIENT --as USER`: a client's statement for scripts — every entry with the
/// running balance, each invoice with what is outstanding, the balance and the aged debt.
struct StatementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statement",
        abstract: "Print a client's statement: entries with a running balance, invoices outstanding, aged debt.")

    @Argument(help: "The client's number (as `vetdesk search` prints it), or search text that finds exactly one client.")
    var client: String

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var login: StaffLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let store = try database.open(.reading)
            let user = try login.session(store)
            let statement = try store.accountStatement(clientID: try ClientArgument.id(client, in: store), as: user)
            if json {
                try printJSON(StatementJSON(statement))
            } else {
                StatementText.lines(statement).forEach { print($0) }
            }
        }
    }
}

/// The statement as text: a heading, the entries, the invoices, the balance and the aged debt.
enum StatementText {
    static func lines(_ statement: AccountStatement) -> [String] {
        var out = ["Statement of \(statement.client.fullName) (client \(statement.client.id ?? 0)) on \(statement.on.iso)", ""]
        out.append(tableRow(["Date", "Entry", "Amount", "Balance"]))
        for line in statement.lines {
            out.append(tableRow([line.entry.entryOn.iso, line.detail, Pence(line.entry.balanceEffectPence).formatted,
                                 line.runningBalance.formatted]))
        }
        if statement.lines.isEmpty { out.append("Nothing on the account yet.") }
        out += ["", tableRow(["Invoice", "Issued", "Total", "Outstanding", "Status"])]
        for standing in statement.invoices {
            let invoice = standing.invoice
            out.append(tableRow([invoice.number ?? "", invoice.issuedOn?.iso ?? "", invoice.gross.formatted,
                                 standing.outstanding.formatted,
                                 standing.paymentStatus?.displayName ?? (invoice.status == .reversed ? "Reversed" : "")]))
        }
        let aged = statement.aged
        out += ["", "Balance: \(Balance(owed: statement.balance).formatted)",
                "Aged debt: 0–30 days \(aged.current.formatted) · 31–60 \(aged.days31to60.formatted) · "
                    + "61–90 \(aged.days61to90.formatted) · over 90 \(aged.over90.formatted)"
                    + (aged.unallocatedCredit.value > 0 ? " · credit \(aged.unallocatedCredit.formatted)" : "")]
        return out
    }
}

/// The statement for scripts: amounts in pence, dates as ISO 8601.
struct StatementJSON: Encodable {
    struct Line: Encodable {
        var date: String
        var kind: String
        var detail: String
        var invoices: [String]
        var amountPence: Int
        var balancePence: Int
    }

    struct InvoiceLine: Encodable {
        var number: String
        var issued: String
        var totalPence: Int
        var outstandingPence: Int
        var status: String
    }

    struct Aged: Encodable {
        var currentPence: Int
        var days31to60Pence: Int
        var days61to90Pence: Int
        var over90Pence: Int
        var creditPence: Int
    }

    var clientID: Int64
    var client: String
    var date: String
    var lines: [Line]
    var invoices: [InvoiceLine]
    var balancePence: Int
    var agedDebt: Aged

    init(_ statement: AccountStatement) {
        clientID = statement.client.id ?? 0
        client = statement.client.fullName
        date = statement.on.iso
        lines = statement.lines.map { line in
            Line(date: line.entry.entryOn.iso, kind: line.entry.kind.rawValue, detail: line.detail,
                 invoices: line.invoiceNumbers, amountPence: line.entry.balanceEffectPence,
                 balancePence: line.runningBalance.value)
        }
        invoices = statement.invoices.map { standing in
            InvoiceLine(number: standing.invoice.number ?? "", issued: standing.invoice.issuedOn?.iso ?? "",
                        totalPence: standing.invoice.grossPence, outstandingPence: standing.outstanding.value,
                        status: standing.paymentStatus?.rawValue ?? standing.invoice.status.rawValue)
        }
        balancePence = statement.balance.value
        let aged = statement.aged
        agedDebt = Aged(currentPence: aged.current.value, days31to60Pence: aged.days31to60.value,
                        days61to90Pence: aged.days61to90.value, over90Pence: aged.over90.value,
                        creditPence: aged.unallocatedCredit.value)
    }
}
