import Foundation
import Testing
import VetCore
@testable import VetStore
import VetSQL

/// Every letter of a request, for England and for Jersey: filled from the request and the
/// practice, refused when the request cannot carry it yet, and recorded on the request.
@Suite("letters of a request")
struct RequestLetterTests {
    static let regions: [PracticeRegion] = [.englandWales, .jersey]

    /// A request for Zoë Le Brun received on the standard day, worked into the state `kind` needs.
    private func request(for kind: LetterKind, in practice: TestPractice) throws -> DataRequest {
        let client = try practice.registerClient()
        let db = practice.database
        let logged = try db.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Le Brun",
                                                  requesterContact: "4 Rue des Prés, St Saviour", clientID: client.id,
                                                  channel: .letter, receivedOn: TestPractice.standardDay), as: practice.receptionist)
        let id = try #require(logged.id)
        let day = TestPractice.standardDay
        switch kind {
        case .acknowledgement:
            break
        case .identity:
            try db.recordIdentityAsked(requestID: id, on: day, method: "a copy of your passport", expectedVersion: 1, as: practice.manager)
        case .clarification:
            try db.askClarification(requestID: id, on: day, question: "Which years of records do you want?", expectedVersion: 1,
                                    as: practice.manager)
        case .fee:
            try db.recordFeeAsked(requestID: id, on: day, reason: "This is your fourth request for the same records this month.",
                                  expectedVersion: 1, as: practice.manager)
        case .extension:
            try db.extendRequest(requestID: id, reason: "The records span twelve years and three pets.", noticeSentOn: day,
                                 expectedVersion: 1, as: practice.manager)
        case .refusal:
            try db.moveRequest(requestID: id, to: .refused, outcome: "The request repeats one answered in full last week.",
                               expectedVersion: 1, as: practice.manager)
        case .completion:
            try db.recordIdentityNotNeeded(requestID: id, reason: "Known client, in person", expectedVersion: 1, as: practice.manager)
        }
        return try db.requestDetail(id: id).request
    }

    @Test("every letter names the request, the practice and the region's law, and says what its kind must say",
          arguments: regions)
    func everyLetter(region: PracticeRegion) throws {
        let practice = try TestPractice.make(region: region)
        let law = RegionLaw(region: region)
        for kind in LetterKind.allCases {
            let request = try request(for: kind, in: practice)
            let letter = try practice.database.prepareLetter(reference: request.reference, kind: kind, as: practice.manager)
            #expect(letter.text.split(separator: "\n").allSatisfy { $0.count <= 78 }, "\(kind)")
            let flat = letter.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(letter.text.contains(request.reference), "\(kind)")
            #expect(letter.text.contains("Harbour Vets"), "\(kind)")
            #expect(letter.text.contains("Dear Zoë Le Brun"), "\(kind)")
            #expect(letter.text.contains(TestPractice.standardDay.long), "\(kind)")
            #expect(!letter.text.contains("{{"), "\(kind)")
            #expect(letter.template == "shipped")
            #expect(letter.lateNote == nil)
            let expected: [String] = switch kind {
            case .acknowledgement: [law.timeLimit, request.dueOn.long, law.law]
            case .identity: ["a copy of your passport", law.timeLimit]
            case .clarification: ["Which years of records do you want?", "paused from \(TestPractice.standardDay.long)"]
            case .fee: ["fourth request", law.regulator, law.court]
            case .extension: ["twelve years and three pets", law.extensionPeriod, request.dueOn.long, law.regulator]
            case .refusal: ["answered in full last week", law.regulator, law.court]
            case .completion: ["7 years after your animal was last seen", "6 years after the transaction", "automated means",
                               law.regulatorName]
            }
            for text in expected {
                #expect(flat.contains(text.split(whereSeparator: \.isWhitespace).joined(separator: " ")), "\(kind) lacks \(text)")
            }
        }
        #expect(law.regulatorName.contains(region == .jersey ? "Jersey" : "Information Commissioner's Office"))
        #expect(law.timeLimit == (region == .jersey ? "four weeks" : "one month"))
    }

    @Test("a letter the request cannot carry yet is refused, saying what to record first")
    func refusedWhenNotReady() throws {
        let practice = try TestPractice.make()
        let request = try request(for: .acknowledgement, in: practice)
        for (kind, words) in [(LetterKind.clarification, "no clarification"), (.fee, "no fee"), (.extension, "not extended"),
                              (.refusal, "not refused"), (.completion, "a completion letter goes with a response")] {
            #expect { try practice.database.prepareLetter(reference: request.reference, kind: kind, as: practice.manager) }
                throws: { "\($0)".contains(words) }
        }
        #expect(throws: StoreError.self) {
            try practice.database.prepareLetter(reference: request.reference, kind: .acknowledgement, as: practice.receptionist)
        }
    }

    @Test("an extension notice after its deadline is refused", arguments: regions)
    func lateExtension(region: PracticeRegion) throws {
        let practice = try TestPractice.make(region: region)
        let client = try practice.registerClient()
        let logged = try practice.database.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Le Brun", clientID: client.id,
                                                                 channel: .email, receivedOn: day(2025, 1, 6)), as: practice.manager)
        try practice.database.extendRequest(requestID: try #require(logged.id), reason: "Complex: three pets over ten years.",
                                            noticeSentOn: day(2025, 1, 10), expectedVersion: 1, as: practice.manager)
        #expect { try practice.database.prepareLetter(reference: logged.reference, kind: .extension, as: practice.manager) }
            throws: { "\($0)".contains("can no longer be extended") && "\($0)".contains("had to be sent by") }
        let inTime = try practice.reopened(on: day(2025, 1, 20))
        let letter = try inTime.prepareLetter(reference: logged.reference, kind: .extension, as: practice.manager)
        #expect(letter.text.contains("three pets over ten years"))
    }

    @Test("a refusal after the due date still goes, marked late on the request")
    func lateRefusal() throws {
        let practice = try TestPractice.make(region: .englandWales)
        let client = try practice.registerClient()
        let logged = try practice.database.logRequest(NewRequest(kinds: [.access], requesterName: "Zoë Le Brun", clientID: client.id,
                                                                 channel: .email, receivedOn: day(2025, 1, 6)), as: practice.manager)
        let id = try #require(logged.id)
        try practice.database.moveRequest(requestID: id, to: .refused, outcome: "Manifestly unfounded: a campaign of requests.",
                                          expectedVersion: 1, as: practice.manager)
        let letter = try practice.database.prepareLetter(reference: logged.reference, kind: .refusal, as: practice.manager)
        let note = try #require(letter.lateNote)
        #expect(note.contains("after the due date"))
        try practice.database.recordLetterSent(letter, deliveredTo: "/tmp/letter.txt", as: practice.manager)
        let history = try practice.database.requestDetail(id: id).events.map(\.event.what)
        #expect(history.contains { $0.hasPrefix("Refusal letter sent on") && $0.contains("after the due date") })
    }

    @Test("a sent letter is recorded on the request with its date, in its history, the export log and the audit trail",
          arguments: SQLDialect.allCases)
    func recorded(engine: SQLDialect) throws {
        let practice = try TestPractice.make(region: .jersey, engine: engine)
        let request = try request(for: .acknowledgement, in: practice)
        let id = try #require(request.id)
        let letter = try practice.database.prepareLetter(reference: request.reference.lowercased(), kind: .acknowledgement,
                                                         as: practice.manager)
        #expect(letter.fileName == "\(request.reference)-acknowledgement-2025-03-03.txt")
        let saved = try practice.database.recordLetterSent(letter, deliveredTo: "/letters/\(letter.fileName)", as: practice.manager)
        let letters = try practice.database.requestLetters(requestID: id)
        #expect(letters == [saved])
        #expect(letters.first?.kind == .acknowledgement)
        #expect(letters.first?.sentOn == TestPractice.standardDay)
        #expect(letters.first?.sentBy == practice.manager.userID)
        let detail = try practice.database.requestDetail(id: id)
        #expect(detail.events.last?.event.what == "Acknowledgement letter sent on \(TestPractice.standardDay.long) "
            + "(/letters/\(letter.fileName))")
        #expect(detail.request.version == request.version)
        let exported = try practice.read { db in
            try db.fetchValue(String.self, "SELECT location FROM export_log WHERE request_id = ?", [id])
        }
        #expect(exported == "/letters/\(letter.fileName)")
    }
}
