import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk demo`: fills a new database with a realistic, deterministic demo practice.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Fill a new database with a realistic, deterministic demo practice.")

    @Option(parsing: .unconditional, help: "How many clients (1–800,000).",
            transform: { try OptionNumber.parse($0, option: "--clients", range: 1...DemoPractice.maximumClients) })
    var clients = DemoPractice.standardClientCount
    @Option(parsing: .unconditional, help: "Seed for the generator: the same seed gives the same practice.",
            transform: { try OptionNumber.parse($0, option: "--seed", range: UInt64.min...UInt64.max) })
    var seed: UInt64 = 1
    @Option(parsing: .unconditional, help: "How many sites (1–50): the practice's own, then branches nearby.",
            transform: { try OptionNumber.parse($0, option: "--sites", range: 1...DemoPractice.maximumSites) })
    var sites = 1
    @Option(help: "Practice region: england-wales (default) or jersey; sets the law, holidays and addresses.")
    var region = PracticeRegion.englandWales.rawValue
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard (1...DemoPractice.maximumClients).contains(clients) else {
            throw ValidationError("--clients must be from 1 to 800,000, not \(clients)")
        }
        guard (1...DemoPractice.maximumSites).contains(sites) else {
            throw ValidationError("--sites must be from 1 to \(DemoPractice.maximumSites), not \(sites)")
        }
        guard PracticeRegion(rawValue: region.lowercased()) != nil else {
            throw ValidationError("--region '\(region)' is not known; use one of "
                + PracticeRegion.allCases.map(\.rawValue).joined(separator: ", "))
        }
    }

    func run() throws {
        let practiceRegion = PracticeRegion(rawValue: region.lowercased()) ?? .englandWales
        let progress = ProgressLine()
        let summary = try reportingFailures {
            defer { progress.finish() }
            return try DemoPractice.create(at: database.path, clients: clients, seed: seed, region: practiceRegion,
                                           sites: sites) { step in
                progress.update("\(step.stage): \(step.clientsWritten) of \(step.clientsTotal) clients")
            }
        }
        print(Self.report(summary, path: database.path))
    }

    static func report(_ summary: DemoPractice.Summary, path: String) -> String {
        let sites = summary.sites.count == 1 ? "" : "\(summary.sites.count) sites, "
        var lines = ["Demo practice written to \(path): \(summary.clients) clients, \(sites)seed \(summary.seed), "
            + "region \(summary.region.rawValue)."]
        lines.append("")
        lines.append("Rows written:")
        for (table, count) in summary.rows where count > 0 { lines.append("  \(table.padding(22))\(count)") }
        lines.append("")
        lines.append("Timings:")
        for (stage, seconds) in summary.stages { lines.append("  \(stage.padding(30))\(Self.seconds(seconds))") }
        lines.append("  \("total".padding(30))\(Self.seconds(summary.totalSeconds))")
        lines.append("")
        lines.append("Demo logins (sample data only):")
        for login in DemoPractice.logins {
            lines.append("  \(login.username.padding(12))\(login.password.padding(14))\(login.role.displayName)")
        }
        if summary.sites.count > 1 {
            lines.append("")
            lines.append("Sites and who logs in there (managers work at every site; further vets and receptionists")
            lines.append("have their role's password above):")
            for site in summary.sites {
                lines.append("  \(site.name)")
                lines.append("    \(site.usernames.joined(separator: ", "))")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func seconds(_ value: Double) -> String {
        String(format: "%.1f s", value)
    }
}

private extension String {
    /// Pads to a column width so the summary lines up.
    func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
