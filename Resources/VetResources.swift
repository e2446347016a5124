import Foundation

/// Data files shipped with VetDesk, found through the bundle SwiftPM builds beside the program.
public enum VetResources {
    /// The most commonly used passwords, lower-case, one per line: new passwords may not be one of them.
    public static var commonPasswordsURL: URL? {
        Bundle.module.url(forResource: "common-passwords", withExtension: "txt")
    }

    /// Words and phrases that make a message marketing, lower-case, one per line ('#' starts a comment).
    public static var marketingWordsURL: URL? {
        Bundle.module.url(forResource: "marketing-words", withExtension: "txt")
    }

    /// A shipped document template (`letter-acknowledgement.txt`, `privacy-notice.html` …); a
    /// practice may override each by a file of the same name in its own template folder.
    public static func templateURL(named name: String) -> URL? {
        guard let folder = Bundle.module.url(forResource: "templates", withExtension: nil) else { return nil }
        let url = folder.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
