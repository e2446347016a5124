import Foundation
import Testing
import VetCore
import VetDocuments
import VetStore
@testable import VetTUI

/// A practice's own template that cannot be filled stops the reminders it is for before anything
/// is recorded: nothing is left "unconfirmed", nothing reaches the mail system, and the rest go.
@MainActor @Suite struct ReminderTemplateFailureTests {
    @Test func aTemplateWithAnUnknownFieldSendsNoEmailAndLeavesNothingHalfRecorded() throws {
        let practice = try TestPractice.reminders()
        let mailbox = try practice.fakeMailCommand()
        let own = practice.directory.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: own, withIntermediateDirectories: true)
        try "Subject: Reminder\n\n{{pett}} is due.\n{{stop_line}}\n".write(to: own.appendingPathComponent("reminder-email.txt"),
                                                                         atomically: true, encoding: .utf8)
        let store = practice.store
        let list = try store.recallList(dueBy: store.clock.today().adding(days: 56), as: practice.manager)
        let emails = list.toSend.flatMap(\.pendingRoutes).filter { $0.channel == .email }.count
        try #require(emails > 0)
        let report = try ReminderSending(store: store).send(list, smsFolder: practice.directory, as: practice.manager)
        let refused = report.outcomes.filter { $0.channel == .email }
        #expect(refused.count == emails)
        #expect(refused.allSatisfy { outcome in
            if case .notTried(let why) = outcome.result { why.contains("{{pett}}") } else { false }
        })
        #expect(!FileManager.default.fileExists(atPath: mailbox.path))
        let after = try store.recallList(dueBy: store.clock.today().adding(days: 56), as: practice.manager)
        #expect(!after.reminders.contains { $0.status == .unconfirmed })
        #expect(after.toSend.flatMap(\.pendingRoutes).filter { $0.channel == .email }.count == emails)
    }
}
