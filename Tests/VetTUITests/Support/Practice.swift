import Foundation
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// A practice in a fresh SQLite file with a fixed clock, a manager and a receptionist.
@MainActor
struct TestPractice {
    static let today = LocalDate(year: 2026, month: 3, day: 10) ?? LocalDate(daysSinceEpoch: 0)
    let store: AppDatabase
    let manager: StaffSession
    let receptionist: StaffSession
    let directory: URL

    /// `setUp: false` leaves the database empty, for the first-run screen.
    static func make(setUp: Bool = true) throws -> TestPractice {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-ui-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("practice.sqlite").path
        let placeholder = StaffSession(userID: 0, username: "", displayName: "", role: .manager)
        guard setUp else {
            let store = try AppDatabase(path: path, mode: .createIfMissing, clock: FixedClock(date: today, hour: 10))
            return TestPractice(store: store, manager: placeholder, receptionist: placeholder, directory: directory)
        }
        // Setting up hashes passwords with scrypt; do it once and copy the file for each test.
        let template = try Template.shared()
        try FileManager.default.copyItem(atPath: template.path, toPath: path)
        let store = try AppDatabase(path: path, mode: .existing, clock: FixedClock(date: today, hour: 10))
        return TestPractice(store: store, manager: template.manager, receptionist: template.receptionist, directory: directory)
    }

    /// The set-up practice every test starts from, made on first use.
    @MainActor
    private enum Template {
        static var made: (path: String, manager: StaffSession, receptionist: StaffSession)?

        static func shared() throws -> (path: String, manager: StaffSession, receptionist: StaffSession) {
            if let made { return made }
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-ui-template-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("practice.sqlite").path
            let store = try AppDatabase(path: path, mode: .createIfMissing, clock: FixedClock(date: today, hour: 10))
            let manager = try store.setUpPractice(
                PracticeSettings(name: "Harbour Vets", region: .englandWales),
                manager: NewStaffUser(username: "mary", displayName: "Mary Manager", role: .manager, password: "manager-pass"))
            let added = try store.addUser(username: "rita", displayName: "Rita Reception", role: .receptionist, as: manager)
            try store.changeOwnPassword(username: "rita", current: added.oneTimePassword, new: "reception-pass")
            let receptionist = StaffSession(userID: added.user.id ?? 0, username: "rita", displayName: "Rita Reception",
                                            role: .receptionist)
            try store.checkpoint()
            made = (path, manager, receptionist)
            return (path, manager, receptionist)
        }
    }

    /// Registers a client from typed values, as the form would.
    @discardableResult
    func client(first: String, last: String, postcode: String = "SW1A 1AA", phone: String = "07700 900123",
                email: String = "", town: String = "London") throws -> Client {
        var form = ClientForm()
        form.firstName = first
        form.lastName = last
        form.addressLine1 = "1 High Street"
        form.town = town
        form.postcode = postcode
        form.email = email
        form.phones = [ClientForm.PhoneEntry(label: .mobile, number: phone)]
        return try store.registerClient(try form.validated(), as: receptionist)
    }

    @discardableResult
    func pet(_ name: String, species: String = "Dog", chip: String = "", alerts: String = "", owner: Client) throws -> Pet {
        var form = PetForm()
        form.name = name
        form.species = species
        form.microchip = chip
        form.alerts = alerts
        return try store.registerPet(try form.validated(today: TestPractice.today), clientID: owner.id ?? 0, as: receptionist)
    }

    /// A standard set of clients, pets and requests used by most screen tests.
    func seed() throws {
        let zoe = try client(first: "Zoë", last: "Ó Briain", postcode: "JE2 3AB", phone: "07700 900123",
                             email: "zoe@example.com", town: "St Helier")
        try pet("Rex", chip: "985112003456789", alerts: "bites", owner: zoe)
        try pet("Mittens", species: "Cat", owner: zoe)
        let sian = try client(first: "Siân", last: "Jones", postcode: "CF10 1AA", phone: "02920 123456", town: "Cardiff")
        try pet("王 Bao", species: "Rabbit", owner: sian)
        try store.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Ó Briain", clientID: zoe.id,
                                        channel: .email, receivedOn: LocalDate(year: 2026, month: 2, day: 2) ?? TestPractice.today),
                             as: receptionist)
        try store.logRequest(NewRequest(kinds: [.erasure, .objection], requesterName: "Siân Jones", clientID: sian.id,
                                        channel: .letter, receivedOn: LocalDate(year: 2026, month: 3, day: 5) ?? TestPractice.today),
                             as: receptionist)
    }
}
