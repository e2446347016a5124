import ArgumentParser
import Foundation
import VetCore

// Every line the command line prints passes through this file. Data may hold control
// characters written before VetDesk refused them (or by another program), and printed raw
// they would retitle, clear or reprogram the terminal of whoever runs the command. So each
// control or text-direction character is shown as its JSON escape (ESC as `\u001B`), which
// reads clearly on a terminal and keeps JSON output valid with the same meaning.

/// Prints to standard output with control characters made visible; tabs and newlines are
/// kept, as they separate the output's own columns and lines. Declared in this module so it
/// stands in for the standard library's `print` in every command.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    let text = items.map { "\($0)" }.joined(separator: separator)
    Swift.print(SafeText.visible(text + terminator, keeping: ["\t", "\n"]), terminator: "")
}

/// Prints one table row: the fields separated by tabs, with any tab or line break inside a
/// field made visible too, so a value cannot add a column or a line.
func printRow(_ fields: [String]) {
    print(tableRow(fields))
}

/// One table row as text, each field's tabs, line breaks and control characters made visible.
func tableRow(_ fields: [String]) -> String {
    fields.map { SafeText.visible($0) }.joined(separator: "\t")
}

/// Writes to standard error, with control characters made visible as on standard output.
func printError(_ text: String) {
    FileHandle.standardError.write(Data(SafeText.visible(text + "\n", keeping: ["\t", "\n"]).utf8))
}

extension VetDeskCommand {
    /// Parses and runs the command line as ArgumentParser does, but prints its messages
    /// (which echo what was typed: "The value '…' is invalid") through the same escaping, and
    /// a refusal as the one sentence that says what to fix, without the usage summary.
    public static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                let help = fullMessage(for: error)
                if !help.isEmpty { print(help) }
            } else {
                let message = self.message(for: error)
                if !message.isEmpty { printError("Error: " + message) }
            }
            Foundation.exit(code.rawValue)
        }
    }
}

/// Prints `value` as pretty JSON with sorted keys, the form every `--json` output takes.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    print(String(decoding: try encoder.encode(value), as: UTF8.self))
}
