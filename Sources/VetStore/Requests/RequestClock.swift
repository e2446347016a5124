import Foundation
import GRDB
import VetCore

/// Recomputes a request's legal clock from its stored inputs, the practice's region and the holiday table.
enum RequestClock {
    static func input(for request: DataRequest, pauses: [RequestPause], region: PracticeRegion) -> RequestClockInput {
        RequestClockInput(received: request.receivedOn, region: region, identityAsked: request.identityAskedOn,
                          identityReceived: request.identityReceivedOn, feeAsked: request.feeAskedOn,
                          feePaid: request.feePaidOn,
                          pauses: pauses.map { ClarificationPause(asked: $0.askedOn, answered: $0.answeredOn) },
                          extended: request.extended, extensionNoticeSent: request.extensionNoticeOn)
    }

    static func compute(_ db: Database, request: DataRequest, today: LocalDate) throws -> DeadlineResult {
        let region = try PracticeSettingsRow.current(db).region
        let pauses = try pauses(db, requestID: request.id)
        do {
            return try DeadlineEngine.deadline(for: input(for: request, pauses: pauses, region: region),
                                               changes: try HolidayTable.changes(db), asOf: today)
        } catch let error as ValidationErrors {
            throw StoreError.invalid(error)
        }
    }

    /// Stores the clock's results on the request row.
    static func apply(_ result: DeadlineResult, to request: inout DataRequest) {
        request.relevantTime = result.relevantTime
        request.pausedDays = result.pausedDays
        request.dueOn = result.due
        request.targetOn = result.target
        request.extensionNoticeBy = result.extensionNoticeBy
    }

    static func pauses(_ db: Database, requestID: Int64?) throws -> [RequestPause] {
        guard let requestID else { return [] }
        return try RequestPause.filter(Column("request_id") == requestID).order(Column("asked_on")).fetchAll(db)
    }
}
