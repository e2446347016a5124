import Foundation
import VetCore

/// The human-readable access pack: one self-contained HTML page to print or email.
struct AccessPackHTML {
    let reference: String
    let clientName: String
    let generatedOn: LocalDate
    let information: SupplementaryInformation
    let paperRecords: [PaperRecord]
    let reviewItems: [ReviewItem]

    func render() -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(e(reference)) access pack</title>
        <style>body{font-family:sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;margin:.5em 0 1.5em}
        td,th{border:1px solid #999;padding:2px 6px;text-align:left;vertical-align:top;font-size:90%}
        .staff{border:3px solid #b00;padding:0 1em;margin-bottom:2em}@media print{.staff{display:none}}</style>
        </head><body>
        """
        html += staffSection()
        html += "<h1>Your personal data held by \(e(information.settings.name))</h1>\n"
        html += "<p>Request \(e(reference)) for \(e(clientName)), prepared on \(e(generatedOn.long)).</p>\n"
        html += supplementary()
        html += "<h2>The records</h2>\n"
        for section in information.sections { html += table(section) }
        html += "</body></html>\n"
        return html
    }

    private func staffSection() -> String {
        var html = "<div class=\"staff\"><h2>For practice staff — remove this box before release</h2>\n"
        html += "<h3>Paper records to fetch</h3>\n"
        html += paperRecords.isEmpty ? "<p>None.</p>\n" : list(paperRecords.map {
            "Claim \($0.claimID) (\($0.pet): \($0.condition)) — filed at \($0.location)"
        })
        html += "<h3>Review before release</h3>\n"
        html += reviewItems.isEmpty ? "<p>Nothing flagged.</p>\n" : list(reviewItems.map {
            "\(PackFields.title(of: $0.table))\($0.rowID.map { " #\($0)" } ?? ""): \($0.reason)"
        })
        return html + "</div>\n"
    }

    private func supplementary() -> String {
        var html = "<h2>Why we hold your data and on what basis</h2>\n<table><tr><th>Purpose</th><th>Lawful basis</th></tr>\n"
        for item in SupplementaryInformation.purposes {
            html += "<tr><td>\(e(item.purpose))</td><td>\(e(item.basis))</td></tr>\n"
        }
        html += "</table>\n<h2>Categories of data</h2>\n" + list(information.categories)
        html += "<h2>Who we shared it with</h2>\n"
        let recipients = information.recipients
        if recipients.isEmpty {
            html += "<p>Our records show no disclosure of your data outside the practice.</p>\n"
        } else {
            html += "<table><tr><th>Recipient</th><th>Kind</th><th>Data</th><th>Purpose</th><th>Lawful basis</th></tr>\n"
            for row in recipients { html += "<tr>" + row.map { "<td>\(e($0))</td>" }.joined() + "</tr>\n" }
            html += "</table>\n"
        }
        html += "<h2>How long we keep it</h2>\n" + list(information.retention)
        html += "<h2>Your rights</h2>\n<p>You have the right:</p>\n" + list(SupplementaryInformation.rights)
        html += "<h2>How to complain</h2>\n<p>\(e(information.complaint))</p>\n"
        html += "<h2>Where the data came from</h2>\n" + list(SupplementaryInformation.sources)
        html += "<h2>Automated decision-making</h2>\n<p>\(e(SupplementaryInformation.automatedDecisions))</p>\n"
        return html
    }

    private func table(_ section: PackSection) -> String {
        var html = "<h3>\(e(section.title))</h3>\n<p>\(e(PackFields.description(of: section.table)))</p>\n"
        guard !section.rows.isEmpty else { return html + "<p>None held.</p>\n" }
        html += "<table><tr>" + section.columns.map { "<th>\(e(PackFields.humanised($0)))</th>" }.joined() + "</tr>\n"
        for row in section.rows { html += "<tr>" + row.map { "<td>\(e($0.text))</td>" }.joined() + "</tr>\n" }
        return html + "</table>\n"
    }

    private func list(_ items: [String]) -> String {
        "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
    }

    /// HTML-escapes text for element content and double-quoted attributes.
    private func e(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
