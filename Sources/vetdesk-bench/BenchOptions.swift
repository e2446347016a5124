import Foundation

/// One part of the benchmark, chosen with `--only`.
enum BenchPart: String, CaseIterable {
    case search, ui, memory, rights, diary, reminders
}

/// Command-line options:
/// `vetdesk-bench [--clients N] [--db PATH] [--seed S] [--samples K] [--only PARTS] [--terminal COLSxROWS] [--runs R]
/// [--bookings B]`.
struct BenchOptions {
    var clients = 100_000
    var path: String?
    var seed: UInt64 = 1
    var samples = 20
    /// The parts to run, in the order of `BenchPart.allCases`.
    var parts = Set(BenchPart.allCases)
    /// The size of the headless curses terminal the UI is drawn on.
    var terminalColumns = 80
    var terminalRows = 24
    /// How many times the access pack and the retention review are timed.
    var runs = 5
    /// How many appointments are booked and cancelled for the booking latency.
    var bookings = 200
    /// Set in the child process that measures the UI's own memory (see `MemoryBench`).
    var isMemoryChild = false

    var databasePath: String { path ?? "/tmp/vetdesk-bench-\(clients).sqlite" }

    /// The engine's own shell for the practice: `psql` for a server address, else `sqlite3`.
    var shell: any EngineShell {
        databasePath.hasPrefix("postgresql://") || databasePath.hasPrefix("postgres://")
            ? PsqlShell(address: databasePath) : SQLiteShell(database: databasePath)
    }

    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments.makeIterator()
        while let flag = rest.next() {
            guard flag != "--help", flag != "-h" else { throw BenchFailure.usage }
            if flag == MemoryBench.childFlag {
                options.isMemoryChild = true
                continue
            }
            guard let value = rest.next() else { throw BenchFailure.message("\(flag) needs a value") }
            switch flag {
            case "--clients": options.clients = try number(value, flag)
            case "--db": options.path = value
            case "--seed": options.seed = UInt64(try number(value, flag))
            case "--samples": options.samples = try number(value, flag)
            case "--only": options.parts = try parts(value)
            case "--terminal": (options.terminalColumns, options.terminalRows) = try size(value)
            case "--runs": options.runs = try number(value, flag)
            case "--bookings": options.bookings = try number(value, flag)
            default: throw BenchFailure.message("unknown option \(flag)")
            }
        }
        return options
    }

    /// The options a child process needs to open the same practice and type the same queries.
    var childArguments: [String] {
        [MemoryBench.childFlag, "--db", databasePath, "--clients", "\(clients)", "--samples", "\(samples)",
         "--terminal", "\(terminalColumns)x\(terminalRows)"]
    }

    private static func number(_ text: String, _ flag: String) throws -> Int {
        guard let value = Int(text), value > 0 else { throw BenchFailure.message("\(flag) must be a positive whole number") }
        return value
    }

    /// `search,ui` → the named parts.
    private static func parts(_ text: String) throws -> Set<BenchPart> {
        var chosen = Set<BenchPart>()
        for name in text.split(separator: ",") {
            guard let part = BenchPart(rawValue: String(name)) else {
                throw BenchFailure.message("--only takes " + BenchPart.allCases.map(\.rawValue).joined(separator: "|")
                    + " (several separated by commas), not \(name)")
            }
            chosen.insert(part)
        }
        return chosen
    }

    /// `120x40` → (120, 40); at least 80×24, the smallest size VetDesk lays out for.
    private static func size(_ text: String) throws -> (Int, Int) {
        let parts = text.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] >= 80, parts[1] >= 24 else {
            throw BenchFailure.message("--terminal takes COLUMNSxROWS, at least 80x24 (got \(text))")
        }
        return (parts[0], parts[1])
    }
}

enum BenchFailure: Error, CustomStringConvertible {
    case usage
    case message(String)

    var description: String {
        switch self {
        case .usage:
            """
            usage: vetdesk-bench [--clients N] [--db PATH] [--seed S] [--samples K]
                                 [--only search|ui|memory|rights|diary|reminders] [--terminal COLSxROWS] [--runs R]
                                 [--bookings B]
            Builds (or reuses) a demo practice, then times the front-desk search per keystroke (search),
            the app's keystroke-to-redraw through real ncurses (ui), the UI's resident memory in a fresh
            process (memory), the access pack and retention review (rights), and booking then cancelling
            an appointment on the busiest day to come (diary), and the recall list four weeks ahead
            (reminders). --only takes several parts separated by commas; --runs is how often each rights
            action and the recall list are timed (default 5); --bookings how many
            appointments are booked and cancelled (default 200).
            """
        case .message(let text): text
        }
    }
}
