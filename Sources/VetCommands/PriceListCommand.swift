import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk price-list [list|add|edit|retire|history]`: the practice's price list. Reading it needs
/// no login (it holds no personal data); changing it needs a practice manager's.
struct PriceListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "price-list",
        abstract: "List the price list, or (as a manager) add, edit or retire items; price changes are dated.",
        subcommands: [List.self, Add.self, Edit.self, Retire.self, History.self, Recall.self], defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every item on offer: code, name, kind, drug class, price and VAT in force, and any change to come.")
        @Flag(help: "Include retired items.") var all = false
        @Option(help: ArgumentHelp("Show the prices in force on this day (YYYY-MM-DD) instead of today.", valueName: "date"))
        var on: String?
        @Flag(help: "Print JSON instead of a table.") var json = false
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let day = try on.map { try CommandDate.parse($0, option: "--on") }
                let store = try database.open(.reading)
                let items = try store.priceList(includeRetired: all, on: day)
                if json {
                    let rows = try items.map { item in PriceListJSON(item, history: try store.priceHistory(itemID: item.id ?? 0)) }
                    try printJSON(rows)
                    return
                }
                if items.isEmpty { print("The price list is empty."); return }
                let today = day ?? store.clock.today()
                let recalls = Dictionary(try store.recallRules().map { ($0.itemID, $0.rule) }, uniquingKeysWith: { first, _ in first })
                for item in items {
                    let next = try store.priceHistory(itemID: item.id ?? 0).first { $0.effectiveFrom > today }
                    printRow([item.code, item.name, item.kind, item.drugClass?.rawValue ?? "-", item.unitPrice.plain,
                              item.vatRate.formatted, item.active ? "on offer" : "retired",
                              next.map { "from \($0.effectiveFrom.iso): \($0.unitPrice.plain) VAT \($0.vatRate.formatted)" } ?? "",
                              recalls[item.id ?? 0].map { "recall: \($0.group) after \($0.interval)" } ?? ""])
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an item to the price list.")
        @Argument(help: "The item's code: 1 to 20 letters, digits or dashes.") var code: String
        @Option(help: "The name shown when picking and on invoices.") var name: String
        @Option(help: "service or medicine.") var kind: String
        @Option(help: ArgumentHelp("Price in pounds, e.g. 48.50.", valueName: "pounds")) var price: String
        @Option(help: ArgumentHelp("VAT rate, e.g. 20%.", valueName: "rate")) var vat = "20%"
        @Option(help: ArgumentHelp("The medicine's drug class (\(DrugClass.allCases.map(\.rawValue).joined(separator: ", "))).",
                                   valueName: "class"))
        var drugClass: String?
        @Option(help: ArgumentHelp("The day the price takes effect (YYYY-MM-DD); today when left out.", valueName: "date"))
        var from: String?
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let details = try PriceListOptions.details(code: code, name: name, kind: kind, price: price, vat: vat,
                                                           drugClass: drugClass)
                let day = try from.map { try CommandDate.parse($0, option: "--from") }
                let store = try database.open(.existing)
                let item = try store.addPriceItem(details, priceFrom: day, as: try login.session(store))
                print("Added \(item.code) \(item.name): \(details.unitPrice.formatted), VAT \(details.vatRate.formatted)"
                      + " from \((day ?? store.clock.today()).iso).")
            }
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an item. Name, code, kind and class change now; a new price or VAT rate from --from (default today).")
        @Argument(help: "The item's code now.") var code: String
        @Option(name: .customLong("code"), help: "A new code.") var newCode: String?
        @Option(help: "A new name.") var name: String?
        @Option(help: "service or medicine.") var kind: String?
        @Option(help: ArgumentHelp("The new price in pounds, e.g. 52.00.", valueName: "pounds")) var price: String?
        @Option(help: ArgumentHelp("The new VAT rate, e.g. 5%.", valueName: "rate")) var vat: String?
        @Option(help: ArgumentHelp("The medicine's drug class.", valueName: "class")) var drugClass: String?
        @Flag(help: "Remove the item's drug class.") var noDrugClass = false
        @Option(help: ArgumentHelp("The day a new price or VAT rate takes effect (YYYY-MM-DD); today when left out.",
                                   valueName: "date"))
        var from: String?
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if noDrugClass, drugClass != nil { throw ValidationError("give --drug-class or --no-drug-class, not both") }
        }

        func run() throws {
            try reportingFailures {
                let day = try from.map { try CommandDate.parse($0, option: "--from") }
                let store = try database.open(.existing)
                let item = try store.priceItem(code: code)
                let classText = noDrugClass ? "" : drugClass ?? item.drugClass?.rawValue ?? ""
                let details = try PriceListOptions.details(
                    code: newCode ?? item.code, name: name ?? item.name, kind: kind ?? item.kind,
                    price: price ?? item.unitPrice.plain, vat: vat ?? item.vatRate.formatted,
                    drugClass: classText.isEmpty ? nil : classText)
                let saved = try store.updatePriceItem(id: item.id ?? 0, expectedVersion: item.version, details: details,
                                                      priceFrom: day, as: try login.session(store))
                let when = (day ?? store.clock.today()).iso
                print("Saved \(saved.code) \(saved.name); price \(details.unitPrice.formatted), VAT \(details.vatRate.formatted)"
                      + " from \(when).")
            }
        }
    }

    struct Retire: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retire an item (no longer offered; kept for the treatments and invoices that used it), or put it back.")
        @Argument(help: "The item's code.") var code: String
        @Flag(help: "Put a retired item back on the list.") var reinstate = false
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let item = try store.priceItem(code: code)
                let user = try login.session(store)
                if reinstate {
                    try store.reinstatePriceItem(id: item.id ?? 0, expectedVersion: item.version, as: user)
                    print("\(item.code) \(item.name) is back on the list.")
                } else {
                    try store.retirePriceItem(id: item.id ?? 0, expectedVersion: item.version, as: user)
                    print("Retired \(item.code) \(item.name); it is no longer offered.")
                }
            }
        }
    }

    struct Recall: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set an item's recall: after it is given, a reminder named --name falls due after --every.",
            discussion: "Items sharing a name meet each other's reminders: a booster given meets a pending second-dose "
                + "reminder and starts its own interval. --none removes the recall.")
        @Argument(help: "The item's code.") var code: String
        @Option(help: ArgumentHelp("The reminder's name, shared by items that meet each other, e.g. 'Vaccination'.",
                                   valueName: "name")) var name: String?
        @Option(help: ArgumentHelp("When it falls due again: days, weeks or months, e.g. '4 weeks', '12 months'.",
                                   valueName: "interval")) var every: String?
        @Flag(help: "Remove the item's recall.") var none = false

        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if none { guard name == nil, every == nil else { throw ValidationError("--none takes neither --name nor --every") } }
            else { guard name != nil, every != nil else { throw ValidationError("give --name and --every, or --none") } }
            _ = try rule()
        }

        func rule() throws -> RecallRule? {
            guard let name, let every else { return nil }
            do { return try RecallRule(group: name, interval: try RecallInterval(parsing: every)) } catch {
                throw ValidationError(error.message)
            }
        }

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let item = try store.priceItem(code: code)
                let rule = try rule()
                try store.setRecallRule(itemID: item.id ?? 0, rule, as: try login.session(store))
                print(rule.map { "\(item.code) \(item.name): a \($0.group) reminder falls due \($0.interval) after it is given." }
                      ?? "\(item.code) \(item.name) has no recall.")
            }
        }
    }

    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every price and VAT rate an item has had or will have.")
        @Argument(help: "The item's code.") var code: String
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.reading)
                let item = try store.priceItem(code: code)
                for price in try store.priceHistory(itemID: item.id ?? 0) {
                    printRow([price.effectiveFrom.iso, price.unitPrice.plain, price.vatRate.formatted])
                }
            }
        }
    }
}

/// Turning the typed options into an item's details, each refusal naming its option's field.
enum PriceListOptions {
    static func details(code: String, name: String, kind: String, price: String, vat: String,
                        drugClass: String?) throws -> PriceItemDetails {
        var errors: [String] = []
        func parse<T>(_ work: () throws(VetCore.ValidationError) -> T) -> T? {
            do { return try work() } catch { errors.append(error.message); return nil }
        }
        let kind = parse { () throws(VetCore.ValidationError) in try PriceItemKind.parse(kind, field: "kind") }
        let price = parse { () throws(VetCore.ValidationError) in try Pence(parsing: price, field: "price") }
        let vat = parse { () throws(VetCore.ValidationError) in try VATRate(parsing: vat, field: "VAT rate") }
        let drugClass = drugClass.flatMap { text in parse { () throws(VetCore.ValidationError) in try DrugClass.parse(text, field: "drug class") } }
        guard errors.isEmpty, let kind, let price, let vat else { throw CommandFailure(message: errors.joined(separator: "\n")) }
        return PriceItemDetails(code: code, name: name, kind: kind, unitPrice: price, vatRate: vat, drugClass: drugClass)
    }
}

/// One item as `price-list list --json` prints it.
struct PriceListJSON: Encodable {
    var code: String
    var name: String
    var kind: String
    var drugClass: String?
    var price: String
    var vat: String
    var active: Bool
    var prices: [DatedPrice]

    struct DatedPrice: Encodable {
        var from: String
        var price: String
        var vat: String
    }

    init(_ item: PriceItem, history: [PriceItemPrice]) {
        code = item.code
        name = item.name
        kind = item.kind
        drugClass = item.drugClass?.rawValue
        price = item.unitPrice.plain
        vat = item.vatRate.formatted
        active = item.active
        prices = history.map { DatedPrice(from: $0.effectiveFrom.iso, price: $0.unitPrice.plain, vat: $0.vatRate.formatted) }
    }
}
