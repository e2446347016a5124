import Foundation
import GRDB
import VetDeskTestSupport
@testable import VetStore
import VetCore
import VetSQL

/// A practice set up in its own SQLite file in a temporary folder (or its own database on the
/// test PostgreSQL server), with one login per role. The folder (or database) is removed when
/// the practice is released at the end of the test.
final class TestPractice: Sendable {
    let database: AppDatabase
    let path: String
    let folder: URL
    let manager: StaffSession
    let vet: StaffSession
    let receptionist: StaffSession

    /// Noon on Monday 3 March 2025 in London: the default "now" of the store tests.
    static let standardDay = LocalDate(year: 2025, month: 3, day: 3) ?? LocalDate(daysSinceEpoch: 20_150)

    /// "Harbour Vets" (Jersey) with a manager, a vet and a receptionist, opened with `clock`.
    /// The practice is set up once per test run and copied into each test's own folder, because
    /// hashing three passwords per test would dominate the run.
    /// On PostgreSQL each test's database is a copy of a template database set up once per run.
    static func make(clock: any PracticeClock = FixedClock(date: standardDay), region: PracticeRegion = .jersey,
                     lockPeriodHours: Int = 24, engine: SQLDialect = .sqlite) throws -> TestPractice {
        // Each test asks for the server itself, so that every one is cancelled when there is none
        // (the template's remembered failure, thrown again, would not cancel the test at hand).
        if engine == .postgresql { _ = try TestServer.address() }
        let template = try (engine == .sqlite ? PracticeTemplate.shared : PracticeTemplate.server).get()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path: String
        switch engine {
        case .sqlite:
            path = folder.appendingPathComponent("practice.sqlite").path
            try FileManager.default.copyItem(atPath: template.path, toPath: path)
        case .postgresql:
            guard case .postgresql(let templateAddress) = try DatabaseAddress(template.path) else {
                throw StoreError.refused("the template practice is not on the server")
            }
            path = try TestServer.createDatabase(template: templateAddress.database).description
        }
        let database = try AppDatabase(path: path, mode: .existing, clock: clock)
        if region != .jersey || lockPeriodHours != 24, let current = try database.practiceSettings() {
            var settings = current.settings
            settings.region = region
            settings.lockPeriodHours = lockPeriodHours
            try database.updateSettings(settings, expectedVersion: current.version, as: template.manager)
        }
        return TestPractice(database: database, path: path, folder: folder, manager: template.manager,
                            vet: template.vet, receptionist: template.receptionist)
    }

    private init(database: AppDatabase, path: String, folder: URL, manager: StaffSession, vet: StaffSession,
                 receptionist: StaffSession) {
        self.database = database
        self.path = path
        self.folder = folder
        self.manager = manager
        self.vet = vet
        self.receptionist = receptionist
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
        if case .postgresql(let server)? = try? DatabaseAddress(path) {
            try? database.close()
            TestServer.dropDatabase(server.database)
        }
    }

    var engine: SQLDialect { database.engine.dialect }

    /// The same file opened as another terminal would, with its own clock: how tests move time on.
    func reopened(clock: any PracticeClock) throws -> AppDatabase {
        try AppDatabase(path: path, mode: .existing, clock: clock)
    }

    /// The same file opened at `hour`:00 London time on `date`.
    func reopened(on date: LocalDate, hour: Int = 12) throws -> AppDatabase {
        try reopened(clock: FixedClock(date: date, hour: hour))
    }

    /// Registers a client through the receptionist, with valid Jersey contact details.
    func registerClient(firstName: String = "Zoë", lastName: String = "Le Brun", phone: String = "07700 900123",
                        email: String = "") throws -> Client {
        var form = ClientForm()
        form.title = "Mrs"
        form.firstName = firstName
        form.lastName = lastName
        form.addressLine1 = "4 Rue des Prés"
        form.town = "St Saviour"
        form.postcode = "JE2 7TS"
        form.email = email
        form.phones = [.init(label: .mobile, number: phone)]
        return try database.registerClient(form.validated(), as: receptionist)
    }

    /// Registers a pet to `clientID` through the receptionist.
    func registerPet(name: String = "Biscuit", species: String = "dog", clientID: Int64) throws -> Pet {
        var form = PetForm()
        form.name = name
        form.species = species
        form.sex = "female"
        return try database.registerPet(form.validated(today: database.clock.today()), clientID: clientID, as: receptionist)
    }

    /// A client with one pet: the starting point of most money tests.
    func registerClientWithPet(petName: String = "Biscuit") throws -> (client: Client, pet: Pet) {
        let client = try registerClient()
        return (client, try registerPet(name: petName, clientID: try client.id.orThrow("client")))
    }

    /// The audit trail's actions, oldest first: for one client, or every entry when `clientID` is nil.
    func auditActions(clientID: Int64? = nil) throws -> [String] {
        try database.read { db in
            if let clientID {
                return try db.fetchValues(String.self, "SELECT action FROM audit_entry WHERE client_id = ? ORDER BY id",
                                          [clientID])
            }
            return try db.fetchValues(String.self, "SELECT action FROM audit_entry ORDER BY id")
        }
    }

    /// Marks a client's processing as restricted, as a manager's restriction decision would.
    func restrictProcessing(clientID: Int64) throws {
        _ = try database.performUnattended { db in
            try db.execute("UPDATE client SET restricted = 1 WHERE id = ?", [clientID])
        }
    }

    /// Reads with the engine's own SQL, for tests that look beneath the store's actions.
    func read<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        try database.read(body)
    }

    /// Writes beneath the store's actions (a test arranging a state no action makes).
    @discardableResult
    func write<T: Sendable>(_ body: @Sendable (any SQLConnection) throws -> T) throws -> T {
        try database.performUnattended(body)
    }

}

/// A fixed clock at `hour`:00 London time on the given day.
func clock(_ year: Int, _ month: Int, _ day: Int, hour: Int = 12) -> FixedClock {
    FixedClock(date: LocalDate(year: year, month: month, day: day) ?? TestPractice.standardDay, hour: hour)
}

/// A date for tests, falling back to the standard day if mistyped (the assertion then fails visibly).
func day(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
    LocalDate(year: year, month: month, day: day) ?? TestPractice.standardDay
}

/// The practice every test starts from, set up once per run in a checkpointed file.
private struct PracticeTemplate: Sendable {
    let path: String
    let manager: StaffSession
    let vet: StaffSession
    let receptionist: StaffSession

    static let shared: Result<PracticeTemplate, any Error> = Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try build(at: folder.appendingPathComponent("practice.sqlite").path)
    }

    /// The same practice in a database on the test server, copied with CREATE DATABASE … TEMPLATE.
    static let server: Result<PracticeTemplate, any Error> = Result {
        try build(at: TestServer.createDatabase(prefix: "vetdesk_template").description)
    }

    private static func build(at path: String) throws -> PracticeTemplate {
        let database = try AppDatabase(path: path, mode: .createIfMissing, clock: FixedClock(date: TestPractice.standardDay))
        let settings = PracticeSettings(name: "Harbour Vets", address: "1 Quay Street, St Helier", region: .jersey,
                                        lockPeriodHours: 24, dataProtectionContact: "dpo@harbourvets.je")
        let manager = try database.setUpPractice(settings, manager: NewStaffUser(
            username: "morgan", displayName: "Morgan Le Sueur", role: .manager, password: "harbour-manager-1"))
        let vet = try database.addUser(username: "priya", displayName: "Priya Shah", role: .vet, as: manager).user
        let desk = try database.addUser(username: "tom", displayName: "Tom Renouf", role: .receptionist, as: manager).user
        // The store tests log in with known passwords; the hash is written directly to spare two scrypt runs each.
        let vetHash = try PasswordHasher.hash("harbour-vet-1")
        let deskHash = try PasswordHasher.hash("harbour-desk-1")
        try database.performUnattended { db in
            try db.execute("UPDATE staff_user SET password_hash = ?, must_change_password = 0 WHERE username = 'priya'",
                           [vetHash])
            try db.execute("UPDATE staff_user SET password_hash = ?, must_change_password = 0 WHERE username = 'tom'",
                           [deskHash])
        }
        // Fold the write-ahead log into the main file so that copying the one file copies everything;
        // a template database must have no one connected when it is copied.
        try database.checkpoint()
        try database.close()
        return PracticeTemplate(path: path, manager: manager, vet: try staffSession(vet), receptionist: try staffSession(desk))
    }

    private static func staffSession(_ user: StaffUser) throws -> StaffSession {
        StaffSession(userID: try user.id.orThrow("staff user"), username: user.username, displayName: user.displayName,
                     role: user.role)
    }
}
