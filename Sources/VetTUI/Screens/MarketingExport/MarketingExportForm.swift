import Foundation
import TUIKit
import VetCore
import VetStore

/// Asks where to write the marketing CSV, then writes it owner-only (0600), never over an existing file.
@MainActor
enum MarketingExportForm {
    /// "~/marketing-email-practice-2026-03-10.csv": in the home folder, named after what it holds.
    static func defaultPath(channel: ConsentChannel, purpose: ConsentPurpose, today: LocalDate) -> String {
        "~/marketing-\(channel.rawValue)-\(purpose.rawValue)-\(today.iso).csv"
    }

    static func write(_ entries: [MarketingListEntry], channel: ConsentChannel, purpose: ConsentPurpose,
                      today: LocalDate) -> RightsForm {
        let count = entries.count
        return RightsForm(
            title: "Write marketing list",
            heading: "Write the \(channel.displayName.lowercased()) list (\(count) clients) to a CSV file",
            hint: "~ means your home folder. An existing file is never overwritten; the new one is readable "
                + "and writable by you only. Delete it once the mailing is done.",
            fields: [FormSupport.field("path", "File", value: defaultPath(channel: channel, purpose: purpose, today: today),
                                       maxLength: 1000)],
            fieldIDs: [:],
            submit: { values in
                let path = RightsInput.path(values["path"] ?? "")
                guard !path.isEmpty else { return .invalid(["path": "type where to write the file"]) }
                guard !path.hasSuffix("/") else { return .invalid(["path": "'\(path)' is a folder; add a file name"]) }
                return .run(Effect.asUser("write") { store, user in
                    let url = URL(fileURLWithPath: path)
                    try store.writeMarketingList(entries, to: url, as: user)
                    return .rights(.files([url]))
                })
            },
            done: { payload in
                guard case .rights(.files(let urls)) = payload, let url = urls.first else { return .pop(nil) }
                return .replace(RightsPageScreen(title: "Marketing list written", lines: [
                    PageLine("Marketing list written", .title), .blank,
                    PageLine("\(count) clients (\(channel.displayName), \(purpose.displayName.lowercased())) written to:"),
                    PageLine("  " + url.path, .ok), .blank,
                    PageLine("The file is readable and writable by you only (0600). The export is in the audit trail and the export log."),
                    PageLine("Delete the file once the mailing is done.", .dim),
                ]))
            })
    }
}
