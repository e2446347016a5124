import Foundation
import Synchronization
import Testing
import VetCore
@testable import VetStore
import VetSQL

/// Terminals writing to one PostgreSQL database at the same moment: every audited action is
/// kept, and the audit trail stays one unbroken chain (each write runs SERIALIZABLE and is run
/// again when it collides with another).
@Suite("concurrent writers")
struct ConcurrentWritersTests {
    static let terminals = 2
    static let threadsPerTerminal = 3
    static let actionsPerThread = 6
    static let forenames = ["Ann", "Bea", "Cal", "Dee", "Eve", "Fay"]
    static let surnames = ["Abel", "Bond", "Cole", "Dunn", "Eyre", "Ford"]

    @Test("two terminals on one server database, writing from several threads at once, lose nothing and keep one chain")
    func concurrentWritersKeepOneChain() throws {
        let practice = try TestPractice.make(engine: .postgresql)
        let regular = try #require(try practice.registerClient(lastName: "Regular").id)
        let terminals = [practice.database, try practice.reopened(clock: practice.database.clock)]
        let before = try practice.read { db in
            (entries: try db.fetchValue(Int.self, "SELECT COUNT(*) FROM audit_entry") ?? 0,
             clients: try db.fetchValue(Int.self, "SELECT COUNT(*) FROM client") ?? 0,
             registers: try db.fetchValue(Int.self, "SELECT COUNT(*) FROM audit_entry WHERE action = 'register'") ?? 0)
        }
        let failures = Mutex<[String]>([])
        let desk = practice.receptionist
        DispatchQueue.concurrentPerform(iterations: Self.terminals * Self.threadsPerTerminal) { worker in
            let store = terminals[worker % Self.terminals]
            for action in 0..<Self.actionsPerThread {
                do {
                    if action.isMultiple(of: 2) {
                        var form = ClientForm()
                        form.firstName = Self.forenames[worker % Self.forenames.count]
                        form.lastName = Self.surnames[action % Self.surnames.count]
                        form.addressLine1 = "\(worker) Quay Street"
                        form.town = "St Helier"
                        form.postcode = "JE2 3NN"
                        form.phones = [.init(label: .mobile, number: "07700 90\(worker)00\(action)")]
                        _ = try store.registerClient(form.validated(), as: desk)
                    } else {
                        _ = try store.logCommunication(clientID: regular, inbound: true, channel: .call,
                                                       summary: "Call \(worker)-\(action)", as: desk)
                    }
                } catch {
                    failures.withLock { $0.append("worker \(worker) action \(action): \(error)") }
                }
            }
        }
        #expect(failures.withLock { $0 }.isEmpty, "\(failures.withLock { $0 })")

        let workers = Self.terminals * Self.threadsPerTerminal
        let registered = workers * ((Self.actionsPerThread + 1) / 2)
        let logged = workers * (Self.actionsPerThread / 2)
        let after = try practice.read { db in
            (entries: try db.fetchValue(Int.self, "SELECT COUNT(*) FROM audit_entry") ?? 0,
             clients: try db.fetchValue(Int.self, "SELECT COUNT(*) FROM client") ?? 0,
             calls: try db.fetchValue(Int.self, "SELECT COUNT(*) FROM communication WHERE client_id = ?", [regular]) ?? 0,
             registers: try db.fetchValue(Int.self, "SELECT COUNT(*) FROM audit_entry WHERE action = 'register'") ?? 0,
             seqs: try db.fetchValues(Int64.self, "SELECT seq FROM audit_entry ORDER BY seq"))
        }
        #expect(after.clients - before.clients == registered, "every registration was kept")
        #expect(after.calls == logged, "every communication was kept")
        #expect(after.registers - before.registers == registered, "every registration was audited")
        #expect(after.entries - before.entries >= registered + logged, "every action left its entry")
        #expect(after.seqs == Array(1...Int64(after.entries)), "the entries are numbered without gaps or repeats")
        let report = try practice.database.integrityReport()
        #expect(report.audit.isIntact, "\(report.audit.problems)")
        #expect(report.audit.head.seq == Int64(after.entries))
        for terminal in terminals.dropFirst() { try terminal.close() }
    }
}
