import ArgumentParser

/// `vetdesk`: with no subcommand, the terminal UI; otherwise one of the practice's command-line tools.
public struct VetDeskCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "vetdesk",
        abstract: "A keyboard-driven practice-management client for small veterinary practices.",
        subcommands: [
            OpenCommand.self, DemoCommand.self, SearchCommand.self, UserCommand.self, CheckCommand.self,
            DeadlineCommand.self, RequestsCommand.self, BackupCommand.self, RestoreCommand.self, CopyCommand.self,
            AccessPackCommand.self, PortabilityCommand.self, RetentionCommand.self, MarketingListCommand.self,
            RightsCommand.self, RequestCommand.self, StatementCommand.self, PrintCommand.self, ExportsCommand.self,
            DiscloseCommand.self, SoftOptInCommand.self, ConsentWordingCommand.self, PriceListCommand.self, DocsCommand.self,
            PetCommand.self, TakingsCommand.self, SiteCommand.self, BreachCommand.self, DiaryCommand.self, BookCommand.self,
            LetterCommand.self, RopaCommand.self, PrivacyNoticeCommand.self, RemindersCommand.self,
        ],
        defaultSubcommand: OpenCommand.self
    )

    public init() {}
}
