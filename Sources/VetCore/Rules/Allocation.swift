/// How much of a finalised invoice has been paid, from what is still outstanding on it.
public enum PaymentStatus: String, Choice {
    case outstanding, partPaid, paid

    public var displayName: String {
        switch self {
        case .outstanding: "Outstanding"
        case .partPaid: "Part paid"
        case .paid: "Paid"
        }
    }

    public static var fieldName: String { "payment status" }

    /// Paid when nothing is outstanding, outstanding when nothing has been paid, part paid between.
    public init(total: Pence, outstanding: Pence) {
        if outstanding.value <= 0 {
            self = .paid
        } else if outstanding >= total {
            self = .outstanding
        } else {
            self = .partPaid
        }
    }
}

/// Something on an account that money can be allocated to (an invoice, or a refund paid out of
/// credit), with its date and the amount still outstanding.
public struct OpenCharge<ID: Hashable & Sendable>: Hashable, Sendable {
    public var id: ID
    public var date: LocalDate
    public var outstanding: Pence

    public init(id: ID, date: LocalDate, outstanding: Pence) {
        self.id = id
        self.date = date
        self.outstanding = outstanding
    }
}

/// Deciding which charges a sum of money pays: the charges chosen, in the order chosen, then
/// the rest oldest first; never more than a charge has outstanding. What is left over is the
/// client's credit.
public enum Allocation {
    /// The charges in the order money pays them: `chosen` first (in that order), then the rest
    /// by date, same-day charges in the order given.
    public static func order<ID>(_ charges: [OpenCharge<ID>], chosen: [ID] = []) -> [OpenCharge<ID>] {
        let picked = chosen.compactMap { id in charges.first { $0.id == id } }
        let rest = charges.enumerated()
            .filter { item in !chosen.contains(item.element.id) }
            .sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
            .map(\.element)
        return picked + rest
    }

    /// Splits `amount` over `charges` in the order given. The parts are all positive, no part
    /// is more than its charge's outstanding amount, and the parts and `left` add up to `amount`.
    public static func plan<ID>(_ amount: Pence, over charges: [OpenCharge<ID>]) -> (parts: [(id: ID, amount: Pence)], left: Pence) {
        var left = max(.zero, amount)
        var parts: [(id: ID, amount: Pence)] = []
        for charge in charges where left.value > 0 && charge.outstanding.value > 0 {
            let part = min(left, charge.outstanding)
            parts.append((charge.id, part))
            left -= part
        }
        return (parts, left)
    }
}
