import Foundation
import VetSQL
import VetCore

/// A draft invoice waiting for reception to finalise it at checkout.
public struct DraftInvoiceLine: Hashable, Sendable {
    public var invoiceID: Int64
    public var clientID: Int64
    public var clientName: String
    public var gross: Pence
    public var createdAt: Date
}

/// An insurance claim submitted long enough ago that the insurer should be chased.
public struct ClaimToChase: Hashable, Sendable {
    public var claimID: Int64
    public var clientName: String
    public var petName: String
    public var insurerName: String
    public var status: ClaimStatus
    public var submittedOn: LocalDate
    public var amountClaimed: Pence
}

/// One person's working day at one site, as the Today screen shows it. A section the role
/// does not work is nil (not empty), so the screen leaves it out rather than saying "none".
public struct TodayBoard: Hashable, Sendable {
    public var date: LocalDate
    public var siteID: Int64
    public var siteName: String
    /// Today's appointments at the site, cancelled ones left out. For a vet their own come
    /// first (by time), then their colleagues' (by time): a vet mostly wants their own list,
    /// but also sees who else is in, to cover a colleague or take a walk-in.
    public var appointments: [DiaryAppointment]
    /// How many of `appointments` are the vet's own (the first ones); nil for other roles.
    public var ownAppointmentCount: Int?
    /// The site's online queue: waiting (oldest first), then with a vet.
    public var queue: [QueueLine]
    /// Drafts waiting for checkout at the site; nil for a role that cannot finalise invoices.
    public var draftInvoices: [DraftInvoiceLine]?
    /// Follow-ups due today or overdue by up to `followUpDaysBack` days, not yet booked; for a
    /// vet their own first.
    public var followUps: [FollowUp]
    /// Claims billed at the site, submitted more than `chaseAfterDays` days ago and still open;
    /// nil for a role that does not work claims.
    public var claimsToChase: [ClaimToChase]?
    /// Data-protection requests overdue or due within 7 days; the manager's only (nil otherwise).
    public var requests: [RequestQueueItem]?
    /// Personal-data breaches still to be decided, reported or told, with their 72-hour clocks;
    /// the manager's only (nil otherwise).
    public var breaches: [BreachNeedingAction]? = nil
    /// Reminders waiting to be sent; for those who send them only (nil otherwise).
    public var reminders: RemindersDue? = nil

    /// How far back an unbooked follow-up still counts as work for today.
    public static let followUpDaysBack = 30
    /// How long after submission a claim is worth chasing.
    public static let chaseAfterDays = 30
}

extension AppDatabase {
    /// Today at the session's site, for the session's role: everything the Today screen lists,
    /// read in one snapshot and audited as one view.
    public func todayBoard(as user: StaffSession) throws -> TodayBoard {
        let now = self.now
        let today = self.today
        let zone = clock.timeZone
        let breaches = PermissionTable.allows(user.role, .manageBreaches) ? try breachesNeedingAction(as: user) : nil
        var board = try perform(.viewDiary, as: user) { db in
            let siteID = try Sites.working(db, for: user)
            var board = try TodayBoardQuery.board(db, siteID: siteID, today: today, now: now, for: user)
            if PermissionTable.allows(user.role, .sendReminders) {
                board.reminders = try RemindersDue.count(db, today: today, zone: zone)
            }
            let parts = ["\(board.appointments.count) appointments", "\(board.queue.count) in the queue",
                         board.draftInvoices.map { "\($0.count) draft invoices" }, "\(board.followUps.count) follow-ups",
                         board.claimsToChase.map { "\($0.count) claims to chase" }, board.requests.map { "\($0.count) requests" },
                         board.reminders.map { "\($0.toSend) reminders to send" }]
            try AuditTrail.record(db, at: now, userID: user.userID, action: "view", recordType: "appointment",
                                  recordID: nil, clientID: nil,
                                  detail: "today at \(board.siteName): " + parts.compactMap { $0 }.joined(separator: ", "))
            return board
        }
        board.breaches = breaches
        return board
    }
}

enum TodayBoardQuery {
    static func board(_ db: any SQLConnection, siteID: Int64, today: LocalDate, now: Date,
                      for user: StaffSession) throws -> TodayBoard {
        let site = try db.fetchRecord(Site.self, id: siteID).orThrow("site")
        let start = LocalDateTime(date: today, time: .midnight)
        let end = LocalDateTime(date: today.adding(days: 1), time: .midnight)
        var appointments = try DiaryQuery.appointments(
            db, where: "a.site_id = ? AND a.starts_at >= ? AND a.starts_at < ? AND a.state <> 'cancelled'",
            [siteID, start, end], order: "a.starts_at, a.id")
        var followUps = try FollowUpQuery.due(db, from: today.adding(days: -TodayBoard.followUpDaysBack), through: today,
                                              siteID: siteID)
        var ownCount: Int?
        if user.role == .vet {
            let own = appointments.filter { $0.appointment.staffId == user.userID }
            appointments = own + appointments.filter { $0.appointment.staffId != user.userID }
            ownCount = own.count
            followUps = followUps.filter { $0.vetID == user.userID } + followUps.filter { $0.vetID != user.userID }
        }
        return TodayBoard(
            date: today, siteID: siteID, siteName: site.name, appointments: appointments, ownAppointmentCount: ownCount,
            queue: try OnlineQueueQuery.lines(db, siteID: siteID, now: now),
            draftInvoices: PermissionTable.allows(user.role, .finaliseInvoice) ? try drafts(db, siteID: siteID) : nil,
            followUps: followUps,
            claimsToChase: PermissionTable.allows(user.role, .manageClaims)
                ? try claimsToChase(db, siteID: siteID, before: today.adding(days: -TodayBoard.chaseAfterDays)) : nil,
            requests: PermissionTable.allows(user.role, .workRequest)
                ? try RequestQueueQuery(filter: RequestQueueFilter(dueWithinDays: RequestQueueQuery.dueSoonDays), today: today).run(db)
                : nil)
    }

    /// The site's draft invoices, oldest first.
    static func drafts(_ db: any SQLConnection, siteID: Int64) throws -> [DraftInvoiceLine] {
        try db.fetchAll("""
            SELECT i.id, i.client_id, i.gross_pence, i.created_at, c.first_name, c.last_name
            FROM invoice i JOIN client c ON c.id = i.client_id
            WHERE i.site_id = ? AND i.status = 'draft' ORDER BY i.created_at, i.id
            """, [siteID]).map { row in
            DraftInvoiceLine(invoiceID: try row.decode(Int64.self, "id"), clientID: try row.decode(Int64.self, "client_id"),
                             clientName: "\(try row.decode(String.self, "first_name")) \(try row.decode(String.self, "last_name"))",
                             gross: Pence(try row.decode(Int.self, "gross_pence")), createdAt: try row.decode(Date.self, "created_at"))
        }
    }

    /// Open claims submitted before `before` with a line billed at the site (claims carry no
    /// site of their own; the invoice they claim for does), oldest submission first.
    static func claimsToChase(_ db: any SQLConnection, siteID: Int64, before: LocalDate) throws -> [ClaimToChase] {
        try db.fetchAll("""
            SELECT c.id, c.status, c.submitted_on, c.amount_claimed_pence, pet.name AS pet_name, k.first_name, k.last_name,
                   i.name AS insurer_name
            FROM claim c JOIN policy p ON p.id = c.policy_id JOIN insurer i ON i.id = p.insurer_id
            JOIN pet ON pet.id = c.pet_id JOIN client k ON k.id = pet.client_id
            WHERE c.status IN ('submitted', 'moreInfoRequested') AND c.submitted_on < ?
              AND EXISTS (SELECT 1 FROM claim_line cl JOIN invoice_line il ON il.id = cl.invoice_line_id
                          JOIN invoice v ON v.id = il.invoice_id WHERE cl.claim_id = c.id AND v.site_id = ?)
            ORDER BY c.submitted_on, c.id
            """, [before, siteID]).map { row in
            ClaimToChase(claimID: try row.decode(Int64.self, "id"),
                         clientName: "\(try row.decode(String.self, "first_name")) \(try row.decode(String.self, "last_name"))",
                         petName: try row.decode(String.self, "pet_name"), insurerName: try row.decode(String.self, "insurer_name"),
                         status: try row.decode(ClaimStatus.self, "status"), submittedOn: try row.decode(LocalDate.self, "submitted_on"),
                         amountClaimed: Pence(try row.decode(Int.self, "amount_claimed_pence")))
        }
    }
}
