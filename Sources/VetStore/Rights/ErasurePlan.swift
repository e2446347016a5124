import Foundation
import VetSQL
import VetCore

/// Decides, per category, what an erasure does, then does it.
struct ErasurePlan {
    let facts: RetentionFacts
    let settings: PracticeSettings
    let today: LocalDate
    let requestID: Int64
    let hasDisclosures: Bool
    private(set) var outcomes: [ErasureOutcomeRow] = []

    init(facts: RetentionFacts, settings: PracticeSettings, today: LocalDate, requestID: Int64, hasDisclosures: Bool) {
        self.facts = facts
        self.settings = settings
        self.today = today
        self.requestID = requestID
        self.hasDisclosures = hasDisclosures
    }

    /// The pets an erasure anonymises: those past (or never inside) their clinical period.
    static func petsAnonymised(_ facts: RetentionFacts, _ settings: PracticeSettings, _ today: LocalDate) -> Set<Int64> {
        Set(facts.pets.filter { pet in
            !(RetentionFacts.clinicalEnd(pet, years: settings.clinicalRetentionYears).map { $0 > today } ?? false)
        }.map(\.id))
    }

    private var clinicalYears: Int { settings.clinicalRetentionYears }
    private var financialYears: Int { settings.financialRetentionYears }
    private var clinicalEnd: LocalDate? {
        facts.pets.compactMap { RetentionFacts.clinicalEnd($0, years: clinicalYears) }.max()
    }
    private var financialEnd: LocalDate? { facts.lastTransaction?.adding(months: 12 * financialYears) }
    /// How long evidence of compliance is kept: the practice's financial period, the time within which a claim can be brought.
    private var evidenceEnd: LocalDate { today.adding(months: 12 * financialYears) }

    mutating func carryOut(_ db: any SQLConnection, clientID: Int64, reference: String, at now: Date, by userID: Int64) throws {
        try ClientAnonymiser.anonymise(db, clientID: clientID, why: "erasure \(reference)", at: now, by: userID)
        add("Contact details", .anonymised, "name, address, email, phone numbers, notes and their change history removed; "
            + "the record remains only as a number that the records kept below point to")
        try pets(db, clientID: clientID, reference: reference, at: now, by: userID)
        clinical()
        financial()
        try insurance(db)
        try db.execute("DELETE FROM consent_event WHERE client_id = ?", [clientID])
        add("Marketing consent", .erased, "every marketing consent record deleted")
        add("Suppression list", .kept, "only the email address and phone numbers, so that no marketing is ever sent "
            + "to them again; kept for as long as the practice markets")
        add("Communications", .erased, "call, letter, email and text summaries deleted")
        add("Reminders", .erased, "the reminder channels chosen and every reminder sent, with the addresses they went to, deleted")
        if try db.execute("DELETE FROM data_breach_client WHERE client_id = ?", [clientID]) > 0 {
            add("Breach register", .erased, "the links naming this client among the people a breach affected deleted; "
                + "each breach stays in the register, without them, as the law requires")
        }
        add("Appointments and online queue", .erased, "every appointment and place in the online consultation queue "
            + "deleted, with their reasons and notes")
        if hasDisclosures {
            add("Disclosures log", .kept, "the record of who received the data: needed to tell those recipients of this "
                + "erasure and as evidence for a legal claim", until: evidenceEnd)
        } else {
            add("Disclosures log", .erased, "no disclosure was ever recorded")
        }
        add("Data-protection requests", .kept, "kept as evidence of how the requests, including this one, were handled",
            until: evidenceEnd)
        add("Audit trail", .kept, "the tamper-evident log of who viewed or changed the records, kept as evidence of "
            + "compliance; it holds no contact details", until: evidenceEnd)
    }

    private mutating func pets(_ db: any SQLConnection, clientID: Int64, reference: String, at now: Date, by userID: Int64) throws {
        guard !facts.pets.isEmpty else { return add("Pets", .erased, "no pets were registered") }
        var kept: [String] = []
        var anonymised: [String] = []
        for pet in facts.pets {
            if let end = RetentionFacts.clinicalEnd(pet, years: clinicalYears), end > today {
                kept.append("\(pet.name) (until \(end.iso))")
            } else if !pet.anonymised {
                try ClientAnonymiser.anonymisePet(db, petID: pet.id, clientID: clientID, why: "erasure \(reference)",
                                                  on: today, at: now, by: userID)
                anonymised.append(pet.name)
            }
        }
        let anonText = anonymised.isEmpty ? "" : "; past their clinical period, so name, microchip and alerts removed: "
            + anonymised.joined(separator: ", ")
        if let end = clinicalEnd, end > today {
            add("Pets", .kept, "kept with their clinical history, which must be kept \(clinicalYears) years after each pet "
                + "was last seen, now without the owner's identity or their microchips (unless a reason to keep one was "
                + "recorded): " + kept.joined(separator: ", ") + anonText, until: end)
        } else {
            add("Pets", .anonymised, "name, microchip and alerts removed; the animals' history stays anonymous" + anonText)
        }
    }

    private mutating func clinical() {
        guard facts.consultations > 0 else { return add("Clinical records", .erased, "no consultations were recorded") }
        if let end = clinicalEnd, end > today {
            add("Clinical records", .kept, "veterinary records must be kept \(clinicalYears) years after the pet was last "
                + "seen (practice setting); kept as the animal's history without the owner's identity", until: end)
        } else {
            add("Clinical records", .anonymised, "past the clinical period; kept only as the animal's anonymous history")
        }
    }

    private mutating func financial() {
        guard facts.financialRows > 0 else { return add("Financial records", .erased, "no invoices or payments were recorded") }
        if let end = financialEnd, end > today {
            add("Financial records", .kept, "invoices and payments must be kept \(financialYears) years after the last "
                + "transaction for tax", until: end)
        } else {
            add("Financial records", .anonymised, "past the financial period; kept only without the client's identity")
        }
    }

    private mutating func insurance(_ db: any SQLConnection) throws {
        let pets = AccessPackCollector.list(facts.pets.map(\.id))
        try db.execute("DELETE FROM policy WHERE pet_id IN \(pets) AND id NOT IN (SELECT policy_id FROM claim)")
        guard facts.claims > 0 else {
            return add("Insurance", .erased, facts.policies > 0 ? "policy details deleted" : "no policies or claims were recorded")
        }
        if let end = financialEnd, end > today {
            add("Insurance", .kept, "claims are financial records of what the insurer paid and may be needed for a legal "
                + "claim; policies without claims deleted", until: end)
        } else {
            try db.execute("UPDATE policy SET policy_number = 'removed' WHERE pet_id IN \(pets)")
            add("Insurance", .anonymised, "policy numbers removed; claims kept without the client's identity")
        }
    }

    private mutating func add(_ category: String, _ outcome: ErasureOutcomeRow.Outcome, _ reason: String,
                              until: LocalDate? = nil) {
        outcomes.append(ErasureOutcomeRow(id: nil, requestId: requestID, category: category, outcome: outcome,
                                          reason: reason, keptUntil: until))
    }
}
