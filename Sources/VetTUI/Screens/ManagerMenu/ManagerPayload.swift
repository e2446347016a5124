import VetCore
import VetStore

/// What the manager's tools' store effects hand back.
enum ManagerPayload {
    case settings(PracticeSettings, version: Int)
    case holidays(changes: [HolidayChange], calendar: HolidayCalendar)
    case audit(AuditPage)
    case auditFilter(AuditFilter)
}
