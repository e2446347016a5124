import Foundation
import Testing
import VetCore
import VetStore

/// A practice whose client owes on two invoices with several VAT rates, one part paid by
/// cheque: the figures every print test checks against the ledger.
struct PrintPractice {
    static let password = "manager-pass-1"
    let practice: CommandPractice
    let invoices: [Invoice]

    var store: AppDatabase { practice.store }
    var manager: StaffSession { practice.manager }
    var path: String { practice.path }

    init(lineCount: Int = 3, description: String = "Consultation") throws {
        practice = try CommandPractice(password: Self.password)
        let store = practice.store
        let manager = practice.manager
        let clientID = try practice.zoeID
        let current = try #require(try store.practiceSettings())
        var settings = current.settings
        settings.address = "1 Quay Street, St Helier JE2 3NN"
        try store.updateSettings(settings, expectedVersion: current.version, as: manager)
        let documents = try store.documentSettings()
        try store.updateDocumentSettings(DocumentSettings(vatNumber: "GB 123 4567 89", printer: "", paper: .a4),
                                         expectedVersion: documents.version, as: manager)
        let rates: [VATRate] = [.standard, .reduced, .zero]
        var lines: [ChargeLine] = []
        for index in 0..<lineCount {
            lines.append(ChargeLine(value: InvoiceLineValue("\(description) \(index + 1)", quantity: 1 + index % 2,
                                                            unitPrice: Pence(1_234 + index * 101), vatRate: rates[index % 3])))
        }
        var made: [Invoice] = []
        for charges in [lines, [ChargeLine(value: InvoiceLineValue("Lead", quantity: 1, unitPrice: Pence(1_000), vatRate: .standard))]] {
            let draft = try store.draftInvoice(clientID: clientID, lines: charges, as: manager)
            made.append(try store.finaliseInvoice(id: try #require(draft.id), expectedVersion: draft.version, as: manager))
        }
        invoices = made
        try store.recordPayment(clientID: clientID, amount: Pence(2_000), method: .cheque, reference: "chq 12",
                                invoiceIDs: [try #require(made[0].id)], as: manager)
    }

    var firstNumber: String { invoices[0].number ?? "" }
}
