import Foundation
import VetCore
import VetStore

/// What the diary settings screen lists, one row each: the slot length, the site's seven days,
/// its rooms, then absences from today on.
struct DiarySettings {
    enum Row: Hashable {
        case slot
        case day(Int)
        case room(Room)
        case absence(StaffAbsence)
    }

    var siteID: Int64
    var siteName: String
    var slotMinutes: Int
    /// Open weekdays' hours by ISO weekday.
    var hours: [Int: OpeningDay]
    var rooms: [Room]
    var absences: [StaffAbsence]
    /// Staff id → name, for absences.
    var names: [Int64: String]
    /// The site's vets, for the absence form's pick list.
    var vets: [StaffUser]

    var rows: [Row] {
        [.slot] + (1...7).map { .day($0) } + rooms.map { .room($0) } + absences.map { .absence($0) }
    }

    /// The row's two columns: what it is and its setting.
    func cells(_ row: Row) -> (what: String, setting: String) {
        switch row {
        case .slot: return ("Slot length", "\(slotMinutes) minutes")
        case .day(let weekday):
            let name = OpeningDay.weekdayNames[weekday - 1]
            guard let day = hours[weekday] else { return (name, "closed") }
            let lunch = day.breakFrom.flatMap { from in day.breakTo.map { ", break \(from)–\($0)" } } ?? ""
            return (name, "\(day.opens)–\(day.closes)\(lunch)")
        case .room(let room): return ("Room: \(room.name)", room.active ? "open for bookings" : "closed")
        case .absence(let away):
            let reason = away.reason.isEmpty ? "" : " (\(away.reason))"
            return ("Away: \(names[away.staffId] ?? "staff \(away.staffId)")", "\(away.startsAt) – \(away.endsAt)\(reason)")
        }
    }

    /// The settings of the session's site (or the practice's first open site).
    static func load(_ store: AppDatabase, user: StaffSession, today: LocalDate) throws -> DiarySettings {
        let sites = try store.sites()
        guard let site = sites.first(where: { $0.id == user.siteID }) ?? sites.first(where: \.active), let siteID = site.id else {
            throw StoreError.refused("the practice has no open site")
        }
        let staff = try store.users()
        let working = try store.staffSites()
        let vets = staff.filter { $0.role == .vet && $0.active && working[$0.id ?? 0]?.contains(siteID) == true }
        return DiarySettings(
            siteID: siteID, siteName: site.name, slotMinutes: try store.diarySlotMinutes(),
            hours: Dictionary(uniqueKeysWithValues: try store.openingHours(siteID: siteID).map { ($0.weekday, $0) }),
            rooms: try store.rooms(siteID: siteID), absences: try store.absences(from: today),
            names: Dictionary(uniqueKeysWithValues: staff.compactMap { user in user.id.map { ($0, user.displayName) } }),
            vets: vets)
    }
}
