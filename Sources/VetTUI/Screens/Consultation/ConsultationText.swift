import Foundation
import TUIKit
import VetCore
import VetStore

/// A consultation note as lines of text, for the read-only note and the pet history pager.
enum ConsultationText {
    typealias Line = (text: String, role: StyleRole)

    /// The note, its treatments, weight, follow-up and addenda, wrapped to `width`. `sites`
    /// names the practice's sites when it has several, so the note says where the pet was seen.
    static func lines(_ record: ConsultationRecord, names: [Int64: String], sites: [Int64: String] = [:], zone: TimeZone,
                      width: Int) -> [Line] {
        let note = record.consultation
        var vet = names[note.vetId] ?? "user \(note.vetId)"
        if let site = sites[note.siteId] { vet += " at \(site)" }
        var kind = note.kind.displayName
        if let queue = note.queueMinutes { kind += ", queued \(queue) min" }
        let lock = record.isLocked ? "LOCKED since \(DisplayFormat.dateTime(record.locksAt, zone: zone))"
            : "open for correction until \(DisplayFormat.dateTime(record.locksAt, zone: zone))"
        var lines = wrapped("\(DisplayFormat.dateTime(note.seenAt, zone: zone)) · \(kind) · \(vet) · \(lock)", width: width,
                            role: .header)
        lines += wrapped("Reason: \(note.reason)", width: width, role: .title)
        for (label, text) in [("S", note.subjective), ("O", note.objective), ("A", note.assessment), ("P", note.plan)] {
            guard let text, !text.isEmpty else { continue }
            lines += wrapped("\(label): \(text)", width: width)
        }
        var facts: [String] = []
        if let grams = note.weightGrams { facts.append("Weight \(Weight(grams: grams).formatted)") }
        if let followUp = note.followUpOn { facts.append("Follow-up \(followUp.iso)") }
        if !facts.isEmpty { lines.append((facts.joined(separator: " · "), .normal)) }
        for line in record.lines {
            let price = MoneyText.line(quantity: line.quantity, unitPrice: Pence(line.unitPricePence),
                                       vatRate: VATRate(basisPoints: line.vatBasisPoints))
            lines.append(("  Treatment: \(line.description)  \(price)", .normal))
            if let reason = line.allergyReason {
                lines += wrapped("    Given despite an allergy alert. Reason: \(reason)", width: width, role: .warning)
            }
        }
        if let invoice = record.invoice {
            let name = invoice.number.map { "\($0) (\(MoneyText.status(invoice).lowercased()))" }
                ?? "a draft invoice, not yet finalised"
            lines.append(("  Billed on \(name): \(invoice.gross.formatted)", .dim))
        }
        for addendum in record.addenda {
            let author = names[addendum.authorId] ?? "user \(addendum.authorId)"
            lines.append(("Addendum \(DisplayFormat.dateTime(addendum.writtenAt, zone: zone)) signed \(author):", .warning))
            lines += wrapped("  " + addendum.text, width: width)
        }
        return lines
    }

    /// Text broken at spaces (and its own line breaks) to fit `width`.
    static func wrapped(_ text: String, width: Int, role: StyleRole = .normal) -> [Line] {
        wrap(text, to: max(10, width)).map { ($0, role) }
    }
}
