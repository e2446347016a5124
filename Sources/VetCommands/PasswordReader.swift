import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads passwords so that they never appear on a command line, in `ps` or in shell history.
/// At a terminal each one is asked for on the controlling terminal (/dev/tty) with echo off;
/// otherwise standard input gives one password per line, in the order each command documents
/// (the `--as` login's password first, then any new password and its repeat).
struct PasswordReader {
    /// Whether the person is typing: standard input is a terminal.
    var isInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    /// One password for `field`; `prompt` is shown only at a terminal.
    func read(_ prompt: String, field: String) throws -> String {
        let line = isInteractive ? try readFromTerminal(prompt) : readLine(strippingNewline: true)
        guard let line, !line.isEmpty else {
            throw CommandFailure(message: isInteractive
                ? "\(field): nothing was typed"
                : "\(field): no password on standard input (give one line per password, as `--help` lists)")
        }
        return line
    }

    /// A new password typed twice; at a terminal the two must match, on standard input too.
    func readNew(for username: String) throws -> String {
        let first = try read("New password for \(username): ", field: "new password")
        let again = try read("New password again: ", field: "new password again")
        guard first == again else { throw CommandFailure(message: "new password again: the two passwords are not the same") }
        return first
    }

    /// Echo is off only while reading, and restored even when the read fails.
    private func readFromTerminal(_ prompt: String) throws -> String? {
        let tty = open("/dev/tty", O_RDWR | O_NOCTTY)
        let fd = tty >= 0 ? tty : STDIN_FILENO
        defer { if tty >= 0 { close(tty) } }
        write(fd, prompt)
        var saved = termios()
        let canHideEcho = tcgetattr(fd, &saved) == 0
        if canHideEcho {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            quiet.c_lflag |= tcflag_t(ECHONL)
            tcsetattr(fd, TCSAFLUSH, &quiet)
        }
        defer { if canHideEcho { tcsetattr(fd, TCSAFLUSH, &saved) } }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while systemRead(fd, &byte, 1) == 1, byte != UInt8(ascii: "\n") { bytes.append(byte) }
        if !canHideEcho { write(fd, "\n") }
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    private func write(_ fd: Int32, _ text: String) {
        var data = Array(text.utf8)
        _ = data.withUnsafeMutableBytes { systemWrite(fd, $0.baseAddress, $0.count) }
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemRead = Darwin.read
private let systemWrite = Darwin.write
#endif
