import Foundation
import VetCore
import VetStore

/// The recall list four weeks ahead (with the overdue window behind), read through the store as
/// the demo receptionist reads it: the work of a Monday morning's reminders.
enum RemindersBench {
    struct Result {
        var reminders = 0
        var toSend = 0
        var excluded = 0
        var milliseconds: [Double] = []
    }

    static func run(store: AppDatabase, runs: Int) throws -> Result {
        guard let login = DemoPractice.logins.first(where: { $0.role == .receptionist }) else {
            throw BenchFailure.message("the demo practice has no receptionist login")
        }
        let receptionist = try store.authenticate(username: login.username, password: login.password)
        var result = Result()
        let dueBy = store.clock.today().adding(days: 28)
        for _ in 0..<max(1, runs) {
            let started = ContinuousClock.now
            let list = try store.recallList(dueBy: dueBy, as: receptionist)
            result.milliseconds.append((ContinuousClock.now - started).milliseconds)
            result.reminders = list.reminders.count
            result.toSend = list.toSend.count
            result.excluded = list.reminders.filter { $0.exclusion != nil }.count
        }
        return result
    }

    static func text(_ result: Result) -> String {
        let times = result.milliseconds
        return [
            "",
            "Recall list, due within four weeks and overdue within the window",
            String(format: "  %d reminders (%d to send, %d left out with a reason); %d runs: min %.0f ms, median %.0f ms, max %.0f ms",
                   result.reminders, result.toSend, result.excluded, times.count, times.min() ?? 0,
                   BenchRunner.percentile(times, 0.5), times.max() ?? 0),
        ].joined(separator: "\n")
    }
}
