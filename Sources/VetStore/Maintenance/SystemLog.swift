import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Sends one line to the system log through its local socket, as syslog(3) does, so the audit
/// head lands somewhere an edit of the practice file cannot reach. Where the system has no
/// syslog the line is simply not sent. `VETDESK_SYSLOG_SOCKET` names another socket.
enum SystemLog {
    static var socketPath: String {
        ProcessInfo.processInfo.environment["VETDESK_SYSLOG_SOCKET"].flatMap { $0.isEmpty ? nil : $0 } ?? "/dev/log"
    }

    /// authpriv.info: security messages readable only by the administrator.
    private static let priority = 10 * 8 + 6

    @discardableResult
    static func send(_ message: String) -> Bool {
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let pathBytes = Array(socketPath.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard pathBytes.count < capacity else { return false }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: pathBytes)
            raw[pathBytes.count] = 0
        }
        let stamp = timestamp()
        let line = "<\(priority)>\(stamp) vetdesk[\(getpid())]: \(message)"
        let bytes = Array(line.utf8)
        let sent = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                sendto(descriptor, bytes, bytes.count, 0, socketAddress, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        return sent == bytes.count
    }

    /// "Dec  1 12:00:00", the local time stamp syslog(3) writes.
    private static func timestamp() -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "MMM d HH:mm:ss"
        let text = formatter.string(from: Date())
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else { return text }
        let day = parts[1].split(separator: " ", maxSplits: 1)
        guard day.count == 2 else { return text }
        return "\(parts[0]) \(day[0].count == 1 ? " " + day[0] : day[0]) \(day[1])"
    }
}

extension AppDatabase {
    /// Writes the audit trail's head to the system log, when someone logs out or VetDesk closes,
    /// so that `vetdesk check --head` can later prove the trail still extends it.
    public func announceAuditHead(reason: String) {
        guard let head = try? read({ db in try AuditTrail.head(db) }) else { return }
        SystemLog.send("audit head of \(path) is \(head) (\(reason))")
    }
}
