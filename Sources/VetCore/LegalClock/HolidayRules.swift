/// The statutory holidays of a region, derived by rule for any year (§3 of the data-protection
/// rules), before one-off changes are applied. The EU has no rule holidays: the practice enters them.
enum HolidayRules {
    /// A holiday on a fixed calendar date, and how it behaves when that date is a weekend.
    private struct FixedDate {
        enum WeekendRule { case substitute, followingMonday, noneOnSunday }
        var month: Int
        var day: Int
        var name: String
        var weekendRule: WeekendRule = .substitute
    }

    static func holidays(region: PracticeRegion, year: Int) -> [Holiday] {
        guard region != .eu else { return [] }
        var result = movingHolidays(region: region, year: year)
        let fixed = fixedDates(region: region)
        var taken = Set(result.map(\.date))
        // Fixed dates that fall on weekdays are holidays where they are; place them first so a
        // substitute never lands on one (Christmas on Sunday 2022 → Tuesday, since Monday is Boxing Day).
        var onWeekend: [FixedDate] = []
        for rule in fixed {
            let date = LocalDate.known(year: year, month: rule.month, day: rule.day)
            if date.isWeekend {
                onWeekend.append(rule)
            } else {
                result.append(Holiday(date: date, name: rule.name))
                taken.insert(date)
            }
        }
        for rule in onWeekend {
            let date = LocalDate.known(year: year, month: rule.month, day: rule.day)
            switch rule.weekendRule {
            case .noneOnSunday:
                if date.isoWeekday == 6 { result.append(Holiday(date: date, name: rule.name)) }
            case .followingMonday:
                let monday = date.adding(days: 8 - date.isoWeekday)
                result.append(Holiday(date: monday, name: "\(rule.name) (substitute)"))
                taken.insert(monday)
            case .substitute:
                var substitute = date
                while substitute.isWeekend || taken.contains(substitute) {
                    substitute = substitute.adding(days: 1)
                }
                result.append(Holiday(date: substitute, name: "\(rule.name) (substitute)"))
                taken.insert(substitute)
            }
        }
        return result.sorted { $0.date < $1.date }
    }

    /// Holidays tied to Easter or to a weekday of a month; they never fall on a weekend.
    private static func movingHolidays(region: PracticeRegion, year: Int) -> [Holiday] {
        let easter = LocalDate.easterSunday(year: year)
        var days = [
            Holiday(date: easter.adding(days: -2), name: "Good Friday"),
            Holiday(date: .first(weekday: 1, month: 5, year: year), name: "Early May bank holiday"),
            Holiday(date: .last(weekday: 1, month: 5, year: year), name: "Spring bank holiday"),
        ]
        if region != .scotland {
            days.append(Holiday(date: easter.adding(days: 1), name: "Easter Monday"))
            days.append(Holiday(date: .last(weekday: 1, month: 8, year: year), name: "Summer bank holiday"))
        } else {
            days.append(Holiday(date: .first(weekday: 1, month: 8, year: year), name: "Summer bank holiday"))
        }
        return days
    }

    /// Fixed-date holidays in calendar order, so substitutes are placed earliest first.
    private static func fixedDates(region: PracticeRegion) -> [FixedDate] {
        var rules = [FixedDate(month: 1, day: 1, name: "New Year's Day")]
        switch region {
        case .scotland:
            rules.append(FixedDate(month: 1, day: 2, name: "2 January"))
        case .northernIreland:
            rules.append(FixedDate(month: 3, day: 17, name: "St Patrick's Day"))
        case .jersey:
            rules.append(FixedDate(month: 5, day: 9, name: "Liberation Day", weekendRule: .noneOnSunday))
        case .englandWales, .eu:
            break
        }
        if region == .northernIreland {
            rules.append(FixedDate(month: 7, day: 12, name: "Battle of the Boyne"))
        }
        if region == .scotland {
            rules.append(FixedDate(month: 11, day: 30, name: "St Andrew's Day", weekendRule: .followingMonday))
        }
        rules.append(FixedDate(month: 12, day: 25, name: "Christmas Day"))
        rules.append(FixedDate(month: 12, day: 26, name: "Boxing Day"))
        return rules
    }
}
