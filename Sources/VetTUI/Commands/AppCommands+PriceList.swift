import TUIKit
import VetCore

/// The price list the manager maintains, and the allergy alerts a pet's history page adds.
extension AppCommands {
    /// Command ids of the price list and allergy alerts.
    enum PriceListID {
        static let open = "manager.priceList"
        static let add = "priceList.add"
        static let edit = "priceList.edit"
        static let retire = "priceList.retire"
        static let showRetired = "priceList.showRetired"
        static let history = "priceList.history"
        static let addAllergy = "history.addAllergy"
    }

    /// Screen ids of the price list and its forms.
    enum PriceListScreenID {
        static let list = "priceList"
        static let form = "priceListForm"
        static let allergyForm = "allergyForm"
    }

    private static func needing(_ permission: Permission) -> String { permission.rawValue }

    static let priceListCommands: [Command] = [
        Command(id: PriceListID.open, title: "Price list: items, dated prices, drug classes", group: "Manager",
                keys: [.character("p")], permission: needing(.editPriceList)),
        Command(id: PriceListID.add, title: "Add a price-list item", group: "Price list",
                keys: [.function(2), .character("n")], barLabel: "Add", barPriority: 1, permission: needing(.editPriceList)),
        Command(id: PriceListID.edit, title: "Edit the selected item (a new price takes effect from a date)",
                group: "Price list", keys: [.function(4), .character("e")], barLabel: "Edit", barPriority: 1,
                permission: needing(.editPriceList)),
        Command(id: PriceListID.history, title: "Price history of the selected item", group: "Price list",
                keys: [.function(5), .character("h"), .enter], barLabel: "History", barPriority: 2,
                permission: needing(.editPriceList)),
        Command(id: PriceListID.showRetired, title: "Show or hide retired items", group: "Price list",
                keys: [.function(6), .character("v")], barLabel: "Retired", barPriority: 3,
                permission: needing(.editPriceList)),
        Command(id: PriceListID.retire, title: "Retire the selected item, or put a retired one back", group: "Price list",
                keys: [.function(8), .character("x")], barLabel: "Retire", barPriority: 2, isDestructive: true,
                permission: needing(.editPriceList),
                confirm: "A retired item is no longer offered when picking treatments or sales; "
                    + "treatments and invoices that used it keep it."),
        Command(id: PriceListID.addAllergy, title: "Add an allergy alert naming a drug class or a medicine",
                group: "Pet history", keys: [.function(5), .character("+"), .ctrl("e")], barLabel: "Allergy",
                barPriority: 1, permission: needing(.editPet)),
    ]

    static let priceListScreens: [ScreenCommands] = [
        ScreenCommands(id: PriceListScreenID.list, title: "Price list",
                       commandIDs: [PriceListID.add, PriceListID.edit, PriceListID.history, PriceListID.retire,
                                    PriceListID.showRetired]),
        ScreenCommands(id: PriceListScreenID.form, title: "Price-list item",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: PriceListScreenID.allergyForm, title: "Allergy alert",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
    ]
}
