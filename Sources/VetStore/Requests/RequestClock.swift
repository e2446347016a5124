import Foundation
import GRDB
import VetSQL
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

    static func compute(_ db: any SQLConnection, request: DataRequest, today: LocalDate) throws -> DeadlineResult {
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

    /// Recomputes every open request's clock after the holiday table or the practice's region
    /// changed, inside that change's transaction, so the queue, the detail, the command line and
    /// JSON never show a stale due date. A request whose due date moved gets a history line saying why.
    /// Returns how many requests' due dates moved.
    @discardableResult
    static func recomputeOpen(_ db: any SQLConnection, because why: String, today: LocalDate, at now: Date,
                              by userID: Int64) throws -> Int {
        var moved = 0
        for var request in try db.fetchRecords(DataRequest.self, "SELECT * FROM dsr_request WHERE closed_on IS NULL") {
            let before = request
            apply(try compute(db, request: request, today: today), to: &request)
            guard request != before, let id = request.id else { continue }
            try db.update(request, id: id)
            if request.dueOn != before.dueOn {
                moved += 1
                try RequestHistory.append(db, request: request, what: "Due date moved from \(before.dueOn.iso) to "
                    + "\(request.dueOn.iso): \(why)", at: now, by: userID)
            }
        }
        return moved
    }

    static func pauses(_ db: any SQLConnection, requestID: Int64?) throws -> [RequestPause] {
        guard let requestID else { return [] }
        return try db.fetchRecords(RequestPause.self, "SELECT * FROM dsr_pause WHERE request_id = ? ORDER BY asked_on",
                                   [requestID])
    }
}
