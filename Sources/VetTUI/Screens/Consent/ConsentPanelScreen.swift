import Foundation
import TUIKit
import VetCore
import VetStore

/// Marketing consent per channel × purpose: grant or withdraw the highlighted one with a key,
/// recording how the client told us.
struct ConsentPanelScreen: Screen {
    let clientID: Int64
    let clientName: String
    var current: [ConsentEvent] = []
    var list = ListState(itemCount: ConsentPanelScreen.pairs.count)
    var source = ConsentSource.inPerson
    /// The wording in use (the newest the practice keeps), offered when consent is recorded.
    var currentWording: String?

    /// Every channel × purpose, in display order.
    static let pairs: [(ConsentChannel, ConsentPurpose)] = ConsentChannel.allCases.flatMap { channel in
        ConsentPurpose.allCases.map { (channel, $0) }
    }

    var screenID: String { AppCommands.ScreenID.consent }
    var title: String { "Marketing consent" }

    var selectedPair: (ConsentChannel, ConsentPurpose)? {
        list.selectedIndex.flatMap { Self.pairs.indices.contains($0) ? Self.pairs[$0] : nil }
    }

    func state(of pair: (ConsentChannel, ConsentPurpose)) -> ConsentEvent? {
        current.first { $0.channel == pair.0 && $0.purpose == pair.1 }
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        guard let (channel, purpose) = selectedPair else { return .handled }
        let id = clientID
        let how = source
        switch command.id {
        case AppCommands.ID.consentSource:
            let all = ConsentSource.allCases
            source = all[((all.firstIndex(of: source) ?? 0) + 1) % all.count]
            return .handled
        case AppCommands.ID.grantConsent:
            return .push(SmallFormScreen(ConsentForms.grant(clientID: id, channel: channel, purpose: purpose, source: how,
                                                            wording: currentWording)))
        case AppCommands.ID.withdrawConsent:
            return .push(SmallFormScreen(ConsentForms.withdraw(clientID: id, clientName: clientName, pairs: [(channel, purpose)],
                                                               source: how)))
        default:
            return .ignored
        }
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome {
        guard reason != .tick else { return .handled }
        return .all([.run(ClientRecordData.loadEffect(clientID: clientID)),
                     .run(Effect("wordings") { store, _ in .rights(.wordings(try store.consentWordings())) })])
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        switch (result.tag, result.result) {
        case ("load", .success(.clientRecord(let data))):
            current = data.view.currentConsent
            return .handled
        case ("wordings", .success(.rights(.wordings(let wordings)))):
            currentWording = wordings.first?.version
            return .handled
        case (_, .success):
            let done = result.tag == "grant" ? "Consent recorded." : "Consent withdrawn."
            return .all([.message(StatusMessage(done, kind: .success)), refresh(in: context, reason: .reappeared)])
        case (_, .failure(let error)):
            return .message(StatusMessage(ErrorText.describe(error), kind: .error))
        }
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        buffer.write("Marketing consent for \(clientName)", row: rect.row + 1, column: rect.column + 2, role: .title,
                     maxWidth: rect.width - 4)
        buffer.write("How the client told us: \(source.displayName)  (F5 or h changes it)", row: rect.row + 2,
                     column: rect.column + 2, maxWidth: rect.width - 4)
        let rows = Self.pairs.map { pair -> TableRow in
            let latest = state(of: pair)
            let state = latest.map { $0.action == .granted ? ($0.basis == .softOptIn ? "SOFT OPT-IN" : "GIVEN") : "withdrawn" }
                ?? "not given"
            let when = latest.map { DisplayFormat.dateTime($0.recordedAt, zone: context.store.clock.timeZone) } ?? ""
            return TableRow([pair.0.displayName, pair.1.displayName, state, when, latest?.source.displayName ?? ""],
                            role: latest?.action == .granted ? .ok : .normal)
        }
        let columns = [TableColumn("Channel", width: .fixed(8)), TableColumn("Purpose", width: .flexible()),
                       TableColumn("State", width: .fixed(11)), TableColumn("Since", width: .fixed(17)),
                       TableColumn("How", width: .fixed(10))]
        let area = Rect(row: rect.row + 4, column: rect.column, height: rect.height - 6, width: rect.width)
        TableView(columns: columns, rows: rows).render(into: &buffer, in: area, state: list)
        buffer.write("Service messages (appointment and vaccination reminders) are not marketing.",
                     row: rect.bottom - 1, column: rect.column + 2, role: .dim, maxWidth: rect.width - 4)
        return nil
    }
}
