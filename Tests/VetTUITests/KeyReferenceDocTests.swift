import Foundation
import Testing
@testable import VetTUI

/// `docs/keys.md` is generated from the command table; this fails when the file is stale.
@Suite struct KeyReferenceDocTests {
    @Test func docsKeysMatchesTheCommandTable() throws {
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let file = repository.appendingPathComponent("docs/keys.md")
        let written = try String(contentsOf: file, encoding: .utf8)
        #expect(written == KeyReference.markdown(),
                "docs/keys.md is stale: regenerate it with `swift run vetdesk docs keys > docs/keys.md`")
    }
}
