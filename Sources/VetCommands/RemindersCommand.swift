import ArgumentParser
import Foundation
import VetCore
import VetDocuments
import VetStore

/// `vetdesk reminders …`: the recall list, sending it through the practice's mail system,
/// printer and SMS provider, a client's reminder channels, and how reminders leave the practice.
struct RemindersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders",
        abstract: "The recall list (vaccinations, boosters, parasite control, follow-ups); send it; clients' reminder channels.",
        subcommands: [List.self, Send.self, Channels.self, Confirm.self, Settings.self],
        defaultSubcommand: List.self)

    /// How far ahead the list looks when `--due-by` is left out.
    static let standardLookAhead = 28

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Reminders due by a day (and unsent overdue ones), by week, with the channel or why each is left out.")
        @Option(help: ArgumentHelp("The last due date to include (YYYY-MM-DD); four weeks from today when left out.",
                                   valueName: "date")) var dueBy: String?
        @Flag(help: "Print JSON instead of a table.") var json = false
        @OptionGroup var login: StaffLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let until = try RemindersCommand.dueBy(dueBy, store: store)
                let list = try store.recallList(dueBy: until, as: try login.session(store))
                if json { try printJSON(RecallListJSON(list)) } else { RecallListText.lines(list).forEach { print($0) } }
            }
        }
    }

    struct Send: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Send every reminder due by a day: email through the mail command, letters to the printer, texts to a CSV.",
            discussion: "Prints what went where. A failed hand-over stays on the list and is retried on the next send; "
                + "nothing already sent is sent again. Exits 1 when any hand-over failed.")
        @Option(help: ArgumentHelp("The last due date to send (YYYY-MM-DD).", valueName: "date")) var dueBy: String
        @Option(help: ArgumentHelp("The folder to write the SMS provider's CSV into; texts wait without it.", valueName: "dir"))
        var smsOut: String?
        @OptionGroup var login: StaffLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let until = try CommandDate.parse(dueBy, option: "--due-by")
                let store = try database.open(.existing)
                let session = try login.session(store)
                let list = try store.recallList(dueBy: until, as: session)
                let report = try ReminderSending(store: store).send(list, smsFolder: smsOut.map { URL(fileURLWithPath: $0) },
                                                                    as: session)
                report.outcomes.forEach { print($0.line) }
                if let file = report.smsFile { print("SMS file for the provider: \(file.path)") }
                print(report.outcomes.isEmpty ? "Nothing to send." : report.summary + ".")
                if report.failed > 0 { throw ExitCode(1) }
            }
        }
    }

    struct Channels: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or set how a client wants reminders: email, sms, letter (any of them, comma-separated) or none.")
        @Argument(help: ArgumentHelp("The client's number, or a name that finds one client.", valueName: "client"))
        var client: String
        @Option(help: ArgumentHelp("The channels, e.g. 'email,sms', or 'none'.", valueName: "channels")) var set: String?
        @OptionGroup var login: StaffLogin
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if let set {
                do { _ = try ReminderChannel.parseSet(set, field: "--set") } catch { throw ValidationError(error.message) }
            }
        }

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let clientID = try ClientArgument.id(client, in: store)
                if let set {
                    let channels = try ReminderChannel.parseSet(set, field: "--set")
                    try store.setReminderChannels(clientID: clientID, channels, as: try login.session(store))
                }
                print("Reminders for client \(clientID): \(try store.reminderPreference(clientID: clientID).summary)")
            }
        }
    }

    struct Confirm: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Settle a hand-over a stopped send left unconfirmed, once you have checked whether it went out.")
        @Argument(help: ArgumentHelp("The delivery's number, as the recall list shows it.", valueName: "delivery"))
        var delivery: Int64
        @Flag(help: "It went out: log it as sent.") var sent = false
        @Flag(help: "It did not go out: send it again on the next send.") var notSent = false
        @OptionGroup var login: StaffLogin
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            guard sent != notSent else { throw ValidationError("say either --sent or --not-sent") }
        }

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                try store.settleUnconfirmedDelivery(deliveryID: delivery, wentOut: sent, as: try login.session(store))
                print(sent ? "Delivery \(delivery) logged as sent." : "Delivery \(delivery) will be sent again on the next send.")
            }
        }
    }

    struct Settings: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or change how reminders leave the practice: the mail command, the sender address, the phone "
                + "number for the stop line, and the overdue window.")
        @Option(help: ArgumentHelp("The local mail system's sendmail interface, e.g. '/usr/sbin/sendmail -t -i'.",
                                   valueName: "command")) var mailCommand: String?
        @Option(help: ArgumentHelp("The practice's email address reminders come from.", valueName: "email")) var sender: String?
        @Option(help: ArgumentHelp("The phone number the stop line gives.", valueName: "phone")) var phone: String?
        @Option(help: ArgumentHelp("Weeks an unsent overdue reminder stays on the list (1–104).", valueName: "weeks"))
        var overdueWeeks: Int?
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                var (settings, version) = try store.reminderSettings()
                if mailCommand != nil || sender != nil || phone != nil || overdueWeeks != nil {
                    settings.mailCommand = mailCommand ?? settings.mailCommand
                    settings.senderEmail = sender ?? settings.senderEmail
                    settings.contactPhone = phone ?? settings.contactPhone
                    settings.overdueWeeks = overdueWeeks ?? settings.overdueWeeks
                    try store.updateReminderSettings(settings, expectedVersion: version, as: try login.session(store))
                }
                print("Mail command: \(settings.mailCommand)")
                print("Sender: \(settings.senderEmail.isEmpty ? "(not set: email reminders wait until it is)" : settings.senderEmail)")
                print("Phone for the stop line: \(settings.contactPhone.isEmpty ? "(not set)" : settings.contactPhone)")
                print("Overdue window: \(settings.overdueWeeks) weeks")
            }
        }
    }

    static func dueBy(_ text: String?, store: AppDatabase) throws -> LocalDate {
        guard let text else { return store.clock.today().adding(days: standardLookAhead) }
        return try CommandDate.parse(text, option: "--due-by")
    }
}
