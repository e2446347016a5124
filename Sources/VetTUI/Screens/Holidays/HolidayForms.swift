import TUIKit
import VetCore
import VetStore

/// The "add a one-off day" form and the words for region sets.
@MainActor
enum HolidayForms {
    static func add(year: Int, today: LocalDate) -> ManagerForm {
        let codes = PracticeRegion.allCases.map(\.rawValue).joined(separator: ", ")
        let suggested = today.year == year ? today.iso : "\(year)-"
        return ManagerForm(
            title: "Add a one-off day", heading: "Add a one-off holiday change",
            hint: "Regions: \"all\" (the four UK and Channel Island regions) or a list of \(codes). "
                + "Kind: holiday (an extra day) or cancelled (a rule day that will not be a holiday).",
            fields: [FormSupport.field("date", "Date (YYYY-MM-DD)", value: suggested, maxLength: 10),
                     FormSupport.field("name", "Name", maxLength: 100),
                     FormSupport.field("regions", "Regions", maxLength: 80),
                     PickLists.field("kind", "Kind", options: [ChoiceOption(value: "holiday", label: "Holiday (an extra day)"),
                                                               ChoiceOption(value: "cancelled", label: "Cancelled (no holiday)")],
                                     value: "holiday")],
            fieldIDs: ["holiday name": "name", "regions": "regions"], doneMessage: "Holiday change added.") { values in
            var errors: [String: String] = [:]
            let date = LocalDate(iso: (values["date"] ?? "").trimmingCharacters(in: .whitespaces))
            if date == nil { errors["date"] = LocalDate.refusal(of: values["date"] ?? "", field: "date").message }
            let regions: Set<PracticeRegion>
            do { regions = try parseRegions(values["regions"] ?? "") } catch {
                regions = []
                errors["regions"] = ErrorText.describe(error)
            }
            let kind = (values["kind"] ?? "").trimmingCharacters(in: .whitespaces).lowercased()
            if !["holiday", "cancelled"].contains(kind) { errors["kind"] = "kind '\(kind)' must be holiday or cancelled" }
            guard errors.isEmpty, let date else { return .invalid(errors) }
            let change = HolidayChange(date: date, name: values["name"] ?? "", regions: regions, isHoliday: kind == "holiday")
            return .run(Effect.asUser("add") { store, user in
                try store.addHolidayChange(change, as: user)
                return .done
            })
        }
    }

    /// "all", or region codes separated by commas or spaces.
    static func parseRegions(_ text: String) throws(ValidationError) -> Set<PracticeRegion> {
        let words = text.lowercased().split { $0 == "," || $0 == " " }.map(String.init)
        if words == ["all"] { return [.englandWales, .scotland, .northernIreland, .jersey] }
        guard !words.isEmpty else {
            throw ValidationError(field: "regions", message: "regions must name at least one region, or all")
        }
        var regions: Set<PracticeRegion> = []
        for word in words {
            do { regions.insert(try PracticeRegion.parse(word)) } catch {
                throw ValidationError(field: "regions", message: error.message)
            }
        }
        return regions
    }

    /// "England and Wales, Jersey".
    static func regionNames(_ regions: Set<PracticeRegion>) -> String {
        PracticeRegion.allCases.filter(regions.contains).map(\.displayName).joined(separator: ", ")
    }
}
