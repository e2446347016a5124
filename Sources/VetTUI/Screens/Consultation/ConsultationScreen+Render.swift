import TUIKit
import VetCore
import VetStore

extension ConsultationScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        let width = rect.width - 4
        var row = rect.row
        // Alerts come before anything else, so nobody handles a biting dog unwarned.
        let alerts = (pet.alerts.map { [$0] } ?? []) + allergies
        if !alerts.isEmpty {
            buffer.write("! ALERT \(pet.name): \(alerts.joined(separator: "; "))", row: row, column: left, role: .warning,
                         maxWidth: width)
            row += 1
        }
        buffer.write("\(title) for \(pet.name) (\(pet.species)) · owner \(ownerName)", row: row, column: left,
                     role: .title, maxWidth: width)
        row += 1
        buffer.write("Kind is in person, video or phone; queue minutes only for video and phone.", row: row,
                     column: left, role: .dim, maxWidth: width)
        row += 1
        let treatmentRows = 2 + max(1, min(lines.count, 4))
        let formHeight = max(3, rect.bottom - row - treatmentRows)
        let labelWidth = (form.fields.map { displayWidth($0.label) }.max() ?? 0) + 1
        let formRect = Rect(row: row, column: left, height: formHeight,
                            width: min(width, labelWidth + 1 + ConsultationFields.editorWidth))
        var shown = form
        shown.setFieldWidth(Form.editorWidth(form, in: formRect))
        let cursor = Form.render(shown, into: &buffer, in: formRect)
        renderTreatments(into: &buffer, row: row + formHeight, left: left, width: width)
        if let picker {
            return picker.render(into: &buffer, in: rect)
        }
        if let warning {
            return warning.render(into: &buffer, in: rect)
        }
        discard.render(into: &buffer, in: rect)
        return discard.isOpen ? nil : cursor
    }

    private func renderTreatments(into buffer: inout ScreenBuffer, row start: Int, left: Int, width: Int) {
        var row = start
        let values = lines.map(\.invoiceLine)
        let totals = InvoiceTotals(lines: values)
        let heading = lines.isEmpty ? "Treatments: none yet (F5 adds from the price list)"
            : "Treatments: \(totals.gross.formatted) incl. \(totals.vat.formatted) VAT"
            + (existing == nil ? " · saving drafts the owner's invoice" : "")
        buffer.write(heading, row: row, column: left, role: .header, maxWidth: width)
        row += 1
        for line in lines.suffix(4) {
            let price = MoneyText.line(quantity: line.quantity, unitPrice: line.unitPrice, vatRate: line.vatRate)
            let name = line.description + (line.allergyReason.map { " (despite allergy alert: \($0))" } ?? "")
            buffer.write(pad(name, to: max(10, width - displayWidth(price) - 3)) + "  " + price,
                         row: row, column: left + 1, maxWidth: width - 1)
            row += 1
        }
    }
}
