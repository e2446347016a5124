import Foundation
import VetCore

/// Who the request is from when not the client, and the response that closes it.
extension AppDatabase {
    /// Records a third party acting for the client: how they relate to the client and, once it has
    /// arrived, the day their written authority was received (nothing is disclosed to them before).
    public func recordThirdParty(requestID: Int64, relationship: String, authorityReceivedOn: LocalDate?,
                                 expectedVersion: Int, as user: StaffSession) throws {
        let text: String
        do { text = try TextRule.required(relationship, field: "relationship", maxLength: 120) } catch { throw StoreError.invalid(error) }
        let today = self.today
        let received = authorityReceivedOn.map { "; written authority received on \($0.long)" } ?? "; written authority not yet received"
        try changeRequest(requestID, expectedVersion, as: user, "Made by a third party (\(text))\(received)") { request, _ in
            // Authority may come with the request or after it, never from the future.
            if let date = authorityReceivedOn, date > today {
                throw StoreError.invalid(ValidationError(field: "authority received date",
                    message: "authority received date \(date.iso) is in the future; today is \(today.iso)"))
            }
            request.onBehalfOfClient = true
            request.thirdPartyRelationship = text
            request.authorityReceivedOn = authorityReceivedOn
            request.authorityNote = request.authorityNote ?? "written authority from the client"
        }
    }

    /// The response was sent on `date`: the request closes as completed, partly completed (with what
    /// was kept back) or refused (with the reasons), on that date.
    public func recordResponseSent(requestID: Int64, on date: LocalDate, closingAs status: RequestStatus = .completed,
                                   reason: String? = nil, expectedVersion: Int, as user: StaffSession) throws {
        guard [.completed, .partlyCompleted, .refused].contains(status) else {
            throw StoreError.invalid(ValidationError(field: "status",
                message: "a response closes a request as completed, partly completed or refused, not \(status.displayName.lowercased())"))
        }
        let text = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if status.needsReason, text.isEmpty {
            throw StoreError.invalid(ValidationError(field: "outcome",
                message: "outcome must give the reasons when a request is \(status.displayName.lowercased())"))
        }
        let today = self.today
        try changeRequest(requestID, expectedVersion, as: user, "Response sent on \(date.long): \(status.displayName)"
            + (text.isEmpty ? "" : ": \(text)")) { request, db in
            try RequestDates.check(date, "response sent date", request, today: today)
            guard !request.status.isClosed else {
                throw StoreError.refused("\(request.reference) is already \(request.status.displayName.lowercased())")
            }
            if status != .refused, request.status.isWaitingOnRequester || request.status == .received {
                throw StoreError.refused("\(request.reference) is \(request.status.displayName.lowercased()); "
                    + "the work has not started, so it can only be refused or withdrawn")
            }
            request.status = status
            request.responseSentOn = date
            request.closedOn = date
            if !text.isEmpty { request.outcome = text }
            if try RequesterRegister.forgetsOnResponse(db, request) {
                request.requesterName = RequesterRegister.removedName
                request.requesterContact = ""
            }
        }
        clearWriteAheadLog()
    }
}

/// Applies `RequestDateRule` to a request's event, as a store refusal naming the field.
enum RequestDates {
    static func check(_ date: LocalDate, _ field: String, _ request: DataRequest, today: LocalDate,
                      notBefore earlier: (LocalDate, String)? = nil) throws {
        do throws(ValidationError) {
            try RequestDateRule.check(date, field: field, received: request.receivedOn, today: today,
                                      notBefore: earlier.map { (date: $0.0, what: $0.1) })
        } catch { throw StoreError.invalid(error) }
    }
}
