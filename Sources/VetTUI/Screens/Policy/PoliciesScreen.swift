import TUIKit
import VetCore
import VetStore

/// A pet's insurance policies; new policies are added here and claims are started from one.
struct PoliciesScreen: Screen {
    let pet: Pet
    let clientID: Int64
    let clientName: String
    var loaded: (policies: [Policy], insurers: [Insurer])?
    var list = ListState()
    let mailbox = Mailbox<(policies: [Policy], insurers: [Insurer])>()

    var screenID: String { AppCommands.ScreenID.policies }
    var title: String { "Policies of \(pet.name)" }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.ID.newClaim, loaded?.policies.isEmpty ?? true {
            return .disabled(reason: "\(pet.name) has no policy yet; add one first")
        }
        return .enabled
    }

    func insurerName(_ id: Int64) -> String {
        loaded?.insurers.first { $0.id == id }?.name ?? "insurer \(id)"
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.addPolicy:
            return .push(SmallFormScreen(PolicyForm.action(pet: pet, insurers: loaded?.insurers ?? [], today: context.today)))
        case AppCommands.ID.newClaim:
            guard let policies = loaded?.policies, let index = list.selectedIndex, policies.indices.contains(index)
            else { return .handled }
            let policy = policies[index]
            return .push(NewClaimScreen(policy: policy, insurerName: insurerName(policy.insurerId), pet: pet,
                                        clientID: clientID, clientName: clientName))
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
        let id = pet.id ?? 0
        return .run(Effect.load("load", into: mailbox) { store, _ in (try store.policies(petID: id), try store.insurers()) })
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
        if let value = mailbox.take() {
            loaded = value
            list.setItemCount(value.policies.count)
        }
        return .handled
    }

    func render(into buffer: inout ScreenBuffer, in rect: Rect, context: AppContext) -> CursorPosition? {
        let left = rect.column + 2
        var row = rect.row + 1
        if let alerts = pet.alerts {
            buffer.write("! ALERT \(pet.name): \(alerts)", row: rect.row, column: left, role: .warning, maxWidth: rect.width - 4)
            row += 1
        }
        // A claim may still be made for treatment before a pet died, so its policies stay open, marked.
        let died = pet.diedOn.map { ", died \($0.iso)" } ?? ""
        buffer.write("Insurance of \(pet.name) (\(pet.species)\(died)) · owner \(clientName)", row: row, column: left,
                     role: .title, maxWidth: rect.width - 4)
        let tableRect = Rect(row: row + 2, column: rect.column, height: rect.bottom - row - 2, width: rect.width)
        let table = TableView(
            columns: [TableColumn("Insurer", width: .flexible()), TableColumn("Policy", width: .fixed(16)),
                      TableColumn("Starts", width: .fixed(10)), TableColumn("Ends", width: .fixed(10)),
                      TableColumn("Excess", width: .fixed(10), alignment: .trailing)],
            rows: (loaded?.policies ?? []).map { policy in
                let lapsed = policy.endsOn.map { $0 < context.today } ?? false
                return TableRow([insurerName(policy.insurerId), policy.policyNumber, policy.startsOn.iso,
                                 policy.endsOn?.iso ?? "", Pence(policy.excessPence).formatted], role: lapsed ? .dim : .normal)
            },
            emptyText: loaded == nil ? "Loading…" : "No policies. F2 adds one.")
        var shown = list
        shown.pageSize = table.pageSize(in: tableRect)
        table.render(into: &buffer, in: tableRect, state: shown)
        return nil
    }
}
