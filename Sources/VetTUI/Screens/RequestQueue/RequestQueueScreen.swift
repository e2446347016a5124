import TUIKit
import VetCore
import VetStore

/// The manager's queue of data-protection requests, soonest legal due date first. Urgency shows
/// as symbol and text as well as colour; the tick re-queries so other terminals' changes appear.
struct RequestQueueScreen: Screen {
    var items: [RequestQueueItem] = []
    var list = ListState()
    var statusFilter: RequestStatus?
    var kindFilter: RequestKind?
    var includeClosed = false
    /// Open breaches with their 72-hour clocks, shown above the requests (empty for anyone who
    /// may not keep the breach register).
    var breaches: [BreachNeedingAction] = []
    let breachBox = Mailbox<[BreachNeedingAction]>()

    var screenID: String { AppCommands.ScreenID.queue }
    var title: String { "Request queue" }

    var filter: RequestQueueFilter {
        RequestQueueFilter(includeClosed: includeClosed || (statusFilter?.isClosed ?? false), status: statusFilter,
                           kind: kindFilter)
    }

    func availability(of command: Command, in context: AppContext) -> Availability {
        if command.id == AppCommands.ID.openRequest, list.selectedIndex == nil {
            return .disabled(reason: "no request is selected")
        }
        return .enabled
    }

    mutating func perform(_ command: Command, in context: AppContext) -> Outcome {
        switch command.id {
        case AppCommands.ID.openRequest:
            guard let index = list.selectedIndex, items.indices.contains(index) else { return .handled }
            return .push(RequestDetailScreen(requestID: items[index].id))
        case AppCommands.ID.newRequest:
            return .push(LogRequestScreen(client: nil, today: context.today))
        case AppCommands.ID.statusFilter:
            statusFilter = Self.next(after: statusFilter, in: RequestStatus.allCases)
        case AppCommands.ID.kindFilter:
            kindFilter = Self.next(after: kindFilter, in: RequestKind.allCases)
        case AppCommands.ID.showClosed:
            includeClosed.toggle()
        default:
            return .ignored
        }
        return load()
    }

    /// Cycles nil → first → … → last → nil.
    static func next<T: Equatable>(after current: T?, in all: some Collection<T>) -> T? {
        let values = Array(all)
        guard let current, let index = values.firstIndex(of: current) else { return values.first }
        return index + 1 < values.count ? values[index + 1] : nil
    }

    mutating func handle(_ key: Key, in context: AppContext) -> Outcome {
        _ = list.handle(key)
        return .handled
    }

    mutating func refresh(in context: AppContext, reason: RefreshReason) -> Outcome { load() }

    private func load() -> Outcome {
        let filter = self.filter
        return .all([.run(Effect.asUser("queue") { store, user in .requestQueue(try store.requestQueue(filter, as: user)) }),
                     .run(Effect.load("breaches", into: breachBox) { store, user in try store.breachesNeedingAction(as: user) })])
    }

    mutating func receive(_ result: EffectResult, in context: AppContext) -> Outcome {
        if result.tag == "breaches" {
            if let failure = result.failure { return .message(StatusMessage(failure, kind: .error)) }
            breaches = breachBox.take() ?? breaches
            return .handled
        }
        guard case .requestQueue(let found)? = result.payload else {
            return .message(StatusMessage(result.failure ?? "Could not read the queue.", kind: .error))
        }
        let selectedID = list.selectedIndex.flatMap { items.indices.contains($0) ? items[$0].id : nil }
        items = found
        list.setItemCount(found.count)
        if let selectedID, let index = found.firstIndex(where: { $0.id == selectedID }) { list.select(index) }
        return .handled
    }
}
