import Foundation
import VetCore
import VetResources

/// Who reminders come from: the practice's name and address, and the sender address and phone
/// from the reminder settings.
public struct ReminderSender: Hashable, Sendable {
    public var practiceName: String
    public var practiceAddress: String
    public var email: String
    public var phone: String

    /// "01534 000000 · reception@harbourvets.je", or whichever is set.
    public var contactLine: String {
        [phone.isEmpty ? "" : "Telephone \(phone)", email].filter { !$0.isEmpty }.joined(separator: " · ")
    }
}

/// A reminder ready to hand over: the subject (email only) and the text.
public struct ReminderMessage: Hashable, Sendable {
    public var channel: ReminderChannel
    public var subject: String
    public var text: String
}

/// The practice's reminder templates (its own where it has them, else the shipped ones),
/// checked before anything is sent: each must carry `{{stop_line}}`, and none may carry
/// marketing — reminders are service messages, sent without marketing consent.
public struct ReminderTemplates: Sendable {
    public static let names: [ReminderChannel: String] = [
        .email: "reminder-email.txt", .letter: "reminder-letter.txt", .sms: "reminder-sms.txt",
    ]
    let templates: [ReminderChannel: DocumentTemplate]

    public static func load(overrides: URL?) throws -> ReminderTemplates {
        var loaded: [ReminderChannel: DocumentTemplate] = [:]
        let words = try MarketingWords.load()
        for (channel, name) in names {
            let template = try DocumentTemplate.load(name, overrides: overrides)
            let shown = template.source == "shipped" ? name : template.source
            guard template.text.contains("{{stop_line}}") else {
                throw StoreError.refused("reminder template \(shown) must contain {{stop_line}}, the line saying how to stop reminders")
            }
            if let word = words.firstUsed(in: template.text) {
                throw StoreError.refused("reminder template \(shown) contains '\(word)': reminders are service messages and "
                                         + "may not carry marketing; remove it")
            }
            loaded[channel] = template
        }
        return ReminderTemplates(templates: loaded)
    }

    /// The message for `reminder` on `channel`, dated `date`.
    public func message(for reminder: DueReminder, channel: ReminderChannel, postalAddress: String,
                        sender: ReminderSender, date: LocalDate) throws -> ReminderMessage {
        guard let template = templates[channel] else { throw StoreError.refused("no reminder template for \(channel.rawValue)") }
        let recipient = reminder.recipient
        let values: [String: String] = [
            "practice_name": sender.practiceName,
            "practice_address": sender.practiceAddress,
            "practice_contact": sender.contactLine,
            "date": date.long,
            "client_name": recipient.clientName,
            "client_address": postalAddress.replacingOccurrences(of: ", ", with: "\n"),
            "salutation": recipient.salutationName,
            "pet_name": recipient.petName,
            "species": recipient.species,
            "reminder": reminder.reason.subject,
            "due_on": reminder.dueOn.long,
            "based_on": reminder.basedOn,
            "stop_line": Self.stopLine(channel, pet: recipient.petName, sender: sender),
        ]
        var text = try template.filled(values)
        var subject = ""
        if channel == .email, text.hasPrefix("Subject:") {
            let firstLine = text.prefix { $0 != "\n" }
            subject = firstLine.dropFirst("Subject:".count).trimmingCharacters(in: .whitespaces)
            text = String(text.dropFirst(firstLine.count)).trimmingCharacters(in: .newlines) + "\n"
        }
        if subject.isEmpty { subject = "\(reminder.reason.subject) reminder for \(recipient.petName)" }
        if channel == .sms { text = text.split(whereSeparator: \.isNewline).joined(separator: " ") }
        else { text = PlainWrap.document(text, width: channel == .letter ? 78 : 76) }
        return ReminderMessage(channel: channel, subject: subject, text: text)
    }

    /// How to stop reminders, in the words each channel allows.
    static func stopLine(_ channel: ReminderChannel, pet: String, sender: ReminderSender) -> String {
        let call = sender.phone.isEmpty ? "" : " or call \(sender.phone)"
        switch channel {
        case .email:
            return "You receive this because \(pet) is registered with \(sender.practiceName). It is about \(pet)'s care, "
                + "not marketing. To stop reminders, reply saying so\(call)."
        case .letter:
            return "You receive this because \(pet) is registered with \(sender.practiceName). It is about \(pet)'s care, "
                + "not marketing. To stop reminders, write to us\(call)."
        case .sms:
            return sender.phone.isEmpty ? "To stop reminders, tell us." : "To stop reminders call \(sender.phone)."
        }
    }
}

/// The shipped list of words that make a message marketing.
struct MarketingWords {
    let phrases: [String]

    static func load() throws -> MarketingWords {
        guard let url = VetResources.marketingWordsURL, let data = FileManager.default.contents(atPath: url.path) else {
            throw StoreError.refused("the shipped list marketing-words.txt is missing from this installation")
        }
        let phrases = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        return MarketingWords(phrases: phrases)
    }

    /// The first phrase used in `text` as whole words (placeholders aside), if any.
    func firstUsed(in text: String) -> String? {
        let own = text.replacingOccurrences(of: #"\{\{[^}]*\}\}"#, with: " ", options: .regularExpression).lowercased()
        let padded = " " + own.map { $0.isLetter || $0.isNumber || $0 == "%" ? $0 : " " } .reduce(into: "") { $0.append($1) } + " "
        let squeezed = padded.replacingOccurrences(of: #" +"#, with: " ", options: .regularExpression)
        return phrases.first { squeezed.contains(" " + $0 + " ") || ($0.hasPrefix("%") && squeezed.contains($0)) }
    }
}

extension AppDatabase {
    /// Who reminders come from, read from the practice and reminder settings.
    public func reminderSender() throws -> ReminderSender {
        try read { db in
            let practice = try PracticeSettingsRow.current(db)
            let settings = try ReminderSettingsRow.current(db).settings
            return ReminderSender(practiceName: practice.name, practiceAddress: practice.address,
                                  email: settings.senderEmail, phone: settings.contactPhone)
        }
    }
}
