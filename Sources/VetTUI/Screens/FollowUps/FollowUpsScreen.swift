import TUIKit
import VetCore
import VetStore

/// Follow-ups due at this site and not yet booked: every overdue one and the next 14 days by
/// default, or the dates chosen. Enter books the selected one into the diary in one step.
struct FollowUpsScreen: Screen {
    /// nil: every overdue follow-up, however old.
    var from: LocalDate?
    var through: LocalDate?
    var rows: [FollowUp] = []
    var list = ListState()
    let mailbox = Mailbox<[FollowUp]>()
    /// The dates typed in the range form, handed back when it saves.
    let range = Mailbox<(from: LocalDate?, through: LocalDate)>()

    /// How far ahead the list looks by default.
    static let daysAhead = 14

    var screenID: String { AppCommands.ScreenID.followUps }
    var title: String { "Follow-ups" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        command.id == AppCommands.ID.bookFollowUp && list.selectedIndex == nil
            ? .disabled(reason: "no follow-up is due in these dates") : .enabled
    }

    func last(_ context: AppContext) -> LocalDate { through ?? context.today.adding(days: Self.daysAhead) }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.bookFollowUp:
            guard let index = list.selectedIndex, rows.indices.contains(index) else { return .handled }
            return .push(FollowUpBookingScreen(followUp: rows[index]))
        case AppCommands.ID.followUpRange:
            return .push(SmallFormScreen(rangeForm(context)))
        default:
            return .ignored
        }
    }

    /// From (blank: every overdue one) and through; the screen reads them back when it reappears.
    private func rangeForm(_ context: AppContext) -> WorkForm {
        let box = range
        return WorkForm(
            title: "Follow-up dates", heading: "Which follow-ups to list",
            hint: "Leave From blank to include every overdue follow-up.",
            fields: [FormSupport.field("from", "From (YYYY-MM-DD)", value: from?.iso ?? "", maxLength: 10),
                     FormSupport.field("through", "Through (YYYY-MM-DD)", value: last(context).iso, maxLength: 10)],
            fieldIDs: ["from": "from", "through": "through"], doneMessage: "Dates changed.") { values in
            var errors: [String: String] = [:]
            let typedFrom = (values["from"] ?? "").trimmingCharacters(in: .whitespaces)
            var first: LocalDate?
            if !typedFrom.isEmpty {
                do throws(ValidationError) { first = try LocalDate(parsing: typedFrom, field: "from") } catch { errors["from"] = error.message }
            }
            var end: LocalDate?
            do throws(ValidationError) { end = try LocalDate(parsing: values["through"] ?? "", field: "through") } catch { errors["through"] = error.message }
            if let first, let end, first > end { errors["through"] = "through \(end.iso) must not be before from \(first.iso)" }
            guard errors.isEmpty, let end else { return .invalid(errors) }
            return .run(Effect("range") { _, _ in
                box.put((first, end))
                return .done
            })
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        if let chosen = range.take() {
            from = chosen.from
            through = chosen.through
        } else if reason == .tick, !context.storeChanged {
            return .handled
        }
        let first = from
        let end = last(context)
        return .run(Effect.load("load", into: mailbox) { store, user in
            try store.followUps(from: first, through: end, siteID: user.siteID, as: user)
        })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if let value = mailbox.take() {
            rows = value
            list.setItemCount(value.count)
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let dates = (from.map { "From \($0.iso)" } ?? "Every overdue") + " through \(last(context).iso) · \(rows.count) due, not booked"
        buffer.write(dates, row: rect.row, column: rect.column + 1, role: .label, maxWidth: rect.width - 2)
        let area = Rect(row: rect.row + 2, column: rect.column, height: rect.height - 2, width: rect.width)
        let table = TableView(
            columns: [TableColumn("Due", width: .fixed(12)), TableColumn("Pet", width: .flexible(weight: 2)),
                      TableColumn("Client", width: .flexible(weight: 3)), TableColumn("Vet", width: .flexible(weight: 2)),
                      TableColumn("Reason", width: .flexible(weight: 4))],
            rows: rows.map { due in
                let overdue = due.dueOn < context.today
                return TableRow([(overdue ? "! " : "  ") + due.dueOn.iso, due.petName, due.clientName, due.vetName, due.reason],
                                role: overdue ? .overdue : .normal)
            },
            emptyText: "No follow-ups are due in these dates. F5 changes them.")
        var shown = list
        shown.pageSize = table.pageSize(in: area)
        table.render(into: &buffer, in: area, state: shown)
        return nil
    }
}
