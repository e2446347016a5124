import Foundation
import VetSQL
import VetCore

/// Small unaudited reads the diary screens need: they reveal no client's data, so a terminal
/// may run them every second without filling the audit trail.
extension AppDatabase {
    /// A fingerprint of a site's diary over `days` days from `date`: it changes whenever an
    /// appointment there is booked, moved or changes state, or an absence or the hours change.
    /// The diary reads itself again (an audited view) only when it has.
    public func diaryStamp(from date: LocalDate, days: Int, siteID: Int64? = nil, as user: StaffSession) throws -> String {
        try read { db in
            let site = try siteID ?? Sites.working(db, for: user)
            let first = LocalDateTime(date: date, time: .midnight)
            let last = LocalDateTime(date: date.adding(days: max(1, days)), time: .midnight)
            let booked = try db.fetchAll("""
                SELECT count(*) AS n, coalesce(sum(version), 0) AS versions, coalesce(max(updated_at), '') AS latest
                FROM appointment WHERE site_id = ? AND starts_at >= ? AND starts_at < ?
                """, [site, first, last]).first
            let away = try db.fetchAll("""
                SELECT count(*) AS n, coalesce(max(recorded_at), '') AS latest FROM staff_absence WHERE starts_at < ? AND ends_at > ?
                """, [last, first]).first
            let hours = try db.fetchAll("""
                SELECT weekday, opens, closes, coalesce(break_from, '') AS bf, coalesce(break_to, '') AS bt
                FROM opening_hours WHERE site_id = ? ORDER BY weekday
                """, [site])
            let slot = try DiaryRules.slotMinutes(db)
            var parts = [String(slot)]
            if let booked {
                parts += [String(try booked.decode(Int.self, "n")), String(try booked.decode(Int.self, "versions")),
                          try booked.decode(String.self, "latest")]
            }
            if let away { parts += [String(try away.decode(Int.self, "n")), try away.decode(String.self, "latest")] }
            for day in hours {
                parts.append(try ["opens", "closes", "bf", "bt"].map { try day.decode(String.self, $0) }.joined(separator: "-"))
            }
            return parts.joined(separator: "|")
        }
    }

    /// The columns of this session's site (its vets, then its open rooms): whom a booking can be with.
    public func diaryColumns(siteID: Int64? = nil, as user: StaffSession) throws -> [DiaryColumn] {
        try read { db in try DiaryQuery.columns(db, siteID: try siteID ?? Sites.working(db, for: user)) }
    }
}
