import Foundation
import VetCore

/// A mail hand-over that did not happen, in words a receptionist can pass on: the mail program
/// is missing, refused the message (with what it said), or did not finish.
public struct MailFailure: LocalizedError, Sendable, Hashable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
    public var errorDescription: String? { message }
}

/// The system's mail program, by the `sendmail` interface every Unix mail system offers: the
/// message on standard input, recipients read from its headers (`-t`), a lone "." not ending it
/// (`-i`). The mail system queues, retries and relays; VetDesk only hands over.
public struct MailCommand: Sendable, Hashable, CustomStringConvertible {
    public static let standard = "/usr/sbin/sendmail -t -i"

    /// The program's absolute path and its arguments, run as they are, without a shell.
    public let words: [String]
    /// How long a hand-over may take before it is stopped and reported.
    public let timeLimit: Duration

    /// `command`: an absolute path, then arguments separated by spaces. Shell syntax is refused,
    /// since nothing would interpret it.
    public init(_ command: String, timeLimit: Duration = .seconds(60)) throws(ValidationError) {
        let field = "mail command"
        let words = command.split(separator: " ").map(String.init)
        guard let program = words.first else {
            throw ValidationError(field: field, message: "\(field) must not be empty (the usual one is \(MailCommand.standard))")
        }
        if command.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw ValidationError(field: field, message: "\(field) must be one line, without tabs or control characters")
        }
        guard program.hasPrefix("/") else {
            throw ValidationError(field: field, message: "\(field) must start with the program's full path, "
                                  + "as in \(MailCommand.standard), not '\(program)'")
        }
        if let symbol = command.first(where: { "|&;<>()$`\\\"'*?{}".contains($0) }) {
            throw ValidationError(field: field, message: "\(field) is run without a shell, so it must not contain '\(symbol)'")
        }
        self.words = words
        self.timeLimit = timeLimit
    }

    public var description: String { words.joined(separator: " ") }

    /// Hands `message` to the mail system; returns once it has accepted it.
    public func send(_ message: MailMessage) throws(MailFailure) {
        let program = words[0]
        let command = SystemCommand(path: program, arguments: Array(words.dropFirst()), timeLimit: timeLimit)
        let result: SystemCommand.Result
        do {
            result = try command.run(input: Data(message.text.utf8))
        } catch {
            switch error {
            case .couldNotStart(let reason):
                throw MailFailure("the mail command \(program) could not be run (\(reason)): is a mail system installed? "
                                  + "Set the mail command to the practice's sendmail program")
            case .timedOut:
                throw MailFailure("the mail command \(program) did not finish within \(timeLimit) and was stopped; "
                                  + "the message was not sent")
            }
        }
        guard result.status == 0 else {
            throw MailFailure("the mail system refused the message to \(message.to.address): \(program) failed "
                              + "(exit status \(result.status))" + (result.said.isEmpty ? "" : ": \(result.said)"))
        }
    }
}
