import Foundation
import VetCore
import VetResources

/// The whole rule for a password a person chooses: `StaffPassword`'s length and username checks,
/// and not one of the commonly used passwords shipped in `Resources/common-passwords.txt`.
public enum PasswordPolicy {
    /// Throws a field message when `password` may not be used for `username`.
    public static func validate(_ password: String, username: String, field: String = "new password") throws(ValidationError) {
        try StaffPassword.validate(password, username: username, field: field)
        if isCommon(password) {
            throw ValidationError(field: field, message: "\(field) is on the list of commonly used passwords; choose another")
        }
    }

    /// Case-insensitive: "Password123" is as guessable as "password123".
    public static func isCommon(_ password: String) -> Bool {
        commonPasswords.contains(password.lowercased())
    }

    /// Read once per process. A missing list refuses nothing rather than every password; the tests
    /// prove the list is found both by the program and by the test runner.
    static let commonPasswords: Set<String> = {
        guard let url = VetResources.commonPasswordsURL, let text = try? String(contentsOf: url, encoding: .utf8) else {
            return []
        }
        return Set(text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
    }()
}

/// One-time passwords a manager hands over in person: easy to read aloud (no 0/O or 1/l),
/// long enough to pass the password rule, and valid only until the first login changes them.
enum OneTimePassword {
    private static let alphabet = Array("abcdefghjkmnpqrstuvwxyz23456789")

    /// Three groups of four, e.g. "k7mq-x3vp-9tzr".
    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let groups = (0..<3).map { _ in
            String((0..<4).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
        }
        return groups.joined(separator: "-")
    }
}
