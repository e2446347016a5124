import TUIKit
import VetCore
import VetStore

/// Adding or editing a price-list item. Kind, drug class and VAT rate are pick lists; a new price
/// or VAT rate takes effect from the date given (today unless changed), so visits before it keep
/// the old price.
@MainActor
struct PriceItemForm: SmallForm {
    /// The item being edited; nil for a new one.
    let editing: PriceItem?
    let today: LocalDate
    /// The item's recall rule, if it has one: saved apart from the item, so only when changed.
    var recall: RecallRule? = nil

    var title: String { editing == nil ? "New price-list item" : "Edit price-list item" }
    var heading: String { editing.map { "Edit \($0.code) \($0.name)" } ?? "Add an item to the price list" }
    var hint: String? {
        "Price in pounds (48.50). A new price or VAT rate applies from the date given; earlier visits and "
            + "invoices keep their prices. A drug class lets allergy alerts catch the medicine. A recall (e.g. "
            + "Vaccination after 12 months) puts the pet on the recall list; leave both empty for none."
    }
    var screenID: String { AppCommands.PriceListScreenID.form }
    var discardThing: String { editing == nil ? "the new item" : "this item" }
    var fieldIDs: [String: String] {
        ["code": "code", "name": "name", "item kind": "kind", "unit price": "price", "VAT rate": "vat",
         "drug class": "drugClass", "price from": "from"]
    }

    /// The three UK rates, and the item's own rate if it is another.
    var vatOptions: [ChoiceOption] {
        var rates = [VATRate.standard, .reduced, .zero]
        if let editing, !rates.contains(editing.vatRate) { rates.append(editing.vatRate) }
        return rates.map { ChoiceOption(value: $0.formatted, label: $0.formatted) }
    }

    static let noClass = ChoiceOption(value: "", label: "None")

    var fields: [FormField] {
        [FormSupport.field("code", "Code", value: editing?.code ?? "", maxLength: 20),
         FormSupport.field("name", "Name", value: editing?.name ?? "", maxLength: 100),
         PickLists.field("kind", "Kind", options: PickLists.options(PriceItemKind.self), value: editing?.kind ?? ""),
         PickLists.field("drugClass", "Drug class", options: [Self.noClass] + PickLists.options(DrugClass.self),
                         value: editing?.drugClass?.rawValue ?? ""),
         FormSupport.field("price", "Price (£)", value: editing?.unitPrice.plain ?? "", maxLength: 12),
         PickLists.field("vat", "VAT rate", options: vatOptions, value: editing?.vatRate.formatted ?? VATRate.standard.formatted),
         FormSupport.field("from", "Price from", value: today.iso, maxLength: 10),
         FormSupport.field("recallName", "Recall name", value: recall?.group ?? "", maxLength: 40),
         FormSupport.field("recallAfter", "Recall after", value: recall.map { "\($0.interval)" } ?? "", maxLength: 12)]
    }

    func submit(_ values: [String: String]) -> SmallFormSubmission {
        var errors: [String: String] = [:]
        func parse<T>(_ id: String, _ work: () throws(ValidationError) -> T) -> T? {
            do { return try work() } catch { errors[id] = error.message; return nil }
        }
        let kind = parse("kind") { () throws(ValidationError) in try PriceItemKind.parse(values["kind"] ?? "") }
        let classText = values["drugClass"] ?? ""
        let drugClass = classText.isEmpty ? nil : parse("drugClass") { () throws(ValidationError) in try DrugClass.parse(classText) }
        let price = parse("price") { () throws(ValidationError) in try Pence(parsing: values["price"] ?? "", field: "unit price") }
        let vat = parse("vat") { () throws(ValidationError) in try VATRate(parsing: values["vat"] ?? "") }
        let from = parse("from") { () throws(ValidationError) in try LocalDate(parsing: values["from"] ?? "", field: "price from") }
        let newRule = Self.recallRule(name: values["recallName"] ?? "", after: values["recallAfter"] ?? "", errors: &errors)
        guard errors.isEmpty, let kind, let price, let vat, let from else { return .invalid(errors) }
        let ruleChanged = newRule != recall
        let details = PriceItemDetails(code: values["code"] ?? "", name: values["name"] ?? "", kind: kind, unitPrice: price,
                                       vatRate: vat, drugClass: drugClass)
        guard let editing, let id = editing.id else {
            return .run(Effect.asUser("add") { store, user in
                let added = try store.addPriceItem(details, priceFrom: from, as: user)
                if let newRule, let id = added.id { try store.setRecallRule(itemID: id, newRule, as: user) }
                return .done
            })
        }
        let version = editing.version
        return .run(Effect.asUser("edit") { store, user in
            try store.updatePriceItem(id: id, expectedVersion: version, details: details, priceFrom: from, as: user)
            if ruleChanged { try store.setRecallRule(itemID: id, newRule, as: user) }
            return .done
        })
    }

    /// The typed recall: nil when both fields are empty (no recall), else a name and an interval
    /// such as "12 months"; a wrong or missing part adds its message to `errors`.
    static func recallRule(name: String, after: String, errors: inout [String: String]) -> RecallRule? {
        let name = name.trimmingCharacters(in: .whitespaces)
        let after = after.trimmingCharacters(in: .whitespaces)
        if name.isEmpty, after.isEmpty { return nil }
        if after.isEmpty {
            errors["recallAfter"] = "recall after must say when, e.g. '12 months', or clear the recall name for no recall"
            return nil
        }
        do throws(ValidationError) {
            let interval = try RecallInterval(parsing: after)
            return try RecallRule(group: name, interval: interval)
        } catch {
            errors[error.field == "recall name" ? "recallName" : "recallAfter"] = error.message
            return nil
        }
    }

    func finish(_ payload: EffectPayload) -> Outcome {
        .pop(StatusMessage(editing == nil ? "Item added to the price list." : "Item saved.", kind: .success))
    }
}
