import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("schema, audit chain and logins")
struct StoreIntegrityTests {
    @Test(arguments: SQLDialect.allCases)
    func migrationFromEmptyCreatesTheWholeSchema(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let tables = try practice.read { db in try EngineCatalogue.tables(db) }
        for table in ["client", "client_phone", "client_change", "pet", "consultation", "invoice", "ledger_entry",
                      "claim", "consent_event", "disclosure", "communication", "audit_entry", "dsr_request",
                      "holiday_change", "staff_user", "practice_settings"] {
            #expect(tables.contains(table), "missing \(table)")
        }
        let report = try practice.database.integrityReport()
        #expect(report.isHealthy)
        #expect(report.schemaVersion == AppDatabase.schemaVersion)
    }

    @Test(arguments: SQLDialect.allCases)
    func theAuditTrailIsAppendOnlyAndTamperEvident(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        _ = try practice.registerClient()
        #expect(throws: (any Error).self) {
            try practice.write { db in try db.execute("UPDATE audit_entry SET detail = 'x'") }
        }
        #expect(throws: (any Error).self) {
            try practice.write { db in try db.execute("DELETE FROM audit_entry") }
        }
        #expect(try practice.database.integrityReport().audit.isIntact)
        // Someone with raw access drops the guard and edits a row: the chain shows where.
        try practice.write { db in
            try db.execute(db.dialect == .sqlite ? "DROP TRIGGER audit_entry_no_update" : "DROP TRIGGER audit_entry_no_update ON audit_entry")
            try db.execute("UPDATE audit_entry SET detail = 'edited' WHERE id = 2")
        }
        let problems = try practice.database.integrityReport().audit.problems
        #expect(problems.contains { $0.hasPrefix("entry 2 does not match the chain") })
        #expect(problems.contains { $0.contains("audit_entry_no_update has been dropped") })
    }

    @Test(arguments: SQLDialect.allCases)
    func loginsCheckPasswordsAndKeepOneManager(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let store = practice.database
        #expect(try store.authenticate(username: "Priya", password: "harbour-vet-1").role == .vet)
        #expect(throws: StoreError.self) { try store.authenticate(username: "priya", password: "wrong-password") }
        #expect(throws: StoreError.self) { try store.setActive(username: "morgan", false, as: practice.manager) }
        try store.setActive(username: "priya", false, as: practice.manager)
        #expect(throws: StoreError.self) { try store.authenticate(username: "priya", password: "harbour-vet-1") }
        #expect {
            try store.addUser(username: "x", displayName: "X", role: .vet, as: practice.manager)
        } throws: { error in
            guard case StoreError.invalid(let errors) = error else { return false }
            return errors.message(for: "username") != nil
        }
        #expect {
            try store.addFirstManager(NewStaffUser(username: "xy", displayName: "X", role: .manager, password: "short"))
        } throws: { error in
            guard case StoreError.invalid(let errors) = error else { return false }
            return errors.message(for: "password")?.contains("10 characters") == true
        }
        let stored = try practice.read { db in
            try db.fetchValue(String.self, "SELECT password_hash FROM staff_user WHERE username = 'priya'")
        }
        #expect(stored?.hasPrefix("scrypt$") == true)
        #expect(stored?.contains("harbour-vet-1") == false)
    }

    @Test(arguments: SQLDialect.allCases)
    func settingsSavesDetectConflicts(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let store = practice.database
        let (settings, version) = try #require(try store.practiceSettings())
        var changed = settings
        changed.idleTimeoutMinutes = 5
        try store.updateSettings(changed, expectedVersion: version, as: practice.manager)
        #expect(throws: StoreError.self) { try store.updateSettings(changed, expectedVersion: version, as: practice.manager) }
        changed.lockPeriodHours = 0
        #expect(throws: StoreError.self) { try store.updateSettings(changed, expectedVersion: version + 1, as: practice.manager) }
        #expect(throws: StoreError.self) { try store.updateSettings(settings, expectedVersion: version + 1, as: practice.receptionist) }
    }

    @Test(arguments: SQLDialect.allCases)
    func holidayTableIsSeededAndEditable(engine: SQLDialect) throws {
        let practice = try TestPractice.make(region: .jersey, engine: engine)
        let store = practice.database
        let changes = try store.holidayChanges()
        #expect(changes.contains { $0.date.iso == "2024-07-15" && $0.regions == [.jersey] })
        let extra = try #require(LocalDate(iso: "2025-06-20"))
        try store.addHolidayChange(HolidayChange(date: extra, name: "Island celebration", regions: [.jersey]),
                                   as: practice.manager)
        #expect(try store.holidayCalendar().isHoliday(extra))
        #expect(throws: StoreError.self) {
            try store.addHolidayChange(HolidayChange(date: extra, name: "x", regions: [.jersey]), as: practice.receptionist)
        }
        try store.removeHolidayChange(on: extra, regions: [.jersey], as: practice.manager)
        #expect(try store.holidayCalendar().isHoliday(extra) == false)
    }
}
