import Foundation
import TUIKit
import VetCore
import VetStore

/// The result pages of the rights: what was written, what to fetch and check, and what was kept.
enum RightsPages {
    static func accessPack(_ pack: AccessPackResult) -> [PageLine] {
        let records = pack.sections.reduce(0) { $0 + $1.rows.count }
        var lines = [PageLine("Access pack for \(pack.reference) written", .title), .blank,
                     PageLine("Files (readable by you only)", .header),
                     PageLine("  " + pack.htmlFile.path + "  (for the person to read)"),
                     PageLine("  " + pack.jsonFile.path + "  (machine-readable)"),
                     PageLine("  " + pack.staffFile.path + "  (for staff only: never send it)", .warning), .blank,
                     PageLine("\(records) records in \(pack.sections.filter { !$0.rows.isEmpty }.count) sections", .header)]
        lines += pack.sections.filter { !$0.rows.isEmpty }.map { PageLine("  \($0.title): \($0.rows.count)") }
        lines += [.blank, PageLine("Paper records to fetch (\(pack.paperRecords.count))", .header)]
        lines += pack.paperRecords.isEmpty ? [PageLine("  none")] : pack.paperRecords.map { paper in
            PageLine("  Claim #\(paper.claimID) for \(paper.pet) (\(paper.condition)): filed at \(paper.location)", .warning)
        }
        lines += [.blank, PageLine("Review before release: \(pack.reviewItems.count) items", .header)]
        lines += pack.reviewItems.isEmpty ? [PageLine("  nothing flagged")] : pack.reviewItems.map { item in
            PageLine("  \(item.place): \(item.reason)", .warning)
        }
        lines += [.blank, PageLine("Check the flagged items and remove other people's data before sending. "
            + "The first copy is free. The request's history records the pack.", .dim)]
        return lines
    }

    static func portability(reference: String, files: [URL]) -> [PageLine] {
        [PageLine("Portability export for \(reference) written", .title), .blank,
         PageLine("Files (readable by you only)", .header)]
            + files.map { PageLine("  " + $0.path) }
            + [.blank, PageLine("The fields file describes every column. The request's history records the export.", .dim)]
    }

    /// The per-category erasure outcome: erased, anonymised, or kept with the ground and end date.
    static func erasure(_ outcomes: [ErasureOutcomeRow], reference: String) -> [PageLine] {
        [PageLine("Erasure under \(reference) carried out", .title), PageLine("Outcome by category", .header)]
            + outcomes.map { row in
                let until = row.keptUntil.map { " until \($0.iso)" } ?? ""
                // Kept data stands out; erased or anonymised data reads as done.
                let role: StyleRole = row.outcome == .kept ? .warning : .ok
                return PageLine("  \(row.category): \(row.outcome.rawValue.uppercased())\(until) — \(row.reason)", role)
            }
            + [.blank]
    }

    static func erasureRefused(_ reason: String, reference: String) -> [PageLine] {
        [PageLine("Erasure under \(reference) refused", .error), .blank, PageLine(reason, .warning), .blank,
         PageLine("Nothing was erased. Once the debt is settled or the claim closed, erase again (E) from the request.",
                  .dim)]
    }
}
