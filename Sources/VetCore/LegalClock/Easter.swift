extension LocalDate {
    /// Easter Sunday of `year` by the Gregorian computus (the anonymous algorithm in Meeus),
    /// because Good Friday and Easter Monday move with it.
    public static func easterSunday(year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return .known(year: year, month: month, day: day)
    }

    /// A date the caller has already proved valid (fixed holiday dates, computus results),
    /// so rule code reads plainly without optional unwrapping.
    static func known(year: Int, month: Int, day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day)
            ?? LocalDate(year: year, month: month, day: 1)?.adding(days: day - 1)
            ?? LocalDate(daysSinceEpoch: 0)
    }

    /// The first `weekday` (ISO, 1 = Monday) of a month, e.g. the early May bank holiday.
    static func first(weekday: Int, month: Int, year: Int) -> LocalDate {
        let start = known(year: year, month: month, day: 1)
        return start.adding(days: (weekday - start.isoWeekday + 7) % 7)
    }

    /// The last `weekday` (ISO, 1 = Monday) of a month, e.g. the spring bank holiday.
    static func last(weekday: Int, month: Int, year: Int) -> LocalDate {
        let end = known(year: year, month: month, day: daysIn(month: month, year: year))
        return end.adding(days: -((end.isoWeekday - weekday + 7) % 7))
    }
}
