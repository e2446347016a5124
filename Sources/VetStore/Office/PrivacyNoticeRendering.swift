import Foundation
import VetCore

/// The notice as plain text (wrapped for reading on paper or a screen) and as HTML, each framed
/// by its template so a practice can restyle it.
extension PrivacyNoticeContent {
    /// The sections as lines no wider than `width`: headings, wrapped paragraphs, and bullets
    /// whose continuation lines are indented under their text.
    public func bodyLines(width: Int) -> [String] {
        var lines: [String] = []
        for section in sections {
            if !lines.isEmpty { lines.append("") }
            lines.append(section.heading)
            lines.append(String(repeating: "-", count: min(width, section.heading.count)))
            for paragraph in section.paragraphs { lines += PlainWrap.lines(paragraph, width: width) }
            for bullet in section.bullets {
                let wrapped = PlainWrap.lines(bullet, width: max(10, width - 2))
                lines += wrapped.enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }
            }
        }
        return lines
    }

    public func text(version: Int, date: LocalDate, template: DocumentTemplate) throws -> String {
        try template.filled(["title": title, "version": String(version), "date": date.long,
                             "body": bodyLines(width: 78).joined(separator: "\n")])
    }

    public func html(version: Int, date: LocalDate, template: DocumentTemplate) throws -> String {
        var body: [String] = []
        for section in sections {
            body.append("<h2>\(HTMLText.escape(section.heading))</h2>")
            body += section.paragraphs.map { "<p>\(HTMLText.escape($0))</p>" }
            if !section.bullets.isEmpty {
                body.append("<ul>")
                body += section.bullets.map { "<li>\(HTMLText.escape($0))</li>" }
                body.append("</ul>")
            }
        }
        return try template.filled(["title": HTMLText.escape(title), "version": String(version), "date": date.long,
                                    "body": body.joined(separator: "\n")])
    }
}

/// Word wrapping for plain-text documents: breaks at spaces, and cuts a word longer than the line.
enum PlainWrap {
    /// Every line of `text` longer than `width` wrapped at spaces, its continuation lines hung under
    /// its text (two spaces further in after a "- " bullet): a filled template stays readable on paper.
    static func document(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            guard line.count > width else { return [String(line)] }
            let indent = String(line.prefix { $0 == " " })
            let body = line.dropFirst(indent.count)
            let hang = indent + (body.hasPrefix("- ") ? "  " : "")
            return lines(String(body), width: max(10, width - hang.count)).enumerated()
                .map { ($0.offset == 0 ? indent : hang) + $0.element }
        }.joined(separator: "\n")
    }

    static func lines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                lines.append(String(word.prefix(width)))
                word = String(word.dropFirst(width))
            }
            if current.isEmpty {
                current = word
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

enum HTMLText {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
