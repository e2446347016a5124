import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Whatever a screen holds can be read to its last line: help and rows shown in full scroll to
/// the end at every size, and a message too long for the message lines opens whole in a dialog.
@MainActor
@Suite struct ReadingInFullTests {
    nonisolated static let sizes = [TerminalSize.minimum, TerminalSize(rows: 40, columns: 120)]


    /// Sizes at which a client record's help is longer than one page, narrow and wide.
    nonisolated static let helpSizes = [TerminalSize.minimum, TerminalSize(rows: 24, columns: 120)]

    @Test(arguments: helpSizes)
    func helpScrollsToItsLastLine(_ size: TerminalSize) throws {
        let practice = try TestPractice.make()
        try practice.seed()
        let driver = AppDriver(practice, size: size)
        driver.logIn("mary", "manager-pass")
        driver.type("Briain")
        driver.send([.enter, .function(1)])
        #expect(driver.screen.contains("more below"), "a client record's help is longer than one page:\n\(driver.screen)")
        driver.send([.end])
        #expect(!driver.screen.contains("more below"), "End must reach the last line:\n\(driver.screen)")
        #expect(driver.screen.contains("more above"))
        driver.send([.home] + Array(repeating: .pageDown, count: 30))
        #expect(!driver.screen.contains("more below"), "PgDn must reach the last line too:\n\(driver.screen)")
    }

    @Test(arguments: sizes)
    func aRowShownInFullScrollsToItsLastLine(_ size: TerminalSize) throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice, size: size)
        driver.logIn("rita", "reception-pass")
        let summary = (1...60).map { "Sentence \($0) of a long call summary." }.joined(separator: " ")
        driver.app.stack.append(RowDetailScreen(RowDetailState(
            title: "Call", items: [.init(label: "Summary", text: summary + " The very end.")])))
        driver.send([.end])
        #expect(driver.flowingText.contains("The very end."), "\(driver.screen)")
        #expect(!driver.screen.contains("more below"))
    }

    @Test func aMessageTooLongForTheMessageLinesOpensWhole() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        let reason = (1...40).map { "reason \($0)" }.joined(separator: ", ") + ", and the last word: Zanzibar."
        driver.app.message = StatusMessage(reason, kind: .error)
        driver.send([])
        #expect(driver.flowingText.contains("Zanzibar."), "the whole message is on screen:\n\(driver.screen)")
        #expect(driver.flowingText.contains("reason 1,"))
        driver.send([.enter])
        #expect(!driver.flowingText.contains("Zanzibar."), "Enter closes it:\n\(driver.screen)")
        #expect(driver.app.stack.last is ClientSearchScreen)
    }

    @Test func aShortMessageStaysInTheMessageLines() throws {
        let practice = try TestPractice.make()
        let driver = AppDriver(practice)
        driver.logIn("rita", "reception-pass")
        driver.app.message = StatusMessage("Saved.", kind: .success)
        driver.send([])
        #expect(driver.app.messageDialog == nil)
        #expect(driver.screen.contains("Done: Saved."))
    }
}
