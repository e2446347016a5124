import VetCore

/// What every client's generator needs to know: the date, the sites and their staff, the
/// price list and the numbering schemes, fixed before the first client is written.
struct DemoContext {
    let seed: UInt64
    let region: PracticeRegion
    let today: LocalDate
    let now: DemoInstant
    let managerID: Int64
    /// Every receptionist, in the order their logins were written.
    let receptionistIDs: [Int64]
    /// The practice's sites, the first site first.
    let siteIDs: [Int64]
    /// Row ids of `DemoPriceList.items`, in the same order.
    let priceItemIDs: [Int64]
    let insurers: [(id: Int64, name: String)]
    /// Unique number sources: landline local numbers, mobile numbers, microchip serials.
    let landlines = DemoScramble(modulus: 800_000, seed: 0)
    let mobiles: DemoScramble
    let microchips: DemoScramble
    private let vetsBySite: [Int64: [Int64]]
    private let receptionistsBySite: [Int64: [Int64]]
    private let siteWeights: [(Int64, Int)]

    /// `staff` lists each login's id, role and sites, in the order the logins were written.
    init(seed: UInt64, region: PracticeRegion, today: LocalDate, now: DemoInstant, managerID: Int64,
         staff: [(id: Int64, role: Role, siteIDs: [Int64])], siteIDs: [Int64], priceItemIDs: [Int64],
         insurers: [(id: Int64, name: String)]) {
        self.seed = seed
        self.region = region
        self.today = today
        self.now = now
        self.managerID = managerID
        self.siteIDs = siteIDs
        self.priceItemIDs = priceItemIDs
        self.insurers = insurers
        mobiles = DemoScramble(modulus: 100_000_000, seed: seed &* 31)
        microchips = DemoScramble(modulus: 1_000_000_000_000, seed: seed &* 131)
        func bySite(_ role: Role) -> [Int64: [Int64]] {
            var result: [Int64: [Int64]] = [:]
            for member in staff where member.role == role {
                for site in member.siteIDs { result[site, default: []].append(member.id) }
            }
            return result
        }
        receptionistIDs = staff.filter { $0.role == .receptionist }.map(\.id)
        vetsBySite = bySite(.vet)
        receptionistsBySite = bySite(.receptionist)
        siteWeights = DemoSites.weights(of: siteIDs)
    }

    func priceItem(_ code: String) -> (item: DemoPriceList.Item, id: Int64)? {
        guard let position = DemoPriceList.index[code] else { return nil }
        return (DemoPriceList.items[position], priceItemIDs[position])
    }

    /// The vets who work at `siteID` (every site has one; the manager stands in otherwise).
    func vets(at siteID: Int64) -> [Int64] { vetsBySite[siteID] ?? [managerID] }

    /// The receptionists who work at `siteID`.
    func receptionists(at siteID: Int64) -> [Int64] { receptionistsBySite[siteID] ?? [managerID] }

    /// The site a client calls home, drawn from a stream of its own so that the rest of the
    /// client is the same whatever the number of sites; bigger sites are home to more clients.
    func homeSite(ofClient index: Int) -> Int64 {
        guard siteIDs.count > 1 else { return siteIDs.first ?? 1 }
        var random = DemoRandom(seed: seed ^ Self.siteStream, stream: index)
        return random.weighted(siteWeights)
    }

    /// Where a visit happens: mostly at the client's home site, now and then at another branch.
    func visitSite(home: Int64, random: inout DemoRandom) -> Int64 {
        guard siteIDs.count > 1, random.chance(0.12) else { return home }
        return random.weighted(siteWeights.filter { $0.0 != home })
    }

    /// Where an invoice is paid: mostly where it was written; sometimes at the client's home site.
    func paymentSite(invoiceSite: Int64, home: Int64, random: inout DemoRandom) -> Int64 {
        guard siteIDs.count > 1, random.chance(0.06) else { return invoiceSite }
        return home
    }

    /// Mixed into the seed for the site draws, which stay apart from each client's own stream.
    static let siteStream: UInt64 = 0x5173_0000_5173

    /// A pet's own stream for where its visits happen and are paid, apart from its main one.
    static func siteRandom(petSeed: UInt64) -> DemoRandom { DemoRandom(seed: petSeed ^ siteStream, stream: 1) }
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
