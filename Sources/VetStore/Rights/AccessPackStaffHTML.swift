import Foundation
import VetCore

/// The staff-only companion of the access pack, a separate file never sent: the paper records
/// to fetch, and each item to review before release — where it is, what was found, and why it
/// needs a look.
struct AccessPackStaffHTML {
    let reference: String
    let clientName: String
    let paperRecords: [PaperRecord]
    let reviewItems: [ReviewItem]
    let page: AccessPackHTML

    func render() -> String {
        let e = page.e
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(e(reference)) staff review — do not send</title>
        <style>\(AccessPackHTML.style) .warn{border:3px solid #b00;padding:.3em 1em}</style>
        </head><body>
        <div class="warn"><h1>For practice staff only — do not send</h1>
        <p>Checks to make before the access pack for \(e(clientName)) (\(e(reference))) is released. The pack itself is
        the other HTML file; redact it there if a check below finds another person's data.</p></div>
        """
        html += "<h2>Paper records to fetch (\(paperRecords.count))</h2>\n"
        html += paperRecords.isEmpty ? "<p>None.</p>\n" : page.list(paperRecords.map {
            "Claim \($0.claimID) (\($0.pet): \($0.condition)) — filed at \($0.location)"
        })
        html += "<h2>Review before release (\(reviewItems.count))</h2>\n"
        guard !reviewItems.isEmpty else { return html + "<p>Nothing flagged.</p>\n</body></html>\n" }
        for item in reviewItems {
            html += "<dl class=\"record\"><dt>Where</dt><dd>\(e(item.place))</dd>"
            if let found = item.found { html += "<dt>What was found</dt><dd>\(e(found))</dd>" }
            html += "<dt>Why it needs a look</dt><dd>\(e(item.reason))</dd></dl>\n"
        }
        return html + "</body></html>\n"
    }
}
