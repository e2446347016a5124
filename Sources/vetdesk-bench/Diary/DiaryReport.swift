import Foundation
import VetCore

extension DiaryBench {
    /// The SQL one booking and its cancellation run, as literal statements for the engine's shell,
    /// inside a transaction that is rolled back so the timing leaves nothing behind. VetDesk does
    /// more (the login's role, versions, two audit entries in the hash chain); the ratio shows what that costs.
    static func rawStatements(siteID: Int64, clientID: Int64, petID: Int64, column: DiaryColumnID, start: LocalDateTime,
                              userID: Int64) -> [String] {
        let end = start.adding(minutes: 15)
        let (columnName, columnID): (String, Int64) = switch column {
        case .staff(let id): ("staff_id", id)
        case .room(let id): ("room_id", id)
        }
        let stamp = "'2026-03-02 12:00:00.000'"
        let lookup = switch column {
        case .staff(let id): ["SELECT * FROM staff_user WHERE id = \(id)",
                              "SELECT count(*) FROM staff_site WHERE staff_id = \(id) AND site_id = \(siteID)",
                              "SELECT * FROM staff_absence WHERE staff_id = \(id) AND starts_at < '\(end)' AND ends_at > '\(start)' "
                                + "ORDER BY starts_at LIMIT 1"]
        case .room(let id): ["SELECT * FROM room WHERE id = \(id)"]
        }
        return ["BEGIN", "SELECT * FROM pet WHERE id = \(petID)", "SELECT * FROM client WHERE id = \(clientID)",
                "SELECT slot_minutes FROM diary_settings WHERE id = 1", "SELECT name FROM site WHERE id = \(siteID)",
                "SELECT * FROM opening_hours WHERE site_id = \(siteID)"] + lookup + [
            """
            SELECT a.starts_at, a.ends_at, a.kind, p.name AS pet, c.first_name, c.last_name FROM appointment a
            JOIN pet p ON p.id = a.pet_id JOIN client c ON c.id = a.client_id
            WHERE a.\(columnName) = \(columnID) AND a.starts_at < '\(end)' AND a.ends_at > '\(start)'
              AND a.state NOT IN ('cancelled', 'noShow') AND a.id <> -1 ORDER BY a.starts_at LIMIT 1
            """,
            """
            INSERT INTO appointment (site_id, client_id, pet_id, \(columnName), starts_at, ends_at, kind, reason, notes, state,
              created_at, created_by, version, updated_at, updated_by)
            VALUES (\(siteID), \(clientID), \(petID), \(columnID), '\(start)', '\(end)', 'consultation', 'Booking timing', '',
              'booked', \(stamp), \(userID), 1, \(stamp), \(userID))
            """,
            "SELECT * FROM appointment WHERE id = (SELECT max(id) FROM appointment)",
            """
            UPDATE appointment SET state = 'cancelled', cancel_reason = 'Timing run', version = version + 1,
              updated_at = \(stamp), updated_by = \(userID) WHERE id = (SELECT max(id) FROM appointment)
            """,
            "ROLLBACK",
        ]
    }

    /// The figures as plain text.
    static func report(_ result: DiaryBenchResult, shell: String) -> String {
        func line(_ name: String, _ values: [Double]) -> String {
            "  " + BenchReport.pad(name, 22) + String(format: "p50 %6.2f ms   p99 %6.2f ms   max %6.2f ms", BenchRunner.percentile(values, 0.5),
                                                      BenchRunner.percentile(values, 0.99), values.max() ?? 0)
        }
        return [
            "",
            "Booking at \(result.siteName) on \(result.day.iso), the busiest day to come (\(result.bookedThatDay) appointments), "
                + "\(result.bookMilliseconds.count) runs:",
            line("book", result.bookMilliseconds),
            line("cancel", result.cancelMilliseconds),
            line("book + cancel", result.bookAndCancelMilliseconds),
            String(format: "  %@ alone, same checks and writes: %.2f ms; ratio (VetDesk p50 / %@) %.2f", shell,
                   result.rawMilliseconds, shell, result.ratio),
        ].joined(separator: "\n")
    }
}
