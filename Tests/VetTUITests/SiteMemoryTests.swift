import Foundation
import Testing
@testable import VetTUI

/// The terminal's memory of its site: owner-only, per database, and never a reason to crash.
@Suite struct SiteMemoryTests {
    private func freshFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vetdesk-state-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    @Test func remembersPerDatabaseInAnOwnerOnlyFile() throws {
        let state = try freshFolder()
        let memory = try #require(SiteMemory(environment: ["XDG_STATE_HOME": state.path, "HOME": "/nonexistent"]))
        #expect(memory.fileURL.path == state.path + "/vetdesk/terminal-sites.json")
        #expect(memory.site(forDatabase: "/srv/a.sqlite") == nil)
        try memory.remember(siteID: 2, siteName: "Town", forDatabase: "/srv/a.sqlite")
        try memory.remember(siteID: 3, siteName: "Harbour", forDatabase: "postgresql://vets@db.example/group")
        try memory.remember(siteID: 4, siteName: "Quay", forDatabase: "/srv/a.sqlite")
        #expect(memory.site(forDatabase: "/srv/a.sqlite") == SiteMemory.RememberedSite(siteID: 4, siteName: "Quay"))
        #expect(memory.site(forDatabase: "postgresql://vets@db.example/group")?.siteID == 3)
        #expect(try permissions(memory.fileURL.path) == 0o600)
        #expect(try permissions(state.path + "/vetdesk") == 0o700)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: state.path + "/vetdesk")
        #expect(leftovers == ["terminal-sites.json"], "no temporary file is left behind")
    }

    @Test func aFolderOthersCouldReadIsMadeOwnerOnly() throws {
        let state = try freshFolder()
        try FileManager.default.createDirectory(atPath: state.path + "/vetdesk", withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        let memory = SiteMemory(fileURL: state.appendingPathComponent("vetdesk/terminal-sites.json"))
        try memory.remember(siteID: 1, siteName: "Main", forDatabase: "/srv/a.sqlite")
        #expect(try permissions(state.path + "/vetdesk") == 0o700)
    }

    @Test func theHomeFolderIsTheDefaultAndNoHomeMeansNoMemory() {
        #expect(SiteMemory(environment: ["HOME": "/home/ann"])?.fileURL.path == "/home/ann/.local/state/vetdesk/terminal-sites.json")
        #expect(SiteMemory(environment: ["HOME": "/home/ann", "XDG_STATE_HOME": "relative"])?.fileURL.path
            == "/home/ann/.local/state/vetdesk/terminal-sites.json", "a relative XDG path is ignored, as the spec says")
        #expect(SiteMemory(environment: [:]) == nil)
    }

    @Test(arguments: ["", "not json", "{\"databases\": 7}", "{\"databases\": {\"/srv/a.sqlite\": {\"siteID\": \"two\"}}}", "\u{0}\u{1}"])
    func aGarbledFileIsNothingRememberedAndIsReplacedOnTheNextChoice(contents: String) throws {
        let state = try freshFolder()
        let memory = SiteMemory(fileURL: state.appendingPathComponent("terminal-sites.json"))
        try contents.write(to: memory.fileURL, atomically: true, encoding: .utf8)
        #expect(memory.site(forDatabase: "/srv/a.sqlite") == nil)
        try memory.remember(siteID: 2, siteName: "Town", forDatabase: "/srv/a.sqlite")
        #expect(memory.site(forDatabase: "/srv/a.sqlite")?.siteID == 2)
    }

    @Test func anUnreadableFileIsNothingRemembered() throws {
        let state = try freshFolder()
        let memory = SiteMemory(fileURL: state.appendingPathComponent("terminal-sites.json"))
        try memory.remember(siteID: 2, siteName: "Town", forDatabase: "/srv/a.sqlite")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: memory.fileURL.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: memory.fileURL.path) }
        guard getuid() != 0 else { return }  // root reads any file; the rule cannot be seen then
        #expect(memory.site(forDatabase: "/srv/a.sqlite") == nil)
    }

    @Test func aWriteThatCannotHappenSaysWhereAndWhy() throws {
        let state = try freshFolder()
        try "a file, not a folder".write(to: state.appendingPathComponent("vetdesk"), atomically: true, encoding: .utf8)
        let memory = SiteMemory(fileURL: state.appendingPathComponent("vetdesk/terminal-sites.json"))
        let failure = try #require(throws: SiteMemoryFailure.self) {
            try memory.remember(siteID: 2, siteName: "Town", forDatabase: "/srv/a.sqlite")
        }
        #expect(failure.message.hasPrefix("could not remember this terminal's site in \(memory.fileURL.path): "), "\(failure)")
        #expect(memory.site(forDatabase: "/srv/a.sqlite") == nil)
    }

    @Test func aFileIsRememberedByItsAbsolutePathAndAServerAsGiven() {
        let cwd = FileManager.default.currentDirectoryPath
        #expect(SiteMemory.key(forDatabase: "practice.sqlite", isOnServer: false) == cwd + "/practice.sqlite")
        #expect(SiteMemory.key(forDatabase: "/srv/./vets/../a.sqlite", isOnServer: false) == "/srv/a.sqlite")
        #expect(SiteMemory.key(forDatabase: "postgresql://vets@db/group", isOnServer: true) == "postgresql://vets@db/group")
    }
}
