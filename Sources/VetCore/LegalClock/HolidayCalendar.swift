/// The working days of one region: weekends, the holidays derived by rule, and one-off changes.
///
/// Deadlines roll over non-working days (UK, EU) or warn about them (Jersey), so every date
/// rule asks this calendar rather than a fixed list.
public struct HolidayCalendar: Sendable {
    public let region: PracticeRegion
    /// One-off changes for this region, keyed by date; a later change for the same date wins.
    private let changes: [LocalDate: HolidayChange]

    /// - Parameter changes: the practice's change table; rows for other regions are ignored.
    public init(region: PracticeRegion, changes: [HolidayChange] = HolidayChange.shipped) {
        self.region = region
        var byDate: [LocalDate: HolidayChange] = [:]
        for change in changes where change.regions.contains(region) {
            byDate[change.date] = change
        }
        self.changes = byDate
    }

    /// Every holiday of `year`, in date order, after one-off changes.
    public func holidays(in year: Int) -> [Holiday] {
        var byDate: [LocalDate: String] = [:]
        for holiday in HolidayRules.holidays(region: region, year: year) {
            byDate[holiday.date] = holiday.name
        }
        for (date, change) in changes where date.year == year {
            byDate[date] = change.isHoliday ? change.name : nil
        }
        return byDate.map { Holiday(date: $0.key, name: $0.value) }.sorted { $0.date < $1.date }
    }

    /// The holiday's name, or nil when `date` is not a holiday (weekends are not holidays by themselves).
    public func holidayName(_ date: LocalDate) -> String? {
        if let change = changes[date] { return change.isHoliday ? change.name : nil }
        return HolidayRules.holidays(region: region, year: date.year).first { $0.date == date }?.name
    }

    public func isHoliday(_ date: LocalDate) -> Bool { holidayName(date) != nil }

    /// Neither a weekend nor a holiday.
    public func isWorkingDay(_ date: LocalDate) -> Bool { !date.isWeekend && !isHoliday(date) }

    public func nextWorkingDay(onOrAfter date: LocalDate) -> LocalDate {
        var day = date
        while !isWorkingDay(day) { day = day.adding(days: 1) }
        return day
    }

    public func previousWorkingDay(onOrBefore date: LocalDate) -> LocalDate {
        var day = date
        while !isWorkingDay(day) { day = day.adding(days: -1) }
        return day
    }

    /// Why `date` is not a working day ("a weekend", "Christmas Day (substitute)"), or nil if it is one.
    public func nonWorkingReason(_ date: LocalDate) -> String? {
        if let name = holidayName(date) { return date.isWeekend ? "a weekend (\(name))" : name }
        return date.isWeekend ? "a weekend" : nil
    }
}
