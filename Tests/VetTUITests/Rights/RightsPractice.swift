import Foundation
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Fixtures for the data-protection tools: old records, requests, consents and disclosures.
extension TestPractice {
    /// The same database with the clock set back to `date`, for records made long ago.
    func asOf(_ date: LocalDate) throws -> TestPractice {
        let path = directory.appendingPathComponent("practice.sqlite").path
        let store = try AppDatabase(path: path, mode: .existing, clock: FixedClock(date: date, hour: 10))
        return TestPractice(store: store, manager: manager, receptionist: receptionist, directory: directory)
    }

    /// Olive Oldham, registered in January 2018 and never heard from since: past every retention period.
    @discardableResult
    func oldClient() throws -> Client {
        let long = try asOf(LocalDate(year: 2018, month: 1, day: 10) ?? TestPractice.today)
        return try long.client(first: "Olive", last: "Oldham", postcode: "TR1 1AA", phone: "07700 900999", town: "Truro")
    }

    /// Logs a request of `kinds` for the client, received today.
    @discardableResult
    func request(_ kinds: [RequestKind], for client: Int64?, by name: String = "The client") throws -> DataRequest {
        try store.logRequest(NewRequest(kinds: kinds, requesterName: name, clientID: client, channel: .email,
                                        receivedOn: TestPractice.today), as: receptionist)
    }

    /// The id of the first client a search finds.
    func clientID(_ text: String) throws -> Int64 {
        guard let hit = try store.search(text).first else { throw StoreError.notFound("no client matches \(text)") }
        return hit.clientID
    }

    /// Email consent for the practice's own marketing.
    func grantEmail(_ clientID: Int64) throws {
        try store.grantConsent(clientID: clientID, channel: .email, purpose: .practice, basis: .consent, source: .inPerson,
                               wordingVersion: "v1", as: receptionist)
    }

    /// The client's contact details sent to their insurer.
    func discloseToInsurer(_ clientID: Int64) throws {
        try store.logDisclosure(clientID: clientID, AppDatabase.DisclosureDetails(
            recipient: "PetCover Insurance", recipientKind: "insurer", categories: "contact details, clinical records",
            purpose: "insurance claim", lawfulBasis: "contract"), as: receptionist)
    }

    /// A finalised £42.50 invoice the client has not paid.
    func owes(_ clientID: Int64) throws {
        let line = ChargeLine(value: InvoiceLineValue("Consultation", quantity: 1, unitPrice: 4250, vatRate: .standard))
        let draft = try store.draftInvoice(clientID: clientID, lines: [line], as: manager)
        try store.finaliseInvoice(id: draft.id ?? 0, expectedVersion: draft.version, as: receptionist)
    }

    /// A fresh, empty folder under the practice's directory.
    func folder(_ name: String) -> URL {
        directory.appendingPathComponent(name, isDirectory: true)
    }
}

extension AppDriver {
    /// Opens the request with `reference` from the queue, as the manager would.
    func openRequest(_ reference: String) {
        send([.function(9)])
        guard let queue = app.stack.last as? RequestQueueScreen,
              let index = queue.items.firstIndex(where: { $0.reference == reference }) else { return }
        send(Array(repeating: .down, count: index) + [.enter])
    }

    /// Clears the focused field and types `text` into it.
    func replaceField(with text: String) {
        send([.ctrl("u")])
        type(text)
    }
}

/// Owner-only permission bits of a file, for the 0600 checks.
func permissions(of url: URL) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
