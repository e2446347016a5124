import Foundation

/// Data files shipped with VetDesk, found through the bundle SwiftPM builds beside the program.
public enum VetResources {
    /// The most commonly used passwords, lower-case, one per line: new passwords may not be one of them.
    public static var commonPasswordsURL: URL? {
        Bundle.module.url(forResource: "common-passwords", withExtension: "txt")
    }
}
