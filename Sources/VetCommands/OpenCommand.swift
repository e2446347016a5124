import ArgumentParser

/// The terminal UI (the default when no subcommand is given).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the terminal UI (the default).",
        shouldDisplay: false)

    @Flag(help: "Open a demo practice (created on first use in its own file), with its logins shown.")
    var demo = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw CommandFailure(message: "the terminal UI is not available in this build")
    }
}
