import Foundation
import Testing

/// Compares screen text with `Goldens/<name>.txt`. A missing or different golden fails and
/// writes the actual text to /tmp/vetdesk-goldens/<name>.actual. With VETDESK_RECORD_GOLDENS=1
/// the golden is (re)written into the source tree, and the test still fails so nothing passes
/// by accident; run again (after a rebuild) to check.
func expectGolden(_ actual: String, named name: String,
                  sourceLocation: SourceLocation = #_sourceLocation) {
    let text = actual + "\n"
    let bundled = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Goldens")
    let expected = bundled.flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    if expected == text { return }
    let actualDirectory = URL(fileURLWithPath: "/tmp/vetdesk-goldens")
    try? FileManager.default.createDirectory(at: actualDirectory, withIntermediateDirectories: true)
    let actualFile = actualDirectory.appendingPathComponent("\(name).actual")
    try? text.write(to: actualFile, atomically: true, encoding: .utf8)
    if ProcessInfo.processInfo.environment["VETDESK_RECORD_GOLDENS"] == "1" {
        let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Goldens/\(name).txt")
        try? text.write(to: goldens, atomically: true, encoding: .utf8)
        Issue.record("recorded golden \(name).txt; rebuild and run again to check it", sourceLocation: sourceLocation)
        return
    }
    let reason = expected == nil ? "golden \(name).txt is missing" : "screen differs from golden \(name).txt"
    Issue.record("\(reason); actual text written to \(actualFile.path)\n\(text)", sourceLocation: sourceLocation)
}
