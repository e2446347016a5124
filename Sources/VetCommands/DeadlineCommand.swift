import ArgumentParser
import Foundation
import VetCore

/// `vetdesk deadline`: works out a request's legal due date from its dates, with the steps,
/// so a manager can check a date without opening the database.
public struct DeadlineCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "deadline",
        abstract: "Work out the legal due date of a data-protection request, step by step.")

    @Option(help: ArgumentHelp("Date the request arrived, in any channel (YYYY-MM-DD).", valueName: "date"))
    var received: String

    @Option(help: ArgumentHelp("england-wales, scotland, northern-ireland, jersey or eu.", valueName: "region"))
    var region: String

    @Option(name: .customLong("id-asked"), help: ArgumentHelp("Date identity evidence was asked for.", valueName: "date"))
    var identityAsked: String?

    @Option(name: .customLong("id-received"), help: ArgumentHelp("Date identity evidence arrived.", valueName: "date"))
    var identityReceived: String?

    @Option(name: .customLong("fee-asked"), help: ArgumentHelp("Date a permitted fee was asked for.", valueName: "date"))
    var feeAsked: String?

    @Option(name: .customLong("fee-paid"), help: ArgumentHelp("Date the fee was paid.", valueName: "date"))
    var feePaid: String?

    @Option(name: .customLong("pause"), help: ArgumentHelp(
        "A clarification pause; leave ANSWERED empty while unanswered. Repeatable.", valueName: "asked:answered"))
    var pauses: [String] = []

    @Flag(help: "The time limit is extended (complex or several requests).")
    var extended = false

    @Option(name: .customLong("notice-sent"), help: ArgumentHelp("Date the extension notice was sent.", valueName: "date"))
    var noticeSent: String?

    @Option(help: ArgumentHelp("Count an unanswered pause up to this date (default: today).", valueName: "date"))
    var today: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    public init() {}

    public func run() throws {
        var problems: [String] = []
        let input = makeInput(problems: &problems)
        let asOf = Self.parse(today, "--today", problems: &problems) ?? SystemClock().today()
        guard problems.isEmpty, let input else { throw DeadlineInputError(lines: problems) }
        let result: DeadlineResult
        do {
            result = try DeadlineEngine.deadline(for: input, asOf: asOf)
        } catch {
            throw DeadlineInputError(lines: error.errors.map { "\(Self.option(for: $0.field)): \($0.message)" })
        }
        print(json ? try Self.json(result) : Self.text(result))
    }

    private func makeInput(problems: inout [String]) -> RequestClockInput? {
        let receivedDay = Self.parse(received, "--received", problems: &problems)
        var practice: PracticeRegion?
        do { practice = try PracticeRegion.parse(region) } catch {
            problems.append("--region: \(error.message)")
        }
        var clarifications: [ClarificationPause] = []
        for text in pauses {
            let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let answeredText = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
            let before = problems.count
            let asked = Self.parse(parts.first, "--pause", problems: &problems)
            let answered = Self.parse(answeredText, "--pause", problems: &problems)
            if let asked, problems.count == before {
                clarifications.append(ClarificationPause(asked: asked, answered: answered))
            }
        }
        let idAsked = Self.parse(identityAsked, "--id-asked", problems: &problems)
        let idReceived = Self.parse(identityReceived, "--id-received", problems: &problems)
        let asked = Self.parse(feeAsked, "--fee-asked", problems: &problems)
        let paid = Self.parse(feePaid, "--fee-paid", problems: &problems)
        let notice = Self.parse(noticeSent, "--notice-sent", problems: &problems)
        guard let receivedDay, let practice else { return nil }
        return RequestClockInput(
            received: receivedDay, region: practice, identityAsked: idAsked, identityReceived: idReceived,
            feeAsked: asked, feePaid: paid, pauses: clarifications, extended: extended,
            extensionNoticeSent: notice)
    }

    /// Parses an optional date option, recording "--received '2025-02-30' is not a date; …"
    /// or "--received '9999-12-31' must be in the years 1900 to 2199".
    private static func parse(_ text: String?, _ option: String, problems: inout [String]) -> LocalDate? {
        guard let text else { return nil }
        do { return try LocalDate(parsing: text, field: option) } catch {
            problems.append(error.message)
            return nil
        }
    }

    /// The command-line option for an engine field, so each message names what to fix.
    private static func option(for field: String) -> String {
        switch field {
        case RequestClockInput.Field.identityAsked: "--id-asked"
        case RequestClockInput.Field.identityReceived: "--id-received"
        case RequestClockInput.Field.feeAsked: "--fee-asked"
        case RequestClockInput.Field.feePaid: "--fee-paid"
        case RequestClockInput.Field.pause: "--pause"
        case RequestClockInput.Field.extensionNoticeSent: "--notice-sent"
        default: "--\(field)"
        }
    }

    /// The steps, then a summary block a manager can copy into the case notes.
    private static func text(_ result: DeadlineResult) -> String {
        var lines = result.explanation.map { "  \($0)" }
        lines.append("")
        lines.append("Due\(result.isPaused ? " (provisional, paused)" : ""): \(result.due.long) (\(result.due.iso))")
        lines.append("Relevant time: \(result.relevantTime.long)")
        lines.append("Paused days: \(result.pausedDays)")
        lines.append("Extension notice by: \(result.extensionNoticeBy.long)")
        lines.append("Target: \(result.target.long)")
        if let warning = result.nonWorkingDayWarning { lines.append("Warning: \(warning)") }
        return lines.joined(separator: "\n")
    }

    /// The JSON shape other tools read; dates are `YYYY-MM-DD`, keys sorted for stable output.
    private struct Output: Encodable {
        var region: PracticeRegion
        var received: LocalDate
        var relevantTime: LocalDate
        var pausedDays: Int
        var paused: Bool
        var extended: Bool
        var due: LocalDate
        var extensionNoticeBy: LocalDate
        var target: LocalDate
        var warning: String?
        var suggestedDue: LocalDate?
        var explanation: [String]
    }

    private static func json(_ result: DeadlineResult) throws -> String {
        let output = Output(
            region: result.region, received: result.received, relevantTime: result.relevantTime,
            pausedDays: result.pausedDays, paused: result.isPaused, extended: result.isExtended,
            due: result.due, extensionNoticeBy: result.extensionNoticeBy, target: result.target,
            warning: result.nonWorkingDayWarning, suggestedDue: result.suggestedDueDate,
            explanation: result.explanation)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(output), as: UTF8.self)
    }
}

/// Refused command-line input; ArgumentParser prints the lines to stderr and exits non-zero.
struct DeadlineInputError: Error, CustomStringConvertible {
    var lines: [String]
    var description: String { lines.joined(separator: "\n") }
}
