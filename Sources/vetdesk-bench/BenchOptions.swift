import Foundation

/// Command-line options: `vetdesk-bench [--clients N] [--db PATH] [--seed S] [--samples K]`.
struct BenchOptions {
    var clients = 100_000
    var path: String?
    var seed: UInt64 = 1
    var samples = 20

    var databasePath: String { path ?? "/tmp/vetdesk-bench-\(clients).sqlite" }

    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments.makeIterator()
        while let flag = rest.next() {
            guard flag != "--help", flag != "-h" else { throw BenchFailure.usage }
            guard let value = rest.next() else { throw BenchFailure.message("\(flag) needs a value") }
            switch flag {
            case "--clients": options.clients = try number(value, flag)
            case "--db": options.path = value
            case "--seed": options.seed = UInt64(try number(value, flag))
            case "--samples": options.samples = try number(value, flag)
            default: throw BenchFailure.message("unknown option \(flag)")
            }
        }
        return options
    }

    private static func number(_ text: String, _ flag: String) throws -> Int {
        guard let value = Int(text), value > 0 else { throw BenchFailure.message("\(flag) must be a positive whole number") }
        return value
    }
}

enum BenchFailure: Error, CustomStringConvertible {
    case usage
    case message(String)

    var description: String {
        switch self {
        case .usage:
            "usage: vetdesk-bench [--clients N] [--db PATH] [--seed S] [--samples K]\n"
                + "Builds (or reuses) a demo practice and times the front-desk search per keystroke."
        case .message(let text): text
        }
    }
}
