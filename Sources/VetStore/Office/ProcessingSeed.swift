import Foundation
import VetCore
import VetSQL

/// The record of processing a small practice starts from, written at set-up and, for a practice
/// set up before the record existed, by its migration. It describes what VetDesk itself does;
/// the manager then edits it to match the practice. An English practice also shares anonymised
/// clinical data for research, and a Jersey practice keeps paper copies of insurance claims, as
/// their published notices say. No CCTV: VetDesk records none.
enum ProcessingSeed {
    static let security = "Staff log in with their own password (hashed, with lock-out after repeated failures); each "
        + "role sees only what it needs; screens lock when idle; every change and every look at a record is in a "
        + "tamper-evident audit trail; backups are checked before they are kept; exports are logged and written "
        + "readable by their owner only."

    static func activities(region: PracticeRegion) -> [ProcessingActivityDetails] {
        var list = [
            ProcessingActivityDetails(
                name: "Clinical care and records",
                purpose: "Examining and treating clients' animals, and keeping their clinical records, including referrals "
                    + "to and from other practices",
                lawfulBasis: .contract,
                peopleCategories: "Clients; people who bring an animal in for a client",
                dataCategories: "Name, address, phone numbers, email; the animals' clinical history, treatments, weights and "
                    + "allergies; notes of consultations",
                recipientKinds: ["practice", "referral", "regulator"],
                recipientsNote: "Other practices and referral centres when an animal is referred or moves; regulators when the "
                    + "law requires it",
                retention: .clinical, securityMeasures: security),
            ProcessingActivityDetails(
                name: "Client accounts and invoices",
                purpose: "Invoicing, taking payment, keeping accounts and recovering unpaid fees",
                lawfulBasis: .legalObligation,
                peopleCategories: "Clients",
                dataCategories: "Name, address, invoices, payments, refunds and the balance of the account",
                recipientKinds: ["debtCollector", "servicePartner"],
                recipientsNote: "The card payment provider; a debt collector when a debt is passed on",
                retention: .financial, securityMeasures: security),
            ProcessingActivityDetails(
                name: "Insurance claims",
                purpose: "Preparing and sending the insurance claims clients ask the practice to make",
                lawfulBasis: .contract,
                peopleCategories: "Clients who hold pet insurance",
                dataCategories: "Name, address, policy number, the claim's invoices and the clinical history it needs",
                recipientKinds: ["insurer"],
                recipientsNote: "The client's insurer",
                retention: .financial,
                paperRecords: region == .jersey ? "Paper copies of claim forms, filed in the office by claim number" : "",
                securityMeasures: security),
            ProcessingActivityDetails(
                name: "Reminders",
                purpose: "Reminding clients of vaccinations, check-ups and follow-ups for their animals",
                lawfulBasis: .legitimateInterests,
                legitimateInterest: "Keeping clients' animals healthy, which clients expect of their practice",
                peopleCategories: "Clients",
                dataCategories: "Name, contact details, the animals' due dates",
                retention: .clinical, securityMeasures: security),
            ProcessingActivityDetails(
                name: "Marketing",
                purpose: "Telling clients about the practice's services and offers by email and text",
                lawfulBasis: .consent,
                peopleCategories: "Clients who agreed, or bought a similar service (soft opt-in)",
                dataCategories: "Name, email address, mobile number, marketing preferences and their history",
                retention: .untilWithdrawn, securityMeasures: security),
            ProcessingActivityDetails(
                name: "Data-protection requests",
                purpose: "Answering requests to exercise data-protection rights, and keeping the audit trail that shows "
                    + "personal data was handled lawfully",
                lawfulBasis: .legalObligation,
                peopleCategories: "Clients; people making a request for a client",
                dataCategories: "Name and contact details of the requester, the request and its history, identity checks",
                recipientKinds: ["regulator"],
                recipientsNote: "The regulator, if a person complains",
                retention: .custom,
                retentionNote: "the request register is kept as evidence; the requester's name and contact are removed once "
                    + "the response is sent",
                securityMeasures: security),
        ]
        if region != .jersey {
            list.append(ProcessingActivityDetails(
                name: "Research",
                purpose: "Sharing anonymised clinical data with veterinary research, so that no client can be identified",
                lawfulBasis: .legitimateInterests,
                legitimateInterest: "Improving veterinary care; the data is anonymised before it leaves the practice",
                peopleCategories: "Clients (anonymised before sharing)",
                dataCategories: "The animals' clinical history without the owner's identity",
                recipientKinds: ["other"],
                recipientsNote: "Veterinary research bodies, anonymised data only",
                retention: .clinical, securityMeasures: security))
        }
        return list
    }

    /// Writes the starting record when the practice has none.
    static func seedIfEmpty(_ db: any SQLConnection, region: PracticeRegion, at now: Date, by userID: Int64?) throws {
        guard try db.fetchValue(Int.self, "SELECT count(*) FROM processing_activity") == 0 else { return }
        for (index, details) in activities(region: region).enumerated() {
            try db.insert(ProcessingActivity(details, position: index + 1, at: now, by: userID))
        }
    }

    /// The migration's seeding: only a practice already set up gets a record (set-up seeds the others).
    static func seedIfSetUp(_ db: any SQLConnection) throws {
        guard let region = try db.fetchValue(String.self, "SELECT region FROM practice_settings WHERE id = 1")
            .flatMap(PracticeRegion.init(rawValue:)) else { return }
        try seedIfEmpty(db, region: region, at: Date(), by: nil)
    }
}

extension ProcessingActivityDetails {
    /// The security measures VetDesk itself provides, offered for a new activity.
    public static var standardSecurityMeasures: String { ProcessingSeed.security }
}
