/// A one-off change to the holiday rules, announced by a government or entered by the practice:
/// an extra day (`isHoliday` true) or a rule-derived day that is cancelled (`isHoliday` false).
///
/// The database seeds itself from `shipped` and the manager may add or remove rows; an EU
/// practice enters its own public holidays as rows for region `eu`.
public struct HolidayChange: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var name: String
    public var regions: Set<PracticeRegion>
    public var isHoliday: Bool

    public init(date: LocalDate, name: String, regions: Set<PracticeRegion>, isHoliday: Bool = true) {
        self.date = date
        self.name = name
        self.regions = regions
        self.isHoliday = isHoliday
    }
}

extension HolidayChange {
    /// The one-off days known when VetDesk shipped (§3). A moved holiday is two rows:
    /// the cancelled rule day and the new day.
    public static let shipped: [HolidayChange] = [
        change(2020, 5, 4, "Early May bank holiday (moved to 8 May for VE Day)", uk, isHoliday: false),
        change(2020, 5, 8, "VE Day 75th anniversary", all),
        change(2021, 9, 27, "Corn Riots anniversary", [.jersey]),
        change(2022, 5, 30, "Spring bank holiday (moved to 2 June)", all, isHoliday: false),
        change(2022, 6, 2, "Spring bank holiday", all),
        change(2022, 6, 3, "Platinum Jubilee", all),
        change(2022, 9, 19, "State funeral of Queen Elizabeth II", all),
        change(2023, 5, 8, "Coronation of King Charles III", all),
        change(2024, 7, 15, "Royal visit", [.jersey]),
        change(2026, 6, 15, "Scotland's first FIFA World Cup match", [.scotland]),
    ]

    private static let uk: Set<PracticeRegion> = [.englandWales, .scotland, .northernIreland]
    private static let all: Set<PracticeRegion> = [.englandWales, .scotland, .northernIreland, .jersey]

    private static func change(
        _ year: Int, _ month: Int, _ day: Int, _ name: String,
        _ regions: Set<PracticeRegion>, isHoliday: Bool = true
    ) -> HolidayChange {
        HolidayChange(date: .known(year: year, month: month, day: day), name: name,
                      regions: regions, isHoliday: isHoliday)
    }
}
