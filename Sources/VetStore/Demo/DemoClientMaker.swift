import VetSQL
import VetCore

/// Writes one client and everything that hangs off them, from that client's own random
/// stream: contact details, pets and their histories, consent, letters and calls.
struct DemoClientMaker {
    let context: DemoContext
    let index: Int
    var random: DemoRandom
    var profile: DemoClientProfile

    init(context: DemoContext, index: Int) {
        self.context = context
        self.index = index
        var random = DemoRandom(seed: context.seed, stream: index)
        profile = DemoClientProfile(context: context, index: index, random: &random)
        self.random = random
    }

    mutating func write(with writer: inout DemoWriter, counters: inout DemoCounters) throws {
        let created = profile.created.text
        let clientID = try writer.insert(.client, [
            profile.title, profile.firstName, profile.lastName, profile.addressLine1, profile.addressLine2,
            profile.town, profile.postcode, profile.email, profile.notes, profile.status.rawValue, profile.restricted,
            profile.objectsToMarketing, created, 1, created, context.receptionists(at: profile.homeSiteID).first,
        ])
        for (position, phone) in profile.phones.enumerated() {
            try writer.insert(.clientPhone, [clientID, position, phone.label.rawValue, phone.digits, phone.formatted])
        }
        var money = DemoAccount(leaveLastUnpaid: profile.isDebtor)
        let petCount = random.weighted([(1, 60), (2, 30), (3, 10)])
        var petNames: [String] = []
        for petOffset in 0..<petCount {
            var pet = DemoPetMaker(context: context, client: profile, clientID: clientID,
                                   serial: index * 3 + petOffset, random: random.next())
            try pet.write(with: &writer, counters: &counters, account: &money)
            petNames.append(pet.name)
        }
        guard profile.status != .anonymised else { return }
        var extras = DemoClientExtras(context: context, profile: profile, clientID: clientID, random: random.next())
        try extras.write(with: &writer, petNames: petNames, account: money)
    }
}

/// Who a client is, decided before anything is written.
struct DemoClientProfile {
    var title: String?
    var firstName: String
    var lastName: String
    var addressLine1: String
    var addressLine2: String?
    var town: String
    var postcode: String
    var email: String?
    var notes: String?
    var status: ClientStatus
    var restricted = false
    var objectsToMarketing = false
    var registered: LocalDate
    var created: DemoInstant
    /// The last day the client used the practice: today, or when they left or died.
    var lastActive: LocalDate
    var phones: [PhoneNumber] = []
    var isDebtor: Bool
    /// The site the client usually goes to; most of their visits and payments happen there.
    var homeSiteID: Int64

    init(context: DemoContext, index: Int, random: inout DemoRandom) {
        let today = context.today
        homeSiteID = context.homeSite(ofClient: index)
        let showcase = index < DemoNames.showcase.count ? DemoNames.showcase[index] : nil
        let drawnTitle = showcase?.title ?? random.weighted(DemoNames.titles)
        firstName = showcase?.first ?? random.pick(DemoNames.firstNames)
        title = DemoNames.title(drawnTitle, forename: firstName)
        lastName = showcase?.last ?? random.pick(DemoNames.lastNames)
        let jersey = context.region == .jersey ? random.chance(0.9) : random.chance(0.03)
        let town = random.pick(jersey ? DemoPlaces.jersey : DemoPlaces.england)
        let street = random.pick(jersey ? DemoPlaces.jerseyStreets : DemoPlaces.englishStreets)
        addressLine1 = random.chance(0.12) ? random.pick(DemoPlaces.houseNames) : "\(random.int(1...140)) \(street)"
        addressLine2 = addressLine1.first?.isNumber == true ? nil : street
        self.town = town.name
        postcode = DemoPlaces.postcode(outward: random.pick(town.outwardCodes), random: &random)
        // Older registrations are more common: a practice accumulates clients over years.
        let ageDays = max(random.int(7...(14 * 365)), random.int(7...(14 * 365)))
        registered = today.adding(days: -ageDays)
        created = DemoInstant(registered, minuteOfDay: random.int(510...1_050))
        status = showcase == nil ? random.weighted([(ClientStatus.active, 950), (.ceased, 32), (.deceased, 10), (.anonymised, 8)])
            : .active
        lastActive = today
        isDebtor = random.chance(status == .active ? 0.08 : 0.15)
        if status != .active {
            let end = today.adding(days: -random.int(status == .anonymised ? 2_700...3_600 : 120...2_400))
            if end > registered.adding(days: 60) { lastActive = end } else { status = .active }
        }
        if status == .anonymised {
            anonymise()
            return
        }
        email = random.chance(0.82) ? Self.email(first: firstName, last: lastName, index: index, random: &random) : nil
        phones = Self.phones(context: context, town: town, index: index, random: &random)
        restricted = status == .active && random.chance(0.002)
        objectsToMarketing = random.chance(0.006)
        if random.chance(0.04) { notes = random.pick(Self.clientNotes) }
    }

    /// What the retention review leaves of a client: no name, address, email, phones or notes.
    private mutating func anonymise() {
        (title, firstName, lastName, addressLine1, addressLine2, town, postcode) = (nil, "", "(anonymised)", "", nil, "", "")
        isDebtor = false
    }

    static let clientNotes = [
        "Prefers appointments after 4 pm.", "Hard of hearing: please speak clearly on the phone.",
        "Works nights; call after midday.", "Welsh speaker.", "Pays by bank transfer only.",
        "Has a second address in France for part of the year.",
    ]

    static func email(first: String, last: String, index: Int, random: inout DemoRandom) -> String {
        let f = ascii(first)
        let l = ascii(last)
        let local = random.weighted([("\(f).\(l)", 5), ("\(f)\(l)", 2), ("\(f.prefix(1)).\(l)", 2), ("\(l).\(f)", 1)])
        let suffix = index < DemoNames.showcase.count ? "" : String(index)
        let domain = random.pick(["example.com", "example.org", "example.net", "example.co.uk"])
        return "\(local)\(suffix)@\(domain)"
    }

    /// "Ó Briain" → "obriain": folded to plain lowercase letters for an email address.
    static func ascii(_ text: String) -> String {
        String(SearchText.fold(text).filter { $0.isASCII && $0.isLetter })
    }

    /// A unique mobile (the Ofcom drama range 07700 900000–900999 for the first thousand
    /// clients), a local landline, and now and then a work number.
    static func phones(context: DemoContext, town: DemoPlaces.Town, index: Int,
                       random: inout DemoRandom) -> [PhoneNumber] {
        var numbers: [(String, PhoneLabel)] = []
        if index < 1_000 || random.chance(0.75) {
            let digits = index < 1_000 ? "07700900" + String(index).leftPadded(to: 3)
                : random.pick(["074", "075", "078", "079"]) + String(context.mobiles(index)).leftPadded(to: 8)
            numbers.append((digits, .mobile))
        }
        if numbers.isEmpty || random.chance(0.4) {
            numbers.append((town.dialling + String(200_000 + context.landlines(index)), .home))
        }
        if random.chance(0.03) {
            numbers.append(("0207946" + String(random.int(0...999)).leftPadded(to: 4), .work))
        }
        return numbers.compactMap { digits, label in try? PhoneNumber(parsing: digits, label: label) }
    }
}
