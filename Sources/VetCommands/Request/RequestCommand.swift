import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk request …`: everything the request page does, for scripts and bulk work. Each
/// subcommand names its user with `--as`, refuses bad input naming the field, and exits non-zero.
struct RequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request",
        abstract: "Log and work a data-protection request from the command line.",
        subcommands: [RequestLog.self, RequestLink.self, RequestIdentity.self, RequestFee.self, RequestPause.self,
                      RequestAnswer.self, RequestExtend.self, RequestStatusCommand.self, RequestComplete.self,
                      RequestThirdParty.self, RequestDisclose.self])
}

/// Reads a `YYYY-MM-DD` option, refusing anything else with the option's name.
func parseDate(_ text: String, option: String) throws -> LocalDate {
    guard let date = LocalDate(iso: text.trimmingCharacters(in: .whitespaces)) else {
        throw CommandFailure(message: "\(option): '\(text)' is not a date; use YYYY-MM-DD, for example 2026-03-10")
    }
    return date
}

/// Parses a closed choice (kind, channel, status), naming the option on failure.
func parseChoice<T: Choice>(_ text: String, as type: T.Type, option: String) throws -> T {
    do { return try T.parse(text, field: option) } catch { throw CommandFailure(message: error.message) }
}

extension RightsContext {
    /// The request's id and the version a change must start from.
    var current: (id: Int64, version: Int) {
        get throws { (try requestID, request.version) }
    }

    /// Prints the request's status and due date after a change, read back from the store.
    func report(_ what: String) throws {
        let detail = try store.requestDetail(id: try requestID)
        print("\(detail.request.reference): \(what). Status: \(detail.request.status.displayName); "
            + (detail.request.closedOn.map { "closed \($0.iso)." } ?? "due \(detail.request.dueOn.iso)."))
    }
}
