import Foundation
import Testing

/// The screenshots in `docs/user-guide.md` are the screen tests' goldens, captured from the
/// program. This fails when one has drifted; with VETDESK_RECORD_GOLDENS=1 it rewrites the
/// guide's screenshots from the goldens (and still fails, so the change is looked at).
@Suite struct UserGuideScreenshotTests {
    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    private static let guide = repository.appendingPathComponent("docs/user-guide.md")
    private static let marker = "<!-- screen: "

    /// The golden named `name`, with each line's trailing spaces removed as Markdown keeps them.
    private static func golden(_ name: String) throws -> String {
        let file = repository.appendingPathComponent("Tests/VetTUITests/Goldens/\(name).txt")
        let text = try String(contentsOf: file, encoding: .utf8)
        var lines = text.components(separatedBy: "\n").map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// The guide with every screenshot block replaced by its golden.
    private static func regenerated(_ text: String) throws -> (text: String, screens: [String]) {
        var output: [String] = []
        var screens: [String] = []
        var lines = text.components(separatedBy: "\n")[...]
        while let line = lines.popFirst() {
            output.append(line)
            guard line.hasPrefix(marker), line.hasSuffix(" -->") else { continue }
            let name = String(line.dropFirst(marker.count).dropLast(4))
            screens.append(name)
            guard lines.first == "```text" else { continue }
            lines.removeFirst()
            while let body = lines.popFirst(), body != "```" {}
            output += ["```text", try golden(name), "```"]
        }
        return (output.joined(separator: "\n"), screens)
    }

    @Test func screenshotsMatchTheProgram() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        let (expected, screens) = try Self.regenerated(text)
        #expect(screens.count >= 10, "the guide should tour the screens with screenshots")
        if expected != text, ProcessInfo.processInfo.environment["VETDESK_RECORD_GOLDENS"] == "1" {
            try expected.write(to: Self.guide, atomically: true, encoding: .utf8)
            Issue.record("rewrote the screenshots in docs/user-guide.md from the goldens")
            return
        }
        #expect(expected == text,
                "docs/user-guide.md has screenshots that differ from the screen goldens; run the tests with VETDESK_RECORD_GOLDENS=1 to refresh them")
    }
}
