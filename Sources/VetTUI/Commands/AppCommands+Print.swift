import TUIKit
import VetCore

/// Printing: an invoice from its screen, a statement from the account, and the manager's
/// printer settings.
extension AppCommands.ID {
    static let printDocument = "document.print"
}

extension AppCommands.ManagerID {
    static let printing = "manager.printing"
}

extension AppCommands.ScreenID {
    /// A draft invoice, which is edited; a finalised one (`invoice`) is printed, paid or reversed.
    static let draftInvoice = "draftInvoice"
}

extension AppCommands {
    static let printCommands: [Command] = [
        Command(id: ID.printDocument, title: "Print (choose the printer and paper, or save to a file)", group: "Money",
                keys: [.function(4), .character("P")], barLabel: "Print", barPriority: 2,
                permission: Permission.viewClient.rawValue),
        Command(id: ManagerID.printing, title: "Printing: VAT number, printer and paper", group: "Manager",
                keys: [.character("o")], permission: Permission.editSettings.rawValue),
    ]
}
