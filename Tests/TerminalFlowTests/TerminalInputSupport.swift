import Foundation
import VetCore
import VetDeskTestSupport
import VetStore

extension FlowPractice {
    /// `vetdesk --db PATH` in tmux with `TERM=xterm-256color`.
    func openXterm(columns: Int = 80, rows: Int = 24) throws -> TmuxSession {
        try TmuxSession(command: [CommandRunner.executable.path, "--db", path], columns: columns, rows: rows,
                        environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
    }

    /// The same under a shell that prints how `vetdesk` ended (a status, or the signal's
    /// status 128 + n) on the normal screen it leaves behind.
    func openXtermReportingExit() throws -> TmuxSession {
        // The shell shares the terminal's signals; a trap (not an ignore, which `vetdesk`
        // would inherit) keeps it alive to report.
        let script = "trap true INT QUIT; \"$0\" --db \"$1\"; echo \"vetdesk exited with status $?\"; sleep 60"
        return try TmuxSession(command: ["sh", "-c", script, CommandRunner.executable.path, path],
                               environment: ["LANG": "C.UTF-8", "TERM": "xterm-256color"])
    }

    func registerClient(firstName: String, lastName: String) throws {
        var form = ClientForm()
        form.firstName = firstName
        form.lastName = lastName
        form.addressLine1 = "3 Bath Street"
        form.town = "St Helier"
        form.postcode = "JE2 4ST"
        form.phones = [.init(label: .mobile, number: "07700 900777")]
        try store.registerClient(form.validated(), as: manager)
    }
}

extension TmuxSession {
    /// Fills the required fields of a new client form, leaving the focus on the mobile number.
    func fillNewClientForm(firstName: String, lastName: String) throws {
        try send("Tab")
        for (text, tabs) in [(firstName, 1), (lastName, 1), ("2 Quay Street", 2), ("St Helier", 1), ("JE2 3AB", 2),
                             ("07700 900456", 0)] {
            try type(text)
            for _ in 0..<tabs { try send("Tab") }
        }
        try waitFor(text: "07700 900456")
    }

    @discardableResult
    func waitFor(_ condition: (String) -> Bool) throws -> String {
        try waitFor("the expected screen", condition)
    }
}
