import TUIKit
import VetCore
import VetStore

/// The privacy notice as it would be published now, generated from the record of processing and
/// the settings: every line wrapped to the screen and scrolled with ↑↓ PgUp PgDn, so nothing is
/// cut off. F2 keeps it as a new version (saving an unchanged notice keeps the version it is).
struct PrivacyNoticeScreen: Screen {
    var draft: PrivacyNoticeDraft?
    var scroll = 0
    let mailbox = Mailbox<PrivacyNoticeDraft>()
    let saved = Mailbox<String>()

    var screenID: String { AppCommands.OfficeScreenID.privacyNotice }
    var title: String { "Privacy notice" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        guard command.id == AppCommands.OfficeID.saveNotice else { return .enabled }
        guard let draft else { return .disabled(reason: "the notice is still being generated") }
        return draft.isSaved ? .disabled(reason: "version \(draft.version) already says exactly this") : .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard command.id == AppCommands.OfficeID.saveNotice else { return .ignored }
        return .run(Effect.load("save", into: saved) { store, user in
            let version = try store.savePrivacyNotice(as: user)
            return "Privacy notice version \(version.version) of \(version.generatedOn.long) saved."
        })
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        PageScroll.handle(key, offset: &scroll) ? .handled : .ignored
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        return .run(Effect.load("load", into: mailbox) { store, _ in try store.privacyNoticeDraft() })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if result.tag == "save" {
            return .all([.message(StatusMessage(saved.take() ?? "Saved.", kind: .success)), refresh(in: context, reason: .reappeared)])
        }
        if let fresh = mailbox.take() { draft = fresh }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        guard let draft else {
            buffer.write("Generating…", row: rect.row + 1, column: rect.column + 1, role: .dim)
            return nil
        }
        let status = draft.isSaved
            ? PageLine("Version \(draft.version) of \(draft.date.long), as published. ↑↓ PgUp PgDn scroll.", .label)
            : PageLine("Not saved: F2 keeps this as version \(draft.version). ↑↓ PgUp PgDn scroll.", .warning)
        PageLine.render([status, .blank] + Self.lines(draft.content), scroll: scroll, into: &buffer, in: rect)
        return nil
    }

    /// The notice's sections as page lines: headings, paragraphs, and bullets that hang under their dash.
    static func lines(_ content: PrivacyNoticeContent) -> [PageLine] {
        var lines = [PageLine(content.title, .title)]
        for section in content.sections {
            lines += [.blank, PageLine(section.heading, .header)]
            lines += section.paragraphs.map { PageLine($0) }
            lines += section.bullets.map { PageLine(" - \($0)") }
        }
        return lines
    }
}
