import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `--override GROUND --note TEXT`: go on although the client's data is restricted, on one of the
/// grounds the law allows; only a practice manager may, and it is logged.
struct RestrictionOverrideOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Go on although processing is restricted, on this ground: 1 legal-claims, 2 consent, "
        + "3 protecting-others, 4 public-interest (a practice manager only; needs --note).", valueName: "ground"))
    var override: String?

    @Option(help: ArgumentHelp("Why the restricted data is used anyway (with --override).", valueName: "text"))
    var note: String?

    func validate() throws {
        if override != nil, note == nil { throw ValidationError("--override needs --note saying why the data is used anyway") }
        if note != nil, override == nil { throw ValidationError("--note goes with --override GROUND") }
        if let override, RestrictionGround.pick(override.replacingOccurrences(of: "-", with: " ")) == nil {
            throw ValidationError("--override: '\(override)' is not a ground; use " + RestrictionGround.pickList)
        }
    }

    /// The reason as the store reads it ("Legal claims: court order of 3 March"), or nil.
    var reason: String? {
        guard let override, let note,
              let ground = RestrictionGround.pick(override.replacingOccurrences(of: "-", with: " ")) else { return nil }
        return RestrictionOverride(ground: ground, note: note).text
    }
}

/// `vetdesk disclose --client ID --to NAME --kind KIND …`: logs data about a client that left the practice.
struct DiscloseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "disclose",
        abstract: "Log a disclosure of a client's data to an insurer, another practice, a referral, a debt collector, "
            + "a regulator or the police, a service partner or another recipient.")

    @Option(help: ArgumentHelp("The client's number.", valueName: "id")) var client: String
    @Option(name: .customLong("to"), help: ArgumentHelp("Who received the data.", valueName: "recipient")) var recipient: String
    @Option(help: ArgumentHelp("The kind of recipient: " + DisclosureRecipientKind.allCases.map(\.rawValue).joined(separator: ", ")
        + " (or its number 1–7).", valueName: "kind"))
    var kind: String
    @Option(help: ArgumentHelp("What was shared, e.g. 'contact details; clinical history'.", valueName: "text")) var categories: String
    @Option(help: ArgumentHelp("What it was for.", valueName: "text")) var purpose: String
    @Option(help: ArgumentHelp("The lawful basis, e.g. 'legitimate interests'.", valueName: "text")) var basis: String
    @OptionGroup var restriction: RestrictionOverrideOptions
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        if DisclosureRecipientKind.pick(kind) == nil {
            throw ValidationError("--kind: '\(kind)' is not a kind of recipient; use " + DisclosureRecipientKind.pickList)
        }
    }

    func run() throws {
        try reportingFailures {
            let clientID = try OptionNumber.parse(client, option: "--client", range: Int64(1)...Int64.max)
            guard let recipientKind = DisclosureRecipientKind.pick(kind) else { return }
            let store = try database.open(.existing)
            let details = AppDatabase.DisclosureDetails(recipient: recipient, recipientKind: recipientKind.rawValue,
                                                        categories: categories, purpose: purpose, lawfulBasis: basis)
            let row = try store.logDisclosure(clientID: clientID, details, overrideReason: restriction.reason,
                                              as: try login.session(store))
            print("Disclosure \(row.id ?? 0) logged: \(recipient) (\(recipientKind.displayName)) received \(categories).")
        }
    }
}
