import Foundation
import Testing
import VetCore
import VetDeskTestSupport
@testable import VetDocuments

/// Handing messages to the system's mail program: the command's checks, its failures in words, and
/// a real delivery through the local mail system into a mailbox, read back and decoded.
@Suite struct MailCommandTests {
    static func refusal(_ command: String) -> ValidationError? {
        do { _ = try MailCommand(command); return nil } catch { return error }
    }

    @Test func theStandardCommandIsAccepted() throws {
        let command = try MailCommand(MailCommand.standard)
        #expect(command.words == ["/usr/sbin/sendmail", "-t", "-i"])
        #expect(try MailCommand("/usr/sbin/sendmail  -t   -i ").words == ["/usr/sbin/sendmail", "-t", "-i"])
    }

    @Test(arguments: ["", "sendmail -t -i", "/usr/sbin/sendmail -t | tee /tmp/x", "/usr/sbin/sendmail -t; rm x",
                      "/usr/sbin/sendmail $HOME", "/usr/sbin/sendmail\n-t", "/usr/sbin/sendmail\t-t"])
    func aBadCommandIsRefusedNamingTheField(command: String) throws {
        let refused = try #require(Self.refusal(command))
        #expect(refused.field == "mail command")
        #expect(refused.message.hasPrefix("mail command "))
    }

    @Test func aProgramThatFailsIsAMailFailure() throws {
        let message = try MailMessageTests.message()
        #expect(throws: MailFailure.self) { try MailCommand("/bin/false").send(message) }
        do {
            try MailCommand("/bin/sh -c exit").send(message) // a mail program that exits 0 is taken at its word
        } catch {
            Issue.record("a command exiting 0 was reported as a failure: \(error)")
        }
    }

    @Test func whatTheProgramSaidIsInTheFailure() throws {
        let message = try MailMessageTests.message()
        let failure = try #require(throws: MailFailure.self) {
            try MailCommand("/bin/ls /no/such/folder").send(message)
        }
        #expect(failure.message.contains("exit status"))
        #expect(failure.message.contains("/no/such/folder"))
        #expect(failure.message.contains("zoe@example.com"))
    }

    @Test func aMissingProgramIsAMailFailure() throws {
        let failure = try #require(throws: MailFailure.self) {
            try MailCommand("/usr/sbin/no-such-sendmail -t -i").send(try MailMessageTests.message())
        }
        #expect(failure.message.contains("/usr/sbin/no-such-sendmail could not be run"))
    }

    @Test func aProgramThatHangsIsStoppedAtTheTimeLimit() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let failure = try #require(throws: MailFailure.self) {
            try MailCommand("/bin/sleep 30", timeLimit: .milliseconds(300)).send(try MailMessageTests.message())
        }
        #expect(failure.message.contains("did not finish"))
        #expect(clock.now - started < .seconds(10))
    }

    @Test func aRealMessageArrivesInTheLocalMailbox() throws {
        let mailbox = try LocalMailbox.fromEnvironment()
        let id = "test-\(UUID().uuidString)@vetdesk.test"
        let body = "Dear Zoë,\nRex's booster is due; it costs £45.00.\n"
            + String(repeating: "A long line about the booster. ", count: 7) + "\nFrom the practice\n.\nEnd\n"
        let subject = "Rappel : Rex — vaccin dû"
        let message = try MailMessage(from: MailAddress(name: "Riverside Vets — Zoë's practice", address: "desk@riverside.example"),
                                      to: MailAddress(name: "Zoë Hart", address: mailbox.address),
                                      replyTo: MailAddress(name: "", address: "vet@riverside.example"),
                                      subject: subject, body: body, messageID: id, date: Date())
        try MailCommand(mailbox.sendmail).send(message)
        let delivered = try mailbox.waitForMessage(containing: id, timeout: .seconds(30))
        #expect(delivered.header("From") == "Riverside Vets — Zoë's practice <desk@riverside.example>")
        #expect(delivered.header("To") == "Zoë Hart <\(mailbox.address)>")
        #expect(delivered.header("Reply-To") == "<vet@riverside.example>")
        #expect(delivered.header("Subject") == subject)
        #expect(delivered.header("Message-ID") == "<\(id)>")
        #expect(delivered.header("Content-Type") == "text/plain; charset=UTF-8")
        #expect(delivered.header("Auto-Submitted") == "auto-generated")
        #expect(delivered.body == body)
    }
}
