/// How reminders leave the practice: the mail command (the local mail system's `sendmail`
/// interface), the address they come from, a phone number for the "how to stop" line, and
/// how far back an unsent reminder is still worth sending.
public struct ReminderSettings: Hashable, Sendable, Codable {
    public static let standardMailCommand = "/usr/sbin/sendmail -t -i"

    public var mailCommand: String
    /// The practice's address as the sender; empty until set (email reminders wait for it).
    public var senderEmail: String
    public var contactPhone: String
    /// Weeks after its due date that an unsent reminder stays on the recall list.
    public var overdueWeeks: Int

    public init(mailCommand: String = standardMailCommand, senderEmail: String = "", contactPhone: String = "",
                overdueWeeks: Int = 12) {
        self.mailCommand = mailCommand
        self.senderEmail = senderEmail
        self.contactPhone = contactPhone
        self.overdueWeeks = overdueWeeks
    }

    /// Refuses a command that is not an absolute path, a sender that is not an email address,
    /// or a window no practice could mean; each message names its field.
    public func validate() throws(ValidationErrors) {
        var check = Validator()
        _ = check.check { () throws(ValidationError) in try Self.checkMailCommand(mailCommand) }
        if !senderEmail.isEmpty {
            _ = check.check { () throws(ValidationError) in _ = try EmailAddress(parsing: senderEmail, field: "sender email") }
        }
        _ = check.check { () throws(ValidationError) in try TextRule.optional(contactPhone, field: "contact phone", maxLength: 30) }
        if !(1...104).contains(overdueWeeks) {
            check.add(ValidationError(field: "overdue window (weeks)",
                                      message: "overdue window (weeks) must be from 1 to 104, not \(overdueWeeks)"))
        }
        try check.finish()
    }

    /// A mail command is a program by absolute path and its arguments, split on spaces and run
    /// without a shell, so nothing in it is ever interpreted.
    public static func checkMailCommand(_ command: String) throws(ValidationError) {
        let words = command.split(separator: " ")
        guard let program = words.first, program.hasPrefix("/"), command.count <= 500,
              !command.contains(where: { $0.isNewline }) else {
            throw ValidationError(field: "mail command", message: "mail command '\(command)' must start with the "
                                  + "program's full path, e.g. '\(standardMailCommand)'")
        }
    }
}
