import Testing
import VetDeskTestSupport

@Suite("real terminal")
struct TerminalSmokeTests {
    @Test func helpScreenOfTheCommandLine() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("deadline"))
    }
}
