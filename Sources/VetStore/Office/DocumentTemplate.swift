import Foundation
import VetResources

/// A document template: text with `{{field}}` placeholders, read from the practice's own
/// template folder when it holds a file of that name, else from the templates VetDesk ships.
public struct DocumentTemplate: Sendable, Hashable {
    public let name: String
    public let text: String
    /// Where the text came from: "shipped" or the path of the practice's own file.
    public let source: String

    public init(name: String, text: String, source: String) {
        self.name = name
        self.text = text
        self.source = source
    }

    /// The practice's template `name` from `overrides` when present, else the shipped one.
    public static func load(_ name: String, overrides: URL?) throws -> DocumentTemplate {
        if let folder = overrides {
            let url = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: url.path) {
                guard let data = FileManager.default.contents(atPath: url.path),
                      let text = String(data: data, encoding: .utf8) else {
                    throw StoreError.refused("template \(url.path) cannot be read as UTF-8 text")
                }
                return DocumentTemplate(name: name, text: text, source: url.path)
            }
        }
        guard let url = VetResources.templateURL(named: name), let data = FileManager.default.contents(atPath: url.path) else {
            throw StoreError.refused("the shipped template \(name) is missing from this installation")
        }
        return DocumentTemplate(name: name, text: String(decoding: data, as: UTF8.self), source: "shipped")
    }

    /// The template with every `{{field}}` replaced by its value. A placeholder with no value is
    /// refused by name, so a practice's misspelt field never reaches a person as `{{…}}`.
    public func filled(_ values: [String: String]) throws -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw StoreError.refused("template \(source == "shipped" ? name : source) has a '{{' that is never closed")
            }
            let field = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard let value = values[field] else {
                let known = values.keys.sorted().joined(separator: ", ")
                throw StoreError.refused("template \(source == "shipped" ? name : source) uses {{\(field)}}, "
                    + "which is not a field of this document; the fields are: \(known)")
            }
            result += value
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}

/// Where a practice keeps its own templates: `$VETDESK_TEMPLATES` when set, else the folder
/// `templates` beside the practice's SQLite file. A practice on a server sets the variable.
public enum TemplateFolder {
    public static func resolve(databasePath: String, isOnServer: Bool,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let chosen = environment["VETDESK_TEMPLATES"], !chosen.isEmpty { return URL(fileURLWithPath: chosen) }
        guard !isOnServer else { return nil }
        return URL(fileURLWithPath: databasePath).deletingLastPathComponent().appendingPathComponent("templates")
    }
}
