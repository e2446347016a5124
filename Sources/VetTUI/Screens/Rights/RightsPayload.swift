import Foundation
import VetCore
import VetStore

/// What the data-protection tools' store effects hand back.
enum RightsPayload {
    case retention([RetentionItem])
    case retentionApplied(RetentionApplied)
    case marketingList([MarketingListEntry])
    /// Files written: a marketing CSV or a portability export.
    case files([URL])
    case accessPack(AccessPackResult)
    case rectified(RectificationResult)
    case erased(ErasureResult)
    /// What must be decided before an erasure or anonymisation runs.
    case freeText(ErasureReview)
    case notices([RecipientRow])
    case client(Client, [ClientPhone])
    /// The practice's consent wordings, newest first.
    case wordings([ConsentWording])
}

/// A recipient from the disclosure log to tell of a correction or erasure, and when they were told.
struct RecipientRow {
    let disclosureID: Int64
    let recipient: String
    let categories: String
    let disclosedAt: Date
    let toldOn: LocalDate?

    /// Reads the notices recorded under a request.
    static func load(_ store: AppDatabase, requestID: Int64) throws -> [RecipientRow] {
        try store.recipientNotices(requestID: requestID).map { row in
            RecipientRow(disclosureID: row.disclosure.id ?? 0, recipient: row.disclosure.recipient,
                         categories: row.disclosure.categories, disclosedAt: row.disclosure.disclosedAt,
                         toldOn: row.notice.toldOn)
        }
    }
}
