import Foundation
import VetSQL
import VetCore

/// What a claim really sends the insurer, for its disclosure record: the owner's identity and
/// contact details, the pet's details and policy, the clinical notes and invoice lines the claim
/// covers — and, when it covers an online (video or phone) consultation, how long the client
/// waited in the online queue, which the insurer receives with it.
enum ClaimDisclosure {
    static func categories(_ db: any SQLConnection, claimID: Int64) throws -> String {
        let consultations = try db.fetchAll("""
            SELECT DISTINCT c.id, c.kind, c.queue_minutes FROM claim_line cl
            JOIN invoice_line il ON il.id = cl.invoice_line_id
            LEFT JOIN treatment_line tl ON tl.id = il.treatment_line_id
            LEFT JOIN invoice i ON i.id = il.invoice_id
            JOIN consultation c ON c.id = coalesce(tl.consultation_id, i.consultation_id)
            WHERE cl.claim_id = ?
            """, [claimID])
        let lines = try db.fetchValue(Int.self, "SELECT count(*) FROM claim_line WHERE claim_id = ?", [claimID]) ?? 0
        var categories = ["owner's name, address and contact details", "pet's details (name, species, breed, age, microchip)",
                          "policy number"]
        if !consultations.isEmpty {
            categories.append("clinical notes of \(consultations.count) consultation\(consultations.count == 1 ? "" : "s")")
        }
        categories.append("\(lines) invoice line\(lines == 1 ? "" : "s") with amounts")
        let online = try consultations.filter { try $0.decode(String.self, "kind") != "inPerson" }
        if online.contains(where: { !$0["queue_minutes"].isNull }) {
            categories.append("online consultation queue time")
        }
        return categories.joined(separator: "; ")
    }

}

/// The kinds of recipient a disclosure can go to, as staff pick them (by number) and read them.
public enum DisclosureRecipientKind: String, CaseIterable, Sendable {
    case insurer, practice, referral, debtCollector, regulator, servicePartner, other

    public var displayName: String {
        switch self {
        case .insurer: "insurer"
        case .practice: "another practice"
        case .referral: "referral"
        case .debtCollector: "debt collector"
        case .regulator: "regulator or police"
        case .servicePartner: "service partner"
        case .other: "other"
        }
    }

    /// By its number in the pick list (1–7), its stored name, or its words ("debt collector", "police").
    public static func pick(_ text: String) -> DisclosureRecipientKind? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(key), allCases.indices.contains(number - 1) { return allCases[number - 1] }
        let squashed = key.replacingOccurrences(of: "-", with: " ")
        return allCases.first { $0.rawValue.lowercased() == key.replacingOccurrences(of: "-", with: "")
            || $0.displayName == squashed || (squashed == "police" && $0 == .regulator) }
    }

    /// "1 insurer, 2 another practice, …".
    public static var pickList: String {
        allCases.enumerated().map { "\($0.offset + 1) \($0.element.displayName)" }.joined(separator: ", ")
    }
}
