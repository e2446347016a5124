import Foundation
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// The standard test practice plus a vet, a price list, and a later view of the same file.
extension TestPractice {
    /// Adds Victor Vet (vet-pass).
    @discardableResult
    func addVet() throws -> StaffSession {
        let added = try store.addUser(username: "victor", displayName: "Victor Vet", role: .vet, as: manager)
        try store.changeOwnPassword(username: "victor", current: added.oneTimePassword, new: "victor-vet-pass")
        return StaffSession(userID: added.user.id ?? 0, username: "victor", displayName: "Victor Vet", role: .vet)
    }

    /// A small price list: a consultation, a vaccination and a medicine.
    func addPriceList() throws {
        let items = [
            PriceItemDetails(code: "CONS", name: "Consultation", kind: .service, unitPrice: 4250, vatRate: .standard),
            PriceItemDetails(code: "VAX", name: "Vaccination booster", kind: .medicine, unitPrice: 3000, vatRate: .standard),
            PriceItemDetails(code: "MEL15", name: "Meloxicam 1.5 mg/ml, per ml", kind: .medicine, unitPrice: 120,
                             vatRate: .standard),
        ]
        for item in items { try store.addPriceItem(item, as: manager) }
    }

    /// Seeded clients and pets, a vet and the price list.
    static func clinical() throws -> TestPractice {
        let practice = try TestPractice.make()
        try practice.seed()
        try practice.addVet()
        try practice.addPriceList()
        return practice
    }

    /// The same database seen `days` later, when today's notes have locked.
    func later(days: Int) throws -> TestPractice {
        let path = directory.appendingPathComponent("practice.sqlite").path
        let laterStore = try AppDatabase(path: path, mode: .existing,
                                         clock: FixedClock(date: TestPractice.today.adding(days: days), hour: 10))
        return TestPractice(store: laterStore, manager: manager, receptionist: receptionist, directory: directory)
    }

    /// Zoë's id and Rex, the pet with the "bites" alert.
    func zoeAndRex() throws -> (clientID: Int64, rex: Pet) {
        let hit = try store.search("Briain").first
        let clientID = hit?.clientID ?? 0
        let view = try store.viewClient(id: clientID, as: manager)
        guard let rex = view.pets.first(where: { $0.name == "Rex" }) else { throw StoreError.refused("no Rex") }
        return (clientID, rex)
    }

    /// Logs Rex's consultation with a consultation fee and two boosters, as the vet would.
    @discardableResult
    func rexConsultation(vet: StaffSession) throws -> (consultation: Consultation, invoice: Invoice) {
        let (_, rex) = try zoeAndRex()
        var form = ConsultationForm()
        form.reason = "Limping on the left fore"
        form.subjective = "Lame since a walk on the beach on Sunday."
        form.objective = "Swelling of the left carpus; no fracture felt."
        form.weight = "31.4"
        form.lines = [
            TreatmentLine(priceItemID: nil, description: "Consultation", quantity: 1, unitPrice: 4250, vatRate: .standard),
            TreatmentLine(priceItemID: nil, description: "Vaccination booster", quantity: 2, unitPrice: 3000, vatRate: .standard),
        ]
        let logged = try store.logConsultation(petID: rex.id ?? 0, details: try form.validated(today: TestPractice.today), as: vet)
        guard let invoice = logged.invoice else { throw StoreError.refused("no draft invoice for Rex's treatments") }
        return (logged.consultation, invoice)
    }
}

extension AppDriver {
    /// Logs in and opens Zoë Ó Briain's record.
    func openZoe(as username: String, _ password: String) {
        logIn(username, password)
        type("Briain")
        send([.enter])
    }
}
