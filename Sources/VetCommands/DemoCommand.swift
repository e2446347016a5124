import ArgumentParser

/// `vetdesk demo`: fills a database with realistic, deterministic sample data.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill a new database with a realistic, deterministic demo practice.")

    @Option(help: "How many clients (1–1,000,000).") var clients = 500
    @Option(help: "Seed for the generator: the same seed gives the same practice.") var seed: UInt64 = 1
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        throw CommandFailure(message: "demo generation is not available in this build")
    }
}
