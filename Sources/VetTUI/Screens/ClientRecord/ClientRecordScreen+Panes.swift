import Foundation
import TUIKit
import VetCore
import VetStore

extension ClientRecordScreen {
    /// The table for one pane.
    func table(for tab: ClientRecordTab, context: AppContext) -> TableView {
        TableView(columns: columns(for: tab), rows: rows(for: tab, zone: context.store.clock.timeZone),
                  emptyText: emptyText(for: tab))
    }

    func rows(for tab: ClientRecordTab) -> [TableRow] {
        rows(for: tab, zone: TimeZone(identifier: "Europe/London") ?? .current)
    }

    func columns(for tab: ClientRecordTab) -> [TableColumn] {
        switch tab {
        case .pets: [TableColumn("Name", width: .flexible(weight: 2)), TableColumn("Species", width: .fixed(10)),
                     TableColumn("Breed", width: .flexible()), TableColumn("Born", width: .fixed(10)),
                     TableColumn("Microchip", width: .fixed(15)), TableColumn("Status", width: .flexible(weight: 2))]
        case .consultations: [TableColumn("Seen", width: .fixed(17)), TableColumn("Pet", width: .fixed(12)),
                              TableColumn("Kind", width: .fixed(10)), TableColumn("Reason", width: .flexible())]
        case .money: [TableColumn("Date", width: .fixed(10)), TableColumn("Entry", width: .flexible()),
                      TableColumn("Amount", width: .fixed(12), alignment: .trailing)]
        case .claims: [TableColumn("Condition", width: .flexible()), TableColumn("Status", width: .fixed(14)),
                       TableColumn("Claimed", width: .fixed(12), alignment: .trailing),
                       TableColumn("Paper copy", width: .flexible())]
        case .consent: [TableColumn("Channel", width: .fixed(7)), TableColumn("Purpose", width: .flexible()),
                        TableColumn("State", width: .fixed(10)), TableColumn("When", width: .fixed(17)),
                        TableColumn("How", width: .fixed(9)), TableColumn("By", width: .flexible())]
        case .communications: [TableColumn("When", width: .fixed(17)), TableColumn("Way", width: .fixed(10)),
                               TableColumn("Summary", width: .flexible(weight: 3)), TableColumn("By", width: .flexible())]
        case .disclosures: [TableColumn("When", width: .fixed(17)), TableColumn("Recipient", width: .flexible()),
                            TableColumn("Data", width: .flexible()), TableColumn("Basis", width: .flexible())]
        case .requests: [TableColumn("Reference", width: .fixed(13)), TableColumn("Kinds", width: .flexible()),
                         TableColumn("Due", width: .fixed(10)), TableColumn("Status", width: .flexible())]
        case .history: [TableColumn("When", width: .fixed(17)), TableColumn("Field", width: .fixed(10)),
                        TableColumn("Was", width: .flexible()), TableColumn("Now", width: .flexible()),
                        TableColumn("By", width: .flexible())]
        }
    }

    private func emptyText(for tab: ClientRecordTab) -> String {
        switch tab {
        case .pets: "No pets yet. F5 or p registers one."
        case .consent: "No consent recorded: no marketing may be sent. F6 or c records consent."
        case .requests: "No data-protection requests. F8 or d logs one."
        default: "Nothing recorded yet."
        }
    }

    private func rows(for tab: ClientRecordTab, zone: TimeZone) -> [TableRow] {
        guard let data else { return [] }
        let view = data.view
        let when = { (date: Date) in DisplayFormat.dateTime(date, zone: zone) }
        switch tab {
        case .pets:
            return petRows(view)
        case .consultations:
            let petNames = Dictionary(view.pets.compactMap { pet in pet.id.map { ($0, pet.name) } }, uniquingKeysWith: { first, _ in first })
            return view.consultations.map { TableRow([when($0.seenAt), petNames[$0.petId] ?? "", $0.kind.displayName, $0.reason]) }
        case .money:
            return view.ledger.map { entry in
                TableRow([entry.entryOn.iso, entry.kind.displayName + (entry.reference.map { " \($0)" } ?? ""),
                          Pence(entry.balanceEffectPence).formatted])
            }
        case .claims:
            return view.claims.map { claim in
                TableRow([claim.condition, claim.status.displayName, Pence(claim.amountClaimedPence).formatted,
                          claim.paperCopyLocation ?? ""])
            }
        case .consent:
            return consentRows(view, data: data, when: when)
        case .communications:
            return view.communications.map { item in
                TableRow([when(item.occurredAt), "\(item.channel) \(item.direction)", item.summary, data.name(of: item.recordedBy)])
            }
        case .disclosures:
            return view.disclosures.map { TableRow([when($0.disclosedAt), $0.recipient, $0.categories, $0.lawfulBasis]) }
        case .requests:
            return data.requests.map { TableRow([$0.reference, $0.kinds, $0.due.iso, $0.status.displayName]) }
        case .history:
            return view.changes.map { change in
                TableRow([when(change.changedAt), change.field, change.oldValue, change.newValue, data.name(of: change.changedBy)])
            }
        }
    }

    /// Current state per channel × purpose first, then every event, newest first.
    private func consentRows(_ view: ClientRecordView, data: ClientRecordData, when: (Date) -> String) -> [TableRow] {
        let current = view.currentConsent
        var rows: [TableRow] = []
        for channel in ConsentChannel.allCases {
            for purpose in ConsentPurpose.allCases {
                let latest = current.first { $0.channel == channel && $0.purpose == purpose }
                let state = latest.map { $0.action == .granted ? "GIVEN" : "withdrawn" } ?? "not given"
                rows.append(TableRow([channel.displayName, purpose.displayName, state,
                                      latest.map { when($0.recordedAt) } ?? "", latest?.source.displayName ?? "",
                                      latest.map { data.name(of: $0.recordedBy) } ?? ""],
                                     role: latest?.action == .granted ? .ok : .normal))
            }
        }
        guard !view.consentEvents.isEmpty else { return rows }
        rows.append(TableRow(["History"], role: .header))
        for event in view.consentEvents {
            rows.append(TableRow([event.channel.displayName, event.purpose.displayName, event.action.rawValue,
                                  when(event.recordedAt), event.source.displayName, data.name(of: event.recordedBy)],
                                 role: .dim))
        }
        return rows
    }
}
