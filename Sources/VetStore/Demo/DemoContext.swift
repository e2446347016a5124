import VetCore

/// What every client's generator needs to know: the date, the staff, the price list and
/// the numbering schemes, fixed before the first client is written.
struct DemoContext {
    let seed: UInt64
    let region: PracticeRegion
    let today: LocalDate
    let now: DemoInstant
    let managerID: Int64
    let receptionistIDs: [Int64]
    let vetIDs: [Int64]
    /// Row ids of `DemoPriceList.items`, in the same order.
    let priceItemIDs: [Int64]
    let insurers: [(id: Int64, name: String)]
    /// Unique number sources: landline local numbers, mobile numbers, microchip serials.
    let landlines = DemoScramble(modulus: 800_000, seed: 0)
    let mobiles: DemoScramble
    let microchips: DemoScramble

    init(seed: UInt64, region: PracticeRegion, today: LocalDate, now: DemoInstant, managerID: Int64,
         receptionistIDs: [Int64], vetIDs: [Int64], priceItemIDs: [Int64], insurers: [(id: Int64, name: String)]) {
        self.seed = seed
        self.region = region
        self.today = today
        self.now = now
        self.managerID = managerID
        self.receptionistIDs = receptionistIDs
        self.vetIDs = vetIDs
        self.priceItemIDs = priceItemIDs
        self.insurers = insurers
        mobiles = DemoScramble(modulus: 100_000_000, seed: seed &* 31)
        microchips = DemoScramble(modulus: 1_000_000_000_000, seed: seed &* 131)
    }

    func priceItem(_ code: String) -> (item: DemoPriceList.Item, id: Int64)? {
        guard let position = DemoPriceList.index[code] else { return nil }
        return (DemoPriceList.items[position], priceItemIDs[position])
    }
}

/// Numbers that run across the whole practice, in the order clients are written.
struct DemoCounters {
    var invoices = 0
    var claims = 0
    var policies = 0

    /// Claim outcomes in a realistic mix that reaches every status within ten claims.
    static let claimCycle: [ClaimStatus] = [
        .paid, .submitted, .partPaid, .draft, .paid, .declined, .moreInfoRequested, .paid, .withdrawn, .paid,
    ]

    mutating func nextInvoiceNumber(year: Int) -> String {
        invoices += 1
        return "INV-\(year)-\(String(invoices).leftPadded(to: 7))"
    }

    mutating func nextClaimStatus() -> ClaimStatus {
        defer { claims += 1 }
        return Self.claimCycle[claims % Self.claimCycle.count]
    }
}

extension String {
    /// "42" → "0000042".
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
