import Foundation
import VetDeskTestSupport
import VetCore
import VetStore
import VetSQL

/// The start of most command-line tests: a practice file in a fresh folder (or a database of its
/// own on the test PostgreSQL server) with one manager, "mia" (whose password the test pipes to
/// the command), and the client Zoë Smith of Bath.
final class CommandPractice: Sendable {
    let folder: URL
    let path: String
    let store: AppDatabase
    let manager: StaffSession
    let zoe: Client

    init(password: String, email: String = "", clock: any PracticeClock = SystemClock(), engine: SQLDialect = .sqlite) throws {
        folder = try makeTemporaryFolder()
        path = engine == .sqlite ? folder.appendingPathComponent("practice.sqlite").path
            : try TestServer.createDatabase().description
        store = try AppDatabase(path: path, mode: .createIfMissing, clock: clock)
        manager = try store.setUpPractice(PracticeSettings(name: "Harbour Vets", region: .englandWales),
                                          manager: NewStaffUser(username: "mia", displayName: "Mia Manager",
                                                                role: .manager, password: password))
        var form = ClientForm()
        form.firstName = "Zoë"
        form.lastName = "Smith"
        form.addressLine1 = "1 High Street"
        form.town = "Bath"
        form.postcode = "BA1 1AA"
        form.email = email
        form.phones = [.init(label: .mobile, number: "07700 900123")]
        zoe = try store.registerClient(form.validated(), as: manager)
    }

    deinit {
        if case .postgresql(let server)? = try? DatabaseAddress(path) {
            TestServer.dropDatabase(server.database)
        }
    }

    var zoeID: Int64 {
        get throws {
            guard let id = zoe.id else { throw TestSetupFailure("Zoë Smith was saved without an id") }
            return id
        }
    }
}
