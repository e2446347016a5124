import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk request log --kind K … --received DATE [--client ID] --as USER`: logs a request and prints its reference.
struct RequestLog: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "Log a request; prints its new reference.")

    @Option(name: .customLong("kind"), help: ArgumentHelp(
        "A right asked for (repeatable): access, rectification, erasure, restriction, objection, portability, other."))
    var kinds: [String] = []
    @Option(help: ArgumentHelp("The day it arrived (YYYY-MM-DD; default today).", valueName: "date")) var received: String?
    @Option(help: ArgumentHelp("The client it concerns, if known.", valueName: "id")) var client: Int64?
    @Option(help: "Who made it (default: the client's name).") var requester: String?
    @Option(help: "How to reach the requester.") var contact: String = ""
    @Option(help: "How it arrived: in-person, phone, email, letter, web, other.") var channel: String = "other"
    @Option(help: "Notes.") var notes: String?
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            guard !kinds.isEmpty else { throw CommandFailure(message: "--kind: name at least one right, e.g. --kind erasure") }
            let parsedKinds = try kinds.flatMap { $0.split(separator: ",") }.map {
                try parseChoice(String($0), as: RequestKind.self, option: "--kind")
            }
            let parsedChannel = try parseChoice(channel, as: RequestChannel.self, option: "--channel")
            let store = try database.open(.existing)
            let receivedOn = try received.map { try parseDate($0, option: "--received") } ?? store.clock.today()
            let user = try login.session(store)
            var name = requester ?? ""
            if name.isEmpty, let client {
                name = try store.viewClient(id: client, as: user).client.fullName
            }
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw CommandFailure(message: "--requester: say who made the request (or give --client)")
            }
            let request = try store.logRequest(NewRequest(kinds: parsedKinds, requesterName: name, requesterContact: contact,
                                                          clientID: client, channel: parsedChannel, receivedOn: receivedOn,
                                                          notes: notes), as: user)
            print(request.reference)
        }
    }
}
