import Foundation
import Testing
import VetDeskTestSupport
@testable import VetCommands

/// Long commands show progress on a terminal only, rewrite it in place, and erase it at the end;
/// piped, they print no carriage returns at all.
@Suite("progress lines")
struct ProgressLineTests {
    /// Collects what the line writes, on a clock the test moves.
    private final class Capture {
        var text = ""
        var time = Date(timeIntervalSince1970: 0)
    }

    @Test func onATerminalTheLineIsRewrittenInPlaceAndErasedAtTheEnd() {
        let capture = Capture()
        let line = ProgressLine(isTerminal: true, now: { capture.time }) { capture.text += $0 }
        line.update("clients: 10 of 100 clients")
        capture.time += 1
        line.update("pets: 5 of 9")
        line.finish()
        #expect(capture.text == "\rclients: 10 of 100 clients" + "\rpets: 5 of 9" + String(repeating: " ", count: 14)
            + "\r" + String(repeating: " ", count: 12) + "\r")
    }

    @Test func updatesFasterThanTenASecondAreSkipped() {
        let capture = Capture()
        let line = ProgressLine(isTerminal: true, now: { capture.time }) { capture.text += $0 }
        line.update("1 of 3")
        line.update("2 of 3")
        capture.time += 0.2
        line.update("3 of 3")
        #expect(capture.text == "\r1 of 3\r3 of 3")
    }

    @Test func notOnATerminalNothingIsWritten() {
        let capture = Capture()
        let line = ProgressLine(isTerminal: false, now: { capture.time }) { capture.text += $0 }
        line.update("clients: 10 of 10 clients")
        line.finish()
        #expect(capture.text.isEmpty)
    }

    @Test func demoPipedPrintsItsSummaryWithNoCarriageReturns() throws {
        let folder = try makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("demo.sqlite").path
        let result = try CommandRunner.run(["demo", "--clients", "10", "--db", path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\r") && !result.stderr.contains("\r"))
        #expect(!result.stderr.contains("of 10 clients"), "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Demo practice written to"), "\(result.stdout)")
        #expect(result.stdout.contains("Demo logins (sample data only):"))
    }
}
