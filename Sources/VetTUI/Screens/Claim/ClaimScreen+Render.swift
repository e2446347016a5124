import Foundation
import TUIKit
import VetCore
import VetStore

extension ClaimScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let width = rect.width - 4
        guard let detail else {
            buffer.write("Loading…", row: rect.row + 1, column: left, role: .dim)
            return nil
        }
        let lines = self.lines(detail, zone: context.store.clock.timeZone, width: width)
        let top = min(scroll, max(0, lines.count - rect.height))
        for (offset, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            buffer.write(line.text, row: rect.row + offset, column: left, role: line.role, maxWidth: width)
        }
        return nil
    }

    /// The claim page as lines; ↑↓ PgUp PgDn scroll it.
    func lines(_ detail: ClaimDetail, zone: TimeZone, width: Int) -> [ConsultationText.Line] {
        let row = detail.row
        let claim = row.claim
        let payee = ClaimPayee(rawValue: claim.payTo)?.displayName ?? claim.payTo
        var settled = "Claimed \(Pence(claim.amountClaimedPence).formatted)"
        if let paid = claim.settledPence { settled += " · settled \(Pence(paid).formatted)" }
        let next = claim.status == .partPaid && !claim.awaitsSettlement ? []
            : claim.status.allowedNext.map { $0.displayName.lowercased() }
        var lines: [ConsultationText.Line] = [
            ("", .normal),
            ("Claim \(claimID) · \(claim.status.displayName) · \(row.petName) · \(row.clientName)", .title),
            ("\(row.insurerName) policy \(row.policyNumber) · \(payee)", .normal),
            ("Condition: \(claim.condition)", .normal),
            ("Treated \(claim.treatmentFrom.iso) to \(claim.treatmentTo.iso) · \(settled)", .normal),
            ("Insurer's claim number: \(claim.insurerReference ?? "not yet given") · submitted "
                + (claim.submittedOn?.iso ?? "not yet"), .normal),
            ("Paper copy filed at: \(claim.paperCopyLocation ?? "not recorded (F6 records it)")",
             claim.paperCopyLocation == nil ? .dim : .normal),
        ]
        let closed = claim.closedOn.map { "Closed on \($0.iso): the insurer will pay no more." }
        let onward = claim.awaitsSettlement ? " · further settlements until closed (F7)" : ""
        lines += ConsultationText.wrapped(closed ?? (next.isEmpty ? "Final: no further status."
                                                                  : "Can move to: " + next.joined(separator: ", ") + onward),
                                          width: width, role: .dim)
        lines += [
            ("", .normal),
            ("Invoice lines", .header),
        ]
        lines += detail.lines.map { line in
            ("  \(line.treatedOn?.iso ?? "")  \(line.description)  \(line.quantity) × "
                + "\(Pence(line.unitPricePence).formatted)  \(line.gross.formatted)", .normal)
        }
        lines += [("", .normal), ("History", .header)]
        lines += detail.events.map { event in
            var text = "  \(DisplayFormat.dateTime(event.at, zone: zone))  \(event.toStatus.displayName)"
            if let amount = event.amountPence { text += " \(Pence(amount).formatted)" }
            if let note = event.note { text += " — \(note)" }
            return (text + " (\(detail.names[event.by] ?? "user \(event.by)"))", .normal)
        }
        return lines
    }
}
