import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk breach log|update|decide|report|list`: the practice's breach register and its
/// 72-hour clock. Times are typed and shown in the practice's local time; a manager's login.
struct BreachCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breach",
        abstract: "Keep the register of personal-data breaches and their 72-hour clock (a manager's).",
        discussion: """
            Every breach is recorded, reportable or not. The regulator must be told within 72 hours of the practice \
            becoming aware, unless the breach is unlikely to result in a risk to people. Times are YYYY-MM-DD HH:MM in \
            the practice's local time. Data categories: \(BreachDataCategory.allCases.map(\.rawValue).joined(separator: ", ")). \
            People categories: \(BreachPeopleCategory.allCases.map(\.rawValue).joined(separator: ", ")).
            """,
        subcommands: [Log.self, Update.self, Decide.self, Report.self, List.self], defaultSubcommand: List.self)

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a breach the practice has become aware of.",
            discussion: "Standard input line 1: the manager's password.")
        @Option(help: ArgumentHelp("When the practice became aware: the 72 hours run from here.", valueName: "YYYY-MM-DD HH:MM"))
        var aware: String
        @Option(help: "What happened.") var what: String
        @OptionGroup var facts: BreachFactOptions
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let details = facts.applied(to: BreachDetails(awareAt: aware, whatHappened: what))
                try BreachText.check(details, store)
                let breach = try store.logBreach(details, as: try login.session(store))
                print("Logged \(breach.reference): " + (try BreachText.deadline(breach, store)))
            }
        }
    }

    struct Update: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change the facts of a breach; options left out keep their value.",
            discussion: "Standard input line 1: the manager's password. --client replaces the clients linked; --no-clients removes them.")
        @Argument(help: "The breach: BR-7 or 7.") var breach: String
        @Option(help: ArgumentHelp("When the practice became aware.", valueName: "YYYY-MM-DD HH:MM")) var aware: String?
        @Option(help: "What happened.") var what: String?
        @Flag(name: .customLong("no-clients"), help: "Unlink every client from the breach.") var noClients = false
        @OptionGroup var facts: BreachFactOptions
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let id = try BreachText.id(breach)
                let user = try login.session(store)
                let entry = try store.breach(id: id, as: user)
                var details = facts.applied(to: entry.details(in: store.clock.timeZone))
                if let aware { details.awareAt = aware }
                if let what { details.whatHappened = what }
                if noClients { details.clients = "" }
                try BreachText.check(details, store)
                let saved = try store.updateBreach(id: id, expectedVersion: entry.breach.version, details: details, as: user)
                print("Saved \(saved.reference): " + (try BreachText.deadline(saved, store)))
            }
        }
    }

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record whether the breach is reported (with reasons when not) and whether the people affected must be told.",
            discussion: "Standard input line 1: the manager's password. Options left out keep their value.")
        @Argument(help: "The breach: BR-7 or 7.") var breach: String
        @Flag(help: "The regulator must be told.") var report = false
        @Flag(name: .customLong("not-reportable"), help: "The breach is unlikely to result in a risk to people (give --reason).")
        var notReportable = false
        @Option(help: "The reasons for the decision (required when not reportable).") var reason: String?
        @Option(name: .customLong("high-risk"), help: ArgumentHelp("Whether the risk to the people affected is high.", valueName: "yes|no"))
        var highRisk: String?
        @Option(name: .customLong("risk-reason"), help: "Why the people affected must or need not be told.") var riskReason: String?
        @Option(help: ArgumentHelp("When the people affected were told.", valueName: "YYYY-MM-DD HH:MM")) var told: String?
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func validate() throws {
            if report, notReportable { throw ValidationError("give --report or --not-reportable, not both") }
            if !report, !notReportable, reason == nil, highRisk == nil, riskReason == nil, told == nil {
                throw ValidationError("give --report or --not-reportable, --high-risk, --risk-reason or --told")
            }
        }

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let id = try BreachText.id(breach)
                let user = try login.session(store)
                let entry = try store.breach(id: id, as: user)
                var decisions = entry.decisions(in: store.clock.timeZone)
                if report { decisions.reporting = BreachReporting.report.rawValue }
                if notReportable { decisions.reporting = BreachReporting.notReportable.rawValue }
                if let reason { decisions.reportingReason = reason }
                if let highRisk { decisions.highRisk = highRisk }
                if let riskReason { decisions.riskReason = riskReason }
                if let told { decisions.peopleToldAt = told }
                let saved = try store.decideBreach(id: id, expectedVersion: entry.breach.version, decisions: decisions, as: user)
                print("Saved \(saved.reference): " + (try BreachText.deadline(saved, store)))
            }
        }
    }

    struct Report: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record the report to the regulator; after the 72 hours, --delay-reason is required.",
            discussion: "Standard input line 1: the manager's password.")
        @Argument(help: "The breach: BR-7 or 7.") var breach: String
        @Option(help: ArgumentHelp("When the report was made.", valueName: "YYYY-MM-DD HH:MM")) var at: String
        @Option(help: "The regulator's reference for the report.") var reference: String
        @Option(name: .customLong("delay-reason"), help: "Why the report came after the 72 hours.") var delayReason = ""
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.existing)
                let id = try BreachText.id(breach)
                let user = try login.session(store)
                let entry = try store.breach(id: id, as: user)
                let saved = try store.reportBreach(id: id, expectedVersion: entry.breach.version, report: BreachReportDetails(
                    reportedAt: at, reference: reference, delayReason: delayReason), as: user)
                print("Saved \(saved.reference): " + (try BreachText.deadline(saved, store)))
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Every breach: reference, aware at, report-by (local time), time left, decision, what happened.",
            discussion: "Standard input line 1: the manager's password.")
        @Flag(help: "Print JSON instead of a table.") var json = false
        @OptionGroup var login: ManagerLogin
        @OptionGroup var database: DatabaseOptions

        func run() throws {
            try reportingFailures {
                let store = try database.open(.reading)
                let entries = try store.breaches(as: try login.session(store))
                let zone = store.clock.timeZone
                let now = store.clock.now()
                if json {
                    let region = try store.breachRegion()
                    let rows = entries.map { BreachJSON($0, zone: zone, now: now, region: region) }
                    try printJSON(rows)
                    return
                }
                for entry in entries {
                    let breach = entry.breach
                    printRow([breach.reference, LocalInstant.text(breach.awareAt, in: zone),
                              LocalInstant.text(breach.clock.reportBy, in: zone), breach.clock.text(at: now),
                              breach.decision.displayName.lowercased(), breach.summary])
                }
            }
        }
    }
}

/// The facts every breach command may set; each left out keeps its value.
struct BreachFactOptions: ParsableArguments {
    @Option(help: ArgumentHelp("When it happened, if known.", valueName: "YYYY-MM-DD HH:MM")) var occurred: String?
    @Flag(help: "--occurred is an estimate.") var approximate = false
    @Option(name: .customLong("found-by"), help: ArgumentHelp("The login of who found it (default: you).", valueName: "username"))
    var foundBy: String?
    @Option(help: ArgumentHelp("Categories of data, separated by commas.", valueName: "categories")) var data: String?
    @Option(help: ArgumentHelp("Categories of people, separated by commas.", valueName: "categories")) var people: String?
    @Option(help: ArgumentHelp("Approximate number of people affected.", valueName: "n")) var number: String?
    @Option(help: ArgumentHelp("Approximate number of records affected.", valueName: "n")) var records: String?
    @Option(help: "Likely consequences for the people affected.") var consequences: String?
    @Option(help: "Measures taken or proposed.") var measures: String?
    @Option(name: .customLong("client"), parsing: .singleValue,
            help: ArgumentHelp("A client affected, by number (repeatable); their access pack lists the breach.", valueName: "id"))
    var clients: [String] = []

    func applied(to base: BreachDetails) -> BreachDetails {
        var details = base
        if let occurred { details.occurredAt = occurred }
        if approximate { details.occurredApproximate = true }
        if let foundBy { details.foundBy = foundBy }
        if let data { details.dataCategories = data }
        if let people { details.peopleCategories = people }
        if let number { details.peopleCount = number }
        if let records { details.recordCount = records }
        if let consequences { details.consequences = consequences }
        if let measures { details.measures = measures }
        if !clients.isEmpty { details.clients = clients.joined(separator: ",") }
        return details
    }
}
