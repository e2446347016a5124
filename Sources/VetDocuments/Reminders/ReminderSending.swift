import Foundation
import VetCore
import VetStore

/// Sends the recall list through the practice's own services — email to the local mail system
/// by its `sendmail` interface, letters to the printer by `lp`, texts as a CSV for the SMS
/// provider — recording each hand-over before and after, so nothing is lost or sent twice.
/// The one path the screens and the command line share.
public struct ReminderSending: Sendable {
    let store: AppDatabase
    let printer: LinePrinter

    public init(store: AppDatabase, printer: LinePrinter = LinePrinter()) {
        self.store = store
        self.printer = printer
    }

    /// What became of one reminder on one channel.
    public struct Outcome: Sendable, Hashable {
        public enum Result: Sendable, Hashable {
            case sent
            case failed(String)
            /// Not tried, and why; it stays on the list.
            case notTried(String)
        }
        public var reminder: DueReminder
        public var channel: ReminderChannel
        public var address: String
        public var result: Result

        /// "Biscuit (Zoë Le Brun), Vaccination due Mon 3 Mar 2025 — email to zoe@example.je: sent".
        public var line: String {
            let said: String = switch result {
            case .sent: "sent"
            case .failed(let why): "FAILED: \(why)"
            case .notTried(let why): "not sent: \(why)"
            }
            return "\(reminder.recipient.petName) (\(reminder.recipient.clientName)), \(reminder.reason.subject) due "
                + "\(reminder.dueOn.long) — \(channel.displayName.lowercased()) to \(address): \(said)"
        }
    }

    /// Everything one send did.
    public struct Report: Sendable, Hashable {
        public var outcomes: [Outcome]
        /// The CSV written for the SMS provider, when texts were due.
        public var smsFile: URL?
        public var sent: Int { outcomes.filter { $0.result == .sent }.count }
        public var failed: Int { outcomes.filter { if case .failed = $0.result { true } else { false } }.count }
        public var notTried: Int { outcomes.filter { if case .notTried = $0.result { true } else { false } }.count }

        /// "12 sent, 1 failed (it stays on the list and is retried), 2 not sent".
        public var summary: String {
            var parts = ["\(sent) sent"]
            if failed > 0 { parts.append("\(failed) failed (kept on the list and retried on the next send)") }
            if notTried > 0 { parts.append("\(notTried) not sent") }
            return parts.joined(separator: ", ")
        }
    }

    /// Sends every reminder on `list` that is to send (or failed before) on each of its pending
    /// channels. Texts go into one owner-only CSV in `smsFolder`; without a folder they wait.
    public func send(_ list: RecallList, smsFolder: URL?, as user: StaffSession) throws -> Report {
        let settings = try store.reminderSettings().settings
        let sender = try store.reminderSender()
        let templates = try ReminderTemplates.load(overrides: store.templateFolder)
        let mail: MailCommand
        do { mail = try MailCommand(settings.mailCommand) } catch { throw StoreError.invalid(ValidationErrors([error])) }
        let queue = try store.documentSettings().settings.printer
        let domain = sender.email.split(separator: "@").last.map(String.init) ?? "vetdesk.invalid"
        let today = store.clock.today()
        var outcomes: [Outcome] = []
        var texts: [(delivery: ReminderDelivery, outcome: Outcome, row: [String])] = []
        for reminder in list.toSend {
            for route in reminder.pendingRoutes {
                var outcome = Outcome(reminder: reminder, channel: route.channel, address: route.address, result: .sent)
                if let reason = Self.waitReason(route.channel, sender: sender, smsFolder: smsFolder) {
                    outcome.result = .notTried(reason)
                    outcomes.append(outcome)
                    continue
                }
                // The message is made before the hand-over is recorded, so a template that cannot be
                // filled stops this one reminder and leaves nothing half-recorded.
                let message: ReminderMessage
                let delivery: ReminderDelivery
                do {
                    message = try templates.message(for: reminder, channel: route.channel, postalAddress: route.address,
                                                    sender: sender, date: today)
                    delivery = try store.beginReminderDelivery(reminder, route: route, messageDomain: domain, as: user)
                } catch {
                    outcome.result = .notTried(Self.words(error))
                    outcomes.append(outcome)
                    continue
                }
                if route.channel == .sms {
                    texts.append((delivery, outcome, [route.address, message.text, reminder.recipient.clientName,
                                                      reminder.recipient.petName, reminder.dueOn.iso]))
                    continue
                }
                outcome.result = hand(message, to: reminder.recipient.clientName, delivery: delivery, sender: sender, queue: queue,
                                      mail: mail, user: user)
                outcomes.append(outcome)
            }
        }
        var smsFile: URL?
        if !texts.isEmpty, let smsFolder {
            let written = writeTexts(texts, into: smsFolder, user: user)
            smsFile = written.file
            outcomes += written.outcomes
        }
        return Report(outcomes: outcomes, smsFile: smsFile)
    }

    /// Why a channel cannot be tried on this send at all, before anything is recorded.
    static func waitReason(_ channel: ReminderChannel, sender: ReminderSender, smsFolder: URL?) -> String? {
        switch channel {
        case .email where sender.email.isEmpty:
            "the practice's sender email address is not set (reminder settings)"
        case .sms where smsFolder == nil:
            "no folder was given for the SMS provider's file"
        default: nil
        }
    }

    /// Hands one email or letter over and records what happened.
    private func hand(_ message: ReminderMessage, to name: String, delivery: ReminderDelivery, sender: ReminderSender, queue: String,
                      mail: MailCommand, user: StaffSession) -> Outcome.Result {
        let deliveryID = delivery.id ?? 0
        do {
            let how: String
            switch message.channel {
            case .email:
                let email = try MailMessage(from: MailAddress(name: sender.practiceName, address: sender.email),
                                            to: MailAddress(name: name, address: delivery.address), subject: message.subject,
                                            body: message.text, messageID: delivery.messageId, date: store.clock.now())
                try mail.send(email)
                how = "emailed to"
            case .letter:
                let job = try printer.print(message.text, queue: queue, title: "Reminder: \(message.subject)",
                                            options: PrintLayout(.a4).lpOptions)
                how = "letter printed (\(queue.isEmpty ? "default printer" : queue), job \(job)) for"
            case .sms:
                how = "texted to"
            }
            try store.recordReminderSent(deliveryID: deliveryID, how: how, as: user)
            return .sent
        } catch {
            let said = Self.words(error)
            try? store.recordReminderFailed(deliveryID: deliveryID, error: said, as: user)
            return .failed(said)
        }
    }

    /// Writes the texts into one owner-only CSV for the SMS provider, then records each as sent
    /// (or, when the file cannot be written, as failed).
    private func writeTexts(_ texts: [(delivery: ReminderDelivery, outcome: Outcome, row: [String])], into folder: URL,
                            user: StaffSession) -> (file: URL?, outcomes: [Outcome]) {
        let stamp = ISO8601DateFormatter.string(from: store.clock.now(), timeZone: store.clock.timeZone,
                                                formatOptions: [.withFullDate, .withTime])
        let url = folder.appendingPathComponent("sms-reminders-\(stamp).csv")
        let csv = ([["mobile", "message", "client", "pet", "due_on"]] + texts.map(\.row)).map(CSV.line).joined()
        var written: URL?
        var failure: String?
        do {
            try OwnerOnlyFile.prepareFolder(folder)
            try OwnerOnlyFile.write(Data(csv.utf8), to: url)
            written = url
        } catch {
            failure = Self.words(error)
        }
        let outcomes = texts.map { text -> Outcome in
            var outcome = text.outcome
            let id = text.delivery.id ?? 0
            if let failure {
                try? store.recordReminderFailed(deliveryID: id, error: failure, as: user)
                outcome.result = .failed(failure)
            } else {
                do {
                    try store.recordReminderSent(deliveryID: id, how: "listed for the SMS provider in \(url.lastPathComponent) for",
                                                 as: user)
                } catch { outcome.result = .failed(Self.words(error)) }
            }
            return outcome
        }
        return (written, outcomes)
    }

    static func words(_ error: any Error) -> String {
        (error as? LocalizedError)?.errorDescription ?? "\(error)"
    }
}
