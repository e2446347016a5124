import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The site this terminal works at, remembered per practice database so that a terminal in a
/// branch is not asked at every login. One small owner-only file under the user's state folder
/// (`$XDG_STATE_HOME/vetdesk/terminal-sites.json`, else `~/.local/state/vetdesk/`): it maps a
/// database address to a site's id and name, and never holds a password (addresses cannot).
///
/// A missing, unreadable or garbled file means nothing is remembered: the person is asked again.
public struct SiteMemory: Sendable {
    /// A site as remembered: the id decides; the name is for a person reading the file.
    public struct RememberedSite: Codable, Hashable, Sendable {
        public let siteID: Int64
        public let siteName: String
    }

    private struct Contents: Codable {
        var databases: [String: RememberedSite]
    }

    public let fileURL: URL
    /// Bigger than any real memory file; a larger one is not read.
    private static let largestFile = 1 << 20

    public init(fileURL: URL) { self.fileURL = fileURL }

    /// The memory of the user running VetDesk, or nil when the environment names no home to keep it in.
    public init?(environment: [String: String]) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            self.init(fileURL: URL(fileURLWithPath: state).appendingPathComponent("vetdesk/terminal-sites.json"))
        } else if let home = environment["HOME"], home.hasPrefix("/") {
            self.init(fileURL: URL(fileURLWithPath: home).appendingPathComponent(".local/state/vetdesk/terminal-sites.json"))
        } else {
            return nil
        }
    }

    /// The key a database is remembered under: a file's absolute path, a server's address as given.
    public static func key(forDatabase address: String, isOnServer: Bool) -> String {
        isOnServer ? address : URL(fileURLWithPath: address).standardizedFileURL.path
    }

    /// The site remembered for `database`, or nil.
    public func site(forDatabase database: String) -> RememberedSite? {
        read()?.databases[database]
    }

    /// Remembers `siteID` for `database`, keeping what is remembered for other databases.
    /// Throws a sentence naming the file when it cannot be written.
    public func remember(siteID: Int64, siteName: String, forDatabase database: String) throws {
        var contents = read() ?? Contents(databases: [:])
        contents.databases[database] = RememberedSite(siteID: siteID, siteName: siteName)
        do {
            try write(contents)
        } catch {
            throw SiteMemoryFailure(message: "could not remember this terminal's site in \(fileURL.path): "
                                    + Self.reason(error))
        }
    }

    private func read() -> Contents? {
        guard let handle = try? FileHandle(forReadingFrom: fileURL) else { return nil }
        defer { try? handle.close() }
        guard let data = try? handle.read(upToCount: Self.largestFile + 1), data.count <= Self.largestFile else { return nil }
        return try? JSONDecoder().decode(Contents.self, from: data)
    }

    /// Writes a new file beside the old one, owner-only from the start, then renames it into
    /// place, so a crash leaves the old memory or the new one, never half of either.
    private func write(_ contents: Contents) throws {
        let folder = fileURL.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        guard chmod(folder.path, 0o700) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(contents)
        let temporary = folder.appendingPathComponent(".\(fileURL.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        guard fchmod(descriptor, 0o600) == 0 else {
            close(descriptor)
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EPERM)
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
            try handle.synchronize()
            try handle.close()
            guard rename(temporary.path, fileURL.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary.path)
            throw error
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        if let cocoa = error as? CocoaError, let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? POSIXError {
            return String(cString: strerror(underlying.code.rawValue))
        }
        return error.localizedDescription
    }
}

/// Why the terminal's site could not be remembered: shown as a notice, never fatal.
public struct SiteMemoryFailure: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
