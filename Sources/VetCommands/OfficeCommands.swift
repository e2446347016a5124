import ArgumentParser
import Foundation
import VetStore

/// `vetdesk ropa --out DIR`: the record of processing activities as a readable document and JSON.
struct RopaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ropa",
        abstract: "Write the record of processing activities (text, HTML and JSON) into a folder.")

    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir")) var out: String
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let store = try database.open(.existing)
            let user = try login.session(store)
            let files = try store.writeProcessingRecord(to: URL(fileURLWithPath: out), as: user)
            for file in files { print("Wrote \(file.path)") }
            let record = try store.processingRecord()
            print("Activities: \(record.activities.count)")
            if !record.undeclaredKinds.isEmpty {
                printError("vetdesk: warning: the disclosure log shows data sent to "
                    + record.undeclaredKinds.map { RecipientKindName.plural($0).lowercased() }.joined(separator: ", ")
                    + ", which no activity lists; add them to the record")
            }
        }
    }
}

/// `vetdesk privacy-notice --out DIR`: the practice's privacy notice generated from the record of
/// processing and the settings, saved as a new version when it changed.
struct PrivacyNoticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privacy-notice",
        abstract: "Generate the privacy notice (text and HTML) from the record of processing, keep it as a version, "
            + "and write it into a folder.")

    @Option(help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir")) var out: String
    @OptionGroup var login: ManagerLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let store = try database.open(.existing)
            let user = try login.session(store)
            let before = try store.privacyNotices().first?.version
            let (version, files) = try store.writePrivacyNotice(to: URL(fileURLWithPath: out), as: user)
            for file in files { print("Wrote \(file.path)") }
            print(version.version == before ? "Version \(version.version) of \(version.generatedOn.iso) (unchanged)"
                                             : "Version \(version.version) of \(version.generatedOn.iso) (new)")
        }
    }
}
