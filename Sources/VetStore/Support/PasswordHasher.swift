import Crypto
import CryptoExtras
import Foundation

/// scrypt password hashes stored as `scrypt$N$r$p$salt$hash` (base64), so the cost can rise later
/// without breaking existing logins.
enum PasswordHasher {
    static let rounds = 16_384
    static let blockSize = 8
    static let parallelism = 1

    static func hash(_ password: String) throws -> String {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for index in salt.indices { salt[index] = UInt8.random(in: .min ... .max, using: &generator) }
        let key = try derive(password, salt: salt, rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return ["scrypt", String(rounds), String(blockSize), String(parallelism),
                Data(salt).base64EncodedString(), key.base64EncodedString()].joined(separator: "$")
    }

    static func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$").map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let n = Int(parts[1]), let r = Int(parts[2]),
              let p = Int(parts[3]), let salt = Data(base64Encoded: parts[4]),
              let expected = Data(base64Encoded: parts[5]),
              let actual = try? derive(password, salt: [UInt8](salt), rounds: n, blockSize: r, parallelism: p)
        else { return false }
        // Constant-time comparison: no early exit on the first differing byte.
        guard actual.count == expected.count else { return false }
        return zip(actual, expected).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// Spends exactly the time of checking a real login's password, for usernames that do not exist,
    /// so that timing cannot tell an attacker which usernames are real. Always false.
    static func verifyUnknownLogin(_ password: String) -> Bool {
        _ = verify(password, against: unknownLoginHash)
        return false
    }

    /// A hash with today's cost and a salt no password was ever derived with.
    private static let unknownLoginHash = ["scrypt", String(rounds), String(blockSize), String(parallelism),
                                           "c2FsdC1mb3ItdW5rbm93bg==", Data(count: 32).base64EncodedString()]
        .joined(separator: "$")

    private static func derive(_ password: String, salt: [UInt8], rounds: Int, blockSize: Int,
                               parallelism: Int) throws -> Data {
        let key = try KDF.Scrypt.deriveKey(from: Data(password.utf8), salt: salt, outputByteCount: 32,
                                           rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Data($0) }
    }
}
