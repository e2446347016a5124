import Foundation
import Testing
@testable import VetStore
import VetCore
import VetSQL

/// A practice whose price list carries recall rules: a first vaccination (second dose in 4
/// weeks), an annual booster (12 months) and a flea-and-worm treatment (3 months).
struct ReminderPractice {
    let practice: TestPractice
    let firstVaccination: PriceItem
    let booster: PriceItem
    let fleaAndWorm: PriceItem
    var db: AppDatabase { practice.database }

    init(engine: SQLDialect) throws {
        practice = try TestPractice.make(engine: engine)
        let db = practice.database
        let manager = practice.manager
        firstVaccination = try db.addPriceItem(PriceItemDetails(code: "VAC1", name: "Vaccination, first dose", kind: .service,
                                                                unitPrice: 4_500, vatRate: .standard), as: manager)
        booster = try db.addPriceItem(PriceItemDetails(code: "VACB", name: "Booster vaccination", kind: .service,
                                                       unitPrice: 5_200, vatRate: .standard), as: manager)
        fleaAndWorm = try db.addPriceItem(PriceItemDetails(code: "FLEA", name: "Flea and worm spot-on", kind: .medicine,
                                                           unitPrice: 1_800, vatRate: .standard), as: manager)
        try db.setRecallRule(itemID: try firstVaccination.id.unwrapped("id"),
                             try RecallRule(group: "Vaccination", interval: try RecallInterval(parsing: "4 weeks")), as: manager)
        try db.setRecallRule(itemID: try booster.id.unwrapped("id"),
                             try RecallRule(group: "Vaccination", interval: try RecallInterval(parsing: "12 months")), as: manager)
        try db.setRecallRule(itemID: try fleaAndWorm.id.unwrapped("id"),
                             try RecallRule(group: "Flea and worm", interval: try RecallInterval(parsing: "3 months")), as: manager)
    }

    /// Logs a consultation for `petID` on `date` (at noon) giving `items`, with an optional follow-up date.
    @discardableResult
    func treat(_ petID: Int64, on date: LocalDate, _ items: [PriceItem], followUp: LocalDate? = nil,
               reason: String = "Check-up") throws -> Consultation {
        let store = try practice.reopened(on: date)
        var form = ConsultationForm()
        form.reason = reason
        form.followUp = followUp?.iso ?? ""
        form.lines = items.map { TreatmentLine(priceItemID: $0.id, description: $0.name, quantity: 1, unitPrice: $0.unitPrice,
                                               vatRate: $0.vatRate) }
        return try store.logConsultation(petID: petID, details: try form.validated(today: date), as: practice.vet).consultation
    }

    /// The recall list as the receptionist sees it on `date`, due by `dueBy`.
    func list(on date: LocalDate, dueBy: LocalDate) throws -> RecallList {
        try practice.reopened(on: date).recallList(dueBy: dueBy, as: practice.receptionist)
    }

    /// A client with an email address and a pet, ready to be reminded.
    func client(_ first: String, pet: String, email: String = "zoe@example.je") throws -> (client: Client, pet: Pet) {
        let client = try practice.registerClient(firstName: first, lastName: "Le Brun", email: email)
        let pet = try practice.registerPet(name: pet, clientID: try client.id.unwrapped("client"))
        return (client, pet)
    }
}
