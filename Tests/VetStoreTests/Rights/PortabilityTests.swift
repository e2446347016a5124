import Foundation
import Testing
@testable import VetStore
import VetSQL
import VetCore

@Suite("portability")
struct PortabilityTests {
    @Test(arguments: SQLDialect.allCases)
    func writesWhatTheClientGaveAsJSONAndCSVWithFieldDescriptions(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let (client, _) = try practice.registerClientWithPet(petName: "Biscuit")
        let clientID = try #require(client.id)
        try practice.database.grantConsent(clientID: clientID, channel: .post, purpose: .practice, basis: .consent,
                                           source: .letter, wordingVersion: "v1", as: practice.receptionist)
        let request = try practice.logRequest([.portability], clientID: clientID)
        let files = try practice.database.writePortability(reference: request.reference, to: practice.folder, as: practice.manager)
        #expect(files.map(\.lastPathComponent) == ["\(request.reference)-portability.json",
            "\(request.reference)-portability-contact.csv", "\(request.reference)-portability-pets.csv",
            "\(request.reference)-portability-consents.csv", "\(request.reference)-portability-appointments.csv",
            "\(request.reference)-portability-queue.csv", "\(request.reference)-portability-reminder-channels.csv",
            "\(request.reference)-portability-reminders.csv", "\(request.reference)-portability-fields.csv"])
        for file in files {
            #expect(try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int == 0o600)
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: files[0])) as? [String: Any])
        let data = try #require(json["data"] as? [String: [[String: String]]])
        #expect(data["pets"]?.first?["name"] == "Biscuit")
        #expect(data["contact"]?.first?["postcode"] == "JE2 7TS")
        #expect(data["consents"]?.first?["channel"] == "post")
        #expect((json["fields"] as? [String: Any])?["pets"] != nil)
        let pets = try String(contentsOf: files[2], encoding: .utf8)
        #expect(pets.hasPrefix("name,species,breed,sex"))
        #expect(try String(contentsOf: files[8], encoding: .utf8).contains("pets,microchip,15-digit microchip number"))
        #expect { try practice.database.writePortability(reference: request.reference, to: practice.folder, as: practice.manager) }
            throws: { "\($0)".contains("already holds") }
    }

    @Test(arguments: SQLDialect.allCases)
    func aFailureHalfWayLeavesNoRecordAndNoFile(engine: SQLDialect) throws {
        let practice = try TestPractice.make(engine: engine)
        let client = try practice.registerClient()
        let request = try practice.logRequest([.portability], clientID: client.id)
        let folder = practice.folder.appendingPathComponent("out")
        #expect(try practice.expectNothingChanged {
            try practice.database.writePortability(reference: request.reference, to: folder, as: practice.manager)
        })
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
