import Foundation
import TUIKit
import VetCore
import VetStore

extension RequestDetailScreen {
    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        guard let detail else {
            buffer.write("Loading…", row: rect.row + 1, column: rect.column + 2, role: .dim)
            return nil
        }
        // Long explanation steps wrap, continuing indented, rather than being cut off.
        let page = self.lines(detail, zone: context.store.clock.timeZone, rights: rightsLines(context: context))
        let lines = page.flatMap { line -> [(text: String, role: StyleRole)] in
            guard displayWidth(line.text) > rect.width - 2 else { return [line] }
            let indent = String(line.text.prefix { $0 == " " })
            let body = String(line.text.dropFirst(indent.count))
            return wrap(body, to: max(20, rect.width - 4 - indent.count)).enumerated().map { index, part in
                (text: (index == 0 ? indent : indent + "  ") + part, role: line.role)
            }
        }
        let top = min(scroll, max(0, lines.count - rect.height))
        for (offset, line) in lines.dropFirst(top).prefix(rect.height).enumerated() {
            buffer.write(line.text, row: rect.row + offset, column: rect.column + 1, role: line.role, maxWidth: rect.width - 2)
        }
        if let confirm { Dialog.render(confirm, into: &buffer, in: rect) }
        return nil
    }

    /// The whole page as lines; the screen scrolls through them with ↑↓ PgUp PgDn.
    func lines(_ detail: RequestDetail, zone: TimeZone, rights: [(text: String, role: StyleRole)] = [])
        -> [(text: String, role: StyleRole)] {
        let request = detail.request
        let urgency: (String, StyleRole) = request.status.isClosed ? ("closed", .dim)
            : detail.daysLeft < 0 ? ("!! OVERDUE by \(-detail.daysLeft) days", .overdue)
            : detail.daysLeft <= 7 ? ("!  due soon: \(detail.daysLeft) days left", .dueSoon)
            : ("\(detail.daysLeft) days left", .ok)
        var lines: [(String, StyleRole)] = [
            ("\(request.reference)  \(request.kindsText)  —  \(request.status.displayName)", .title),
            ("Client: \(detail.clientName ?? "not yet identified")   Requester: \(request.requesterName)"
                + (request.requesterContact.isEmpty ? "" : " (\(request.requesterContact))"), .normal),
            ("Received \(request.receivedOn.iso) by \(request.channel.displayName.lowercased())   Assigned: "
                + (detail.assigneeName ?? "nobody"), .normal),
            ("Due \(detail.clock.due.iso)  target \(detail.clock.target.iso)  extension notice by "
                + detail.clock.extensionNoticeBy.iso, .normal),
            (urgency.0, urgency.1),
        ] + Self.workLines(request) + [
            ("", .normal),
        ] + rights + [
            ("How the due date was worked out", .header),
        ]
        lines += detail.clock.explanation.map { ("  " + $0, .normal) }
        if let warning = detail.clock.nonWorkingDayWarning { lines.append(("  ! " + warning, .warning)) }
        lines += [("", .normal), ("History", .header)]
        lines += detail.events.map { entry in
            ("  \(DisplayFormat.dateTime(entry.event.at, zone: zone))  \(entry.by): \(entry.event.what)", .normal)
        }
        return lines
    }

    /// Third party, identity and response lines, shown only when they apply.
    static func workLines(_ request: DataRequest) -> [(text: String, role: StyleRole)] {
        var lines: [(String, StyleRole)] = []
        if request.onBehalfOfClient {
            let authority = request.authorityReceivedOn.map { "written authority received \($0.iso)" }
                ?? "written authority NOT yet received: nothing may be disclosed to them"
            lines.append(("Third party: \(request.thirdPartyRelationship ?? "relationship not recorded"); \(authority)",
                          request.authorityReceivedOn == nil ? .warning : .normal))
        }
        if let reason = request.identityWaivedReason { lines.append(("Identity evidence not needed: \(reason)", .normal)) }
        if !request.status.isClosed, let waiting = IdentityGate.waitingFor(request) { lines.append(("! " + waiting, .warning)) }
        if let sent = request.responseSentOn { lines.append(("Response sent \(sent.iso)", .normal)) }
        return lines
    }
}
