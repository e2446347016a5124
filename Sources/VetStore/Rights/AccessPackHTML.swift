import Foundation
import VetCore

/// The access pack to send: one self-contained HTML page, in words, to print on A4 or email.
struct AccessPackHTML {
    let reference: String
    let clientName: String
    let generatedOn: LocalDate
    let information: SupplementaryInformation
    let readable: PackReadable

    /// Prints on A4 portrait: every record is a short list of labelled values, never a wide table.
    static let style = """
        @page{size:A4 portrait;margin:18mm 16mm}
        body{font-family:sans-serif;font-size:11pt;line-height:1.35;margin:0 auto;max-width:178mm}
        h1{font-size:17pt}h2{font-size:14pt;margin-top:1.6em}h3{font-size:12pt;margin:1.2em 0 .2em}
        table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.4em 0 1em}
        td,th{border:1px solid #999;padding:2px 5px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
        dl.record{display:grid;grid-template-columns:32% 68%;margin:.4em 0 .8em;padding:.3em 0;border-top:1px solid #ccc;
        break-inside:avoid}
        dl.record dt{font-weight:bold;padding-right:.5em}dl.record dd{margin:0;overflow-wrap:anywhere;white-space:pre-wrap}
        """

    func render() -> String {
        var html = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>Your data held by \(e(information.settings.name))</title>
        <style>\(Self.style)</style>
        </head><body>
        """
        html += "<h1>Your personal data held by \(e(information.settings.name))</h1>\n"
        html += "<p>Prepared for \(e(clientName)) on \(e(PackReadable.longDate(generatedOn))), in answer to your request "
            + "\(e(reference)).</p>\n"
        html += supplementary()
        html += "<h2>The records we hold about you</h2>\n"
        for section in information.sections { html += records(section) }
        html += "</body></html>\n"
        return html
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
            let labels = ["Recipient", "Kind", "What was shared", "Purpose", "Lawful basis"]
            for row in recipients {
                html += "<dl class=\"record\">" + zip(labels, row).map { label, value in
                    "<dt>\(e(label))</dt><dd>\(e(PackReadable.words(value)))</dd>"
                }.joined() + "</dl>\n"
            }
        }
        html += "<h2>How long we keep it</h2>\n" + list(information.retention)
        html += "<h2>Your rights</h2>\n<p>You have the right:</p>\n" + list(SupplementaryInformation.rights)
        html += "<h2>How to complain</h2>\n<p>\(e(information.complaint))</p>\n"
        html += "<h2>Where the data came from</h2>\n" + list(SupplementaryInformation.sources)
        html += "<h2>Automated decision-making</h2>\n<p>\(e(SupplementaryInformation.automatedDecisions))</p>\n"
        return html
    }

    private func records(_ section: PackSection) -> String {
        var html = "<h3>\(e(section.title))</h3>\n<p>\(e(PackFields.description(of: section.table)))</p>\n"
        guard !section.rows.isEmpty else { return html + "<p>None held.</p>\n" }
        for row in section.rows {
            let fields = readable.fields(section, row)
            guard !fields.isEmpty else { continue }
            html += "<dl class=\"record\">" + fields.map { "<dt>\(e($0.label))</dt><dd>\(e($0.value))</dd>" }.joined() + "</dl>\n"
        }
        return html
    }

    func list(_ items: [String]) -> String {
        "<ul>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ul>\n"
    }

    /// HTML-escapes text for element content and double-quoted attributes.
    func e(_ text: String) -> String {
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
