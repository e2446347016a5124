import Foundation

/// The access-pack and retention-review figures as plain text.
enum RightsReport {
    static func text(_ result: RightsBenchResult) -> String {
        let client = result.client
        let pack = result.packMilliseconds
        let review = result.retentionMilliseconds
        return [
            "",
            "Access pack of the heaviest client (id \(client.id): \(client.consultations) consultations, "
                + "\(client.ledgerRows) ledger rows)",
            String(format: "  %d records, %.1f KB of JSON and HTML; %d runs: min %.1f ms, median %.1f ms, max %.1f ms",
                   result.packRecords, Double(result.packBytes) / 1_024, pack.count, pack.min() ?? 0,
                   BenchRunner.percentile(pack, 0.5), pack.max() ?? 0),
            "Retention review of the whole practice",
            String(format: "  %d items (%d held); %d runs: min %.0f ms, median %.0f ms, max %.0f ms",
                   result.retentionItems, result.retentionHeld, review.count, review.min() ?? 0,
                   BenchRunner.percentile(review, 0.5), review.max() ?? 0),
        ].joined(separator: "\n")
    }
}
