import TUIKit
import VetCore
import VetStore

/// The parts every document shares: the practice at the top, the client's name and address,
/// and the short heading repeated at the top of every A4 page.
enum Letterhead {
    static func blocks(_ sender: DocumentSender, width: Int) -> [TextBlock] {
        var lines = DocumentText.wrapped(sender.name, width: width)
        for part in sender.address.split(whereSeparator: \.isNewline) {
            lines += DocumentText.wrapped(String(part), width: width)
        }
        if !sender.vatNumber.isEmpty { lines += DocumentText.wrapped("VAT registration number \(sender.vatNumber)", width: width) }
        return [TextBlock(lines), .blank]
    }

    static func addressee(_ client: Client, width: Int) -> [TextBlock] {
        let parts = [client.fullName, client.addressLine1, client.addressLine2, client.town, client.postcode]
            .compactMap { $0 }.filter { !$0.isEmpty }
        return [TextBlock(parts.flatMap { DocumentText.wrapped($0, width: width) }
                          + DocumentText.wrapped("Client number \(client.id ?? 0)", width: width))]
    }

    /// "Harbour Vets · Invoice INV-2025-00001 · Mrs Zoë Le Brun" over a rule.
    static func running(sender: DocumentSender, what: String, client: Client, width: Int) -> [String] {
        DocumentText.wrapped("\(sender.name) · \(what) · \(client.fullName)", width: width) + [DocumentText.rule(width, "="), ""]
    }
}
