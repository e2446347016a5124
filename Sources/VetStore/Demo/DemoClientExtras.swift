import VetSQL
import VetCore

/// A client's consent history, communications, changes of details and disclosures.
struct DemoClientExtras {
    let context: DemoContext
    let profile: DemoClientProfile
    let clientID: Int64
    var random: DemoRandom

    /// The receptionists at the client's home site, who take their calls and update their details.
    private var deskStaff: [Int64] { context.receptionists(at: profile.homeSiteID) }

    init(context: DemoContext, profile: DemoClientProfile, clientID: Int64, random seed: UInt64) {
        self.context = context
        self.profile = profile
        self.clientID = clientID
        random = DemoRandom(seed: seed)
    }

    mutating func write(with writer: inout DemoWriter, petNames: [String], account: DemoAccount) throws {
        try writeConsent(with: &writer)
        try writeCommunications(with: &writer, petNames: petNames, account: account)
        try writeChange(with: &writer)
        if let unpaid = account.unpaid, unpaid.day.days(until: context.today) > 120, random.chance(0.4) {
            let day = unpaid.day.adding(days: random.int(100...120))
            try writer.insert(.disclosure, [
                clientID, "Westgate Credit Management Ltd", "debtCollector", "name, address, phone numbers, amount owed",
                "recovery of an unpaid balance of \(Pence(unpaid.pence).formatted)", "legitimate interests: recovering a debt",
                DemoInstant(day, minuteOfDay: 630).text, nil, nil, context.managerID,
            ])
        }
    }

    /// Grants at registration (soft opt-in by email, consent for the rest), some later withdrawn;
    /// an objection withdraws everything and adds a suppression entry.
    private mutating func writeConsent(with writer: inout DemoWriter) throws {
        let grants: [(ConsentChannel, ConsentPurpose, ConsentBasis, Double)] = [
            (.email, .practice, .softOptIn, 0.55), (.sms, .practice, .consent, 0.3),
            (.post, .thirdParty, .consent, 0.08), (.phone, .practice, .consent, 0.05),
        ]
        let span = max(1, profile.registered.days(until: profile.lastActive))
        let objection = profile.objectsToMarketing ? profile.registered.adding(days: random.int(1...span)) : nil
        let clerk = deskStaff.first ?? context.managerID
        for (channel, purpose, basis, chance) in grants where random.chance(chance) {
            try writer.insert(.consentEvent, [clientID, channel.rawValue, purpose.rawValue, ConsentAction.granted.rawValue,
                                              basis.rawValue, ConsentSource.inPerson.rawValue, "registration form v3",
                                              profile.created.adding(minutes: 5).text, clerk])
            let withdrawn = objection ?? (random.chance(0.2) ? profile.registered.adding(days: random.int(1...span)) : nil)
            if let withdrawn {
                let source: ConsentSource = random.weighted([(.phone, 4), (.email, 3), (.letter, 1), (.webForm, 2)])
                try writer.insert(.consentEvent, [clientID, channel.rawValue, purpose.rawValue,
                                                  ConsentAction.withdrawn.rawValue, nil, source.rawValue, nil,
                                                  DemoInstant(withdrawn, minuteOfDay: 700).text, clerk])
            }
        }
        if let objection {
            try writer.insert(.suppression, [clientID, profile.email, profile.phones.first?.digits,
                                             "objected to direct marketing", DemoInstant(objection, minuteOfDay: 705).text,
                                             context.managerID])
        }
    }

    private mutating func writeCommunications(with writer: inout DemoWriter, petNames: [String],
                                              account: DemoAccount) throws {
        let span = max(1, profile.registered.days(until: profile.lastActive))
        for _ in 0..<random.int(0...3) {
            let (direction, channel, text) = random.pick(Self.messages)
            let pet = petNames.isEmpty ? "the pet" : random.pick(petNames)
            let day = profile.registered.adding(days: random.int(0...span))
            try writer.insert(.communication, [clientID, direction, channel, text.replacingOccurrences(of: "%P", with: pet),
                                               DemoInstant(day, minuteOfDay: random.int(540...1_020)).text,
                                               random.pick(deskStaff)])
        }
        if let unpaid = account.unpaid, unpaid.day.days(until: context.today) > 30 {
            try writer.insert(.communication, [clientID, "out", "letter",
                                               "Reminder of overdue balance of \(Pence(unpaid.pence).formatted)",
                                               DemoInstant(unpaid.day.adding(days: 30), minuteOfDay: 600).text,
                                               context.managerID])
        }
    }

    /// About one client in fifty has corrected a detail, kept with its old and new value.
    private mutating func writeChange(with writer: inout DemoWriter) throws {
        guard random.chance(0.02) else { return }
        let day = profile.registered.adding(days: random.int(1...max(1, profile.registered.days(until: profile.lastActive))))
        let (field, old, new): (String, String, String) = random.weighted([
            (("address", "\(random.int(1...90)) Old Street", profile.addressLine1), 3),
            (("email", "\(DemoClientProfile.ascii(profile.firstName))\(random.int(10...99))@example.net",
              profile.email ?? ""), 2),
            (("last name", random.pick(DemoNames.lastNames), profile.lastName), 1),
        ])
        try writer.insert(.clientChange, [clientID, field, old, new, DemoInstant(day, minuteOfDay: 720).text,
                                          random.pick(deskStaff), random.pick(Self.changeReasons)])
    }

    static let messages: [(String, String, String)] = [
        ("out", "sms", "Vaccination reminder sent for %P"), ("out", "letter", "Annual booster reminder letter for %P"),
        ("in", "call", "Owner called asking for a repeat prescription for %P"), ("out", "email", "Invoice copy emailed"),
        ("in", "email", "Owner emailed photos of %P's wound; vet to call back"),
        ("out", "call", "Called with %P's blood results: all within normal limits"),
        ("in", "call", "Asked about pet insurance for %P; leaflet posted"),
    ]

    static let changeReasons = ["Client phoned with new details", "Moved house", "Correction requested at the desk",
                                "Name changed after marriage"]
}
