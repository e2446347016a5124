import Foundation

/// The 72-hour clock of a personal-data breach (UK GDPR Art 33; DPJL 2018 Art 20). Unlike the
/// request clock it counts instants, not calendar days: the report is due exactly 72 hours
/// after the practice became aware, so across a clock change the local time of day it falls on
/// moves by an hour.
public struct BreachClock: Hashable, Sendable {
    public static let window: TimeInterval = 72 * 3600

    public let awareAt: Date
    public let reporting: BreachReporting
    public let reportedAt: Date?

    public init(awareAt: Date, reporting: BreachReporting, reportedAt: Date?) {
        self.awareAt = awareAt
        self.reporting = reporting
        self.reportedAt = reportedAt
    }

    /// Aware + 72 hours, as an instant.
    public var reportBy: Date { awareAt.addingTimeInterval(Self.window) }

    /// Where the clock stands at `now`.
    public enum State: Hashable, Sendable {
        /// Still to decide or to report: `minutes` left (0 in the last minute).
        case running(minutes: Int)
        /// Still to decide or to report, the 72 hours having ended `minutes` ago.
        case overdue(minutes: Int)
        case reported(late: Bool)
        case notReportable

        /// Whether the breach still waits on a decision or a report.
        public var isOpen: Bool {
            switch self {
            case .running, .overdue: true
            case .reported, .notReportable: false
            }
        }
    }

    public func state(at now: Date) -> State {
        if let reportedAt { return .reported(late: reportedAt > reportBy) }
        if reporting == .notReportable { return .notReportable }
        let seconds = reportBy.timeIntervalSince(now)
        return seconds >= 0 ? .running(minutes: Int(seconds / 60)) : .overdue(minutes: Int(-seconds / 60))
    }

    /// "⚠ 5 h 20 min left", "✖ overdue by 3 h 05 min", "✔ reported", "✔ reported late",
    /// "✔ not reportable": a symbol and words, so neither colour nor symbol alone carries it.
    public func text(at now: Date) -> String {
        switch state(at: now) {
        case .running(let minutes): "⚠ \(Self.duration(minutes)) left"
        case .overdue(let minutes): "✖ overdue by \(Self.duration(minutes))"
        case .reported(let late): late ? "✔ reported late" : "✔ reported"
        case .notReportable: "✔ not reportable"
        }
    }

    /// "5 h 20 min", "0 h 07 min", "71 h 59 min": hours and minutes, never days, as the law counts hours.
    public static func duration(_ minutes: Int) -> String {
        let minute = minutes % 60
        return "\(minutes / 60) h " + (minute < 10 ? "0" : "") + "\(minute) min"
    }

    /// How late a report made at `reportedAt` was, in minutes; 0 when in time.
    public func lateness(of reportedAt: Date) -> Int {
        max(0, Int(reportedAt.timeIntervalSince(reportBy) / 60))
    }
}

/// An instant shown as the practice reads it: `YYYY-MM-DD HH:MM` local time with the zone's
/// name at that instant (GMT or BST in London and Jersey), so the hour a clock change moves is
/// never ambiguous.
public enum LocalInstant {
    public static func text(_ instant: Date, in zone: TimeZone) -> String {
        LocalDateTime(instant: instant, in: zone).description + " " + zoneName(instant, in: zone)
    }

    /// "GMT"/"BST" for the British Isles' zones; otherwise "UTC" with the offset ("UTC+01:00").
    public static func zoneName(_ instant: Date, in zone: TimeZone) -> String {
        let offset = zone.secondsFromGMT(for: instant)
        let british: Set<String> = ["Europe/London", "Europe/Jersey", "Europe/Guernsey", "Europe/Isle_of_Man"]
        if british.contains(zone.identifier), offset == 0 || offset == 3600 { return offset == 0 ? "GMT" : "BST" }
        if offset == 0 { return "UTC" }
        let minutes = abs(offset) / 60
        return "UTC" + (offset < 0 ? "-" : "+") + ValueText.padded(minutes / 60, width: 2) + ":"
            + ValueText.padded(minutes % 60, width: 2)
    }
}

extension PracticeRegion {
    /// The regulator a personal-data breach is reported to, named in full.
    public var breachRegulator: String {
        switch self {
        case .jersey: "the Jersey Data Protection Authority, through the Office of the Information Commissioner"
        case .eu: "the data protection supervisory authority"
        default: "the Information Commissioner's Office (ICO)"
        }
    }

    /// The same, short enough for a column or a heading.
    public var breachRegulatorShort: String {
        switch self {
        case .jersey: "the JDPA (via the JOIC)"
        case .eu: "the supervisory authority"
        default: "the ICO"
        }
    }
}
