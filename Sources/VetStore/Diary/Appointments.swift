import Foundation
import VetSQL
import VetCore

/// Booking, moving and working through appointments. Each is one audited write that checks
/// the diary's rules (`DiaryRules`) against what is stored at that moment.
extension AppDatabase {
    /// Books an appointment at the site this session works at (or `siteID`, from the command
    /// line). A restricted client's booking needs a manager's override reason.
    @discardableResult
    public func bookAppointment(_ form: AppointmentForm, siteID: Int64? = nil, overrideReason: String? = nil,
                                as user: StaffSession) throws -> Appointment {
        let details: AppointmentDetails
        do { details = try form.validated() } catch { throw StoreError.invalid(error) }
        let now = self.now
        let today = self.today
        return try perform(.bookAppointment, as: user) { db in
            let site = try siteID ?? Sites.working(db, for: user)
            let pet = try DiaryRules.checkPet(db, petID: details.petID, clientID: details.clientID)
            let client = try db.fetchRecord(Client.self, id: details.clientID).orThrow("client")
            try Restriction.check(client, action: "book an appointment", overrideReason: overrideReason, db: db, user: user, at: now)
            let name = try DiaryRules.checkColumn(db, details.column, siteID: site)
            try Self.checkSlot(db, site: site, column: details.column, name: name, start: details.start, end: details.end,
                               except: nil, today: today)
            if let followUp = details.followUpOf {
                let petOfNote = try db.fetchValue(Int64.self, "SELECT pet_id FROM consultation WHERE id = ?", [followUp])
                guard petOfNote == details.petID else {
                    throw DiaryRules.invalid("follow-up", "follow-up: consultation \(followUp) is not \(pet.name)'s")
                }
            }
            var appointment = Appointment(
                id: nil, siteId: site, clientId: details.clientID, petId: details.petID, staffId: nil, roomId: nil,
                startsAt: details.start, endsAt: details.end, kind: details.kind, reason: details.reason, notes: details.notes,
                state: .booked, cancelReason: nil, arrivedAt: nil, consultationId: nil, followUpOf: details.followUpOf,
                createdAt: now, createdBy: user.userID, version: 1, updatedAt: now, updatedBy: user.userID)
            Self.place(&appointment, in: details.column)
            appointment.id = try db.insert(appointment)
            try AuditTrail.record(db, at: now, userID: user.userID, action: "book appointment", recordType: "appointment",
                                  recordID: appointment.id, clientID: details.clientID,
                                  detail: "\(pet.name) with \(name) at \(details.start), \(details.minutes) min")
            return appointment
        }
    }

    /// Moves an appointment to another time or column, or changes its length, unless someone
    /// changed it since `expectedVersion` or the new time is taken.
    @discardableResult
    public func moveAppointment(id: Int64, expectedVersion: Int, to start: LocalDateTime, minutes: Int,
                                column: DiaryColumnID, as user: StaffSession) throws -> Appointment {
        guard (5...480).contains(minutes), minutes % 5 == 0, start.minute % 5 == 0 else {
            throw DiaryRules.invalid(minutes % 5 == 0 && (5...480).contains(minutes) ? "start" : "length",
                                     "the appointment must start on a five-minute mark and last 5 to 480 minutes in steps of 5")
        }
        let today = self.today
        return try changeAppointment(id: id, expectedVersion: expectedVersion, as: user, action: "move appointment") { db, appointment in
            guard !appointment.state.isClosed else {
                throw StoreError.refused("this appointment is \(appointment.state.displayName.lowercased()) and cannot be moved")
            }
            let end = start.adding(minutes: minutes)
            let name = try DiaryRules.checkColumn(db, column, siteID: appointment.siteId)
            try Self.checkSlot(db, site: appointment.siteId, column: column, name: name, start: start, end: end,
                               except: id, today: today)
            let before = "\(appointment.startsAt), \(appointment.minutes) min"
            appointment.startsAt = start
            appointment.endsAt = end
            Self.place(&appointment, in: column)
            return "from \(before) to \(start) with \(name), \(minutes) min"
        }
    }

    /// Moves the appointment through its day: arrived, in consultation, back to booked, or
    /// did not attend. Cancelling needs a reason; finishing happens by saving the note.
    @discardableResult
    public func setAppointmentState(id: Int64, expectedVersion: Int, to state: AppointmentState, reason: String? = nil,
                                    as user: StaffSession) throws -> Appointment {
        let now = self.now
        let why: String?
        do { why = try TextRule.optional(reason, field: "cancel reason", maxLength: 200) } catch { throw StoreError.invalid(error) }
        if state == .cancelled, why == nil {
            throw DiaryRules.invalid("cancel reason", "cancel reason: say why the appointment is cancelled")
        }
        return try changeAppointment(id: id, expectedVersion: expectedVersion, as: user,
                                     action: state == .cancelled ? "cancel appointment" : "appointment \(state.displayName.lowercased())") { _, appointment in
            guard appointment.state.next.contains(state) else {
                let allowed = appointment.state.next.map { $0.displayName.lowercased() }
                let hint = allowed.isEmpty ? "it can no longer change" : "it can become " + allowed.joined(separator: ", ")
                throw StoreError.refused("this appointment is \(appointment.state.displayName.lowercased()); \(hint)")
            }
            appointment.state = state
            if state == .arrived, appointment.arrivedAt == nil { appointment.arrivedAt = now }
            if state == .booked { appointment.arrivedAt = nil }
            if state == .cancelled { appointment.cancelReason = why }
            return why.map { "\(state.displayName): \($0)" } ?? state.displayName
        }
    }

    /// Applies `change` as one audited, version-checked action; `change` returns the audit detail.
    private func changeAppointment(id: Int64, expectedVersion: Int, as user: StaffSession, action: String,
                                   _ change: @escaping @Sendable (any SQLConnection, inout Appointment) throws -> String) throws -> Appointment {
        let now = self.now
        let naming = OptimisticLock.Naming<Appointment>(missing: "there is no appointment numbered \(id)",
                                                        conflict: { _ in "This appointment" }, auditType: "appointment",
                                                        clientID: { $0.clientId })
        return try perform(.bookAppointment, as: user) { db in
            try OptimisticLock.change(db, Appointment.self, id: id, expectedVersion: expectedVersion, user: user, at: now,
                                      action: action, naming: naming, change)
        }
    }

    static func checkSlot(_ db: any SQLConnection, site: Int64, column: DiaryColumnID, name: String,
                          start: LocalDateTime, end: LocalDateTime, except: Int64?, today: LocalDate) throws {
        try DiaryRules.checkTime(db, siteID: site, start: start, end: end, today: today)
        try DiaryRules.checkAbsence(db, column: column, name: name, start: start, end: end)
        try DiaryRules.checkClash(db, column: column, name: name, start: start, end: end, except: except)
    }

    static func place(_ appointment: inout Appointment, in column: DiaryColumnID) {
        switch column {
        case .staff(let id): appointment.staffId = id; appointment.roomId = nil
        case .room(let id): appointment.roomId = id; appointment.staffId = nil
        }
    }
}
