import VetCore

/// The practice's price list: services and medicines in pence, with VAT in basis points.
/// Veterinary services and medicines are standard-rated (20%); disbursements paid on a
/// client's behalf are outside the scope of VAT.
enum DemoPriceList {
    struct Item {
        var code: String
        var name: String
        var kind: String
        var pence: Int
        var vat: Int = 2000
        var batched = false
        /// Lets an allergy alert to the class catch the item.
        var drugClass: DrugClass?
    }

    static let items: [Item] = [
        Item(code: "CONS", name: "Consultation", kind: "service", pence: 4_850),
        Item(code: "RECHK", name: "Repeat consultation", kind: "service", pence: 3_200),
        Item(code: "VIDEO", name: "Online video consultation", kind: "service", pence: 3_500),
        Item(code: "PHONE", name: "Telephone consultation", kind: "service", pence: 2_000),
        Item(code: "VACD", name: "Vaccination booster (dog)", kind: "service", pence: 5_900, batched: true),
        Item(code: "VACC", name: "Vaccination booster (cat)", kind: "service", pence: 5_600, batched: true),
        Item(code: "VACR", name: "Vaccination (rabbit, RHD2 and myxomatosis)", kind: "service", pence: 5_200, batched: true),
        Item(code: "KC", name: "Kennel cough vaccine", kind: "service", pence: 3_900, batched: true),
        Item(code: "NAIL", name: "Nail clip", kind: "service", pence: 1_500),
        Item(code: "DENT", name: "Dental scale and polish", kind: "service", pence: 32_000),
        Item(code: "XRAY", name: "Radiography (per study)", kind: "service", pence: 18_500),
        Item(code: "BLOOD", name: "Blood test (in-house biochemistry and haematology)", kind: "service", pence: 9_800),
        Item(code: "URINE", name: "Urinalysis", kind: "service", pence: 3_600),
        Item(code: "CYTO", name: "Ear cytology", kind: "service", pence: 2_900),
        Item(code: "GA", name: "General anaesthetic (first 30 minutes)", kind: "service", pence: 14_500),
        Item(code: "CASTD", name: "Castration (dog)", kind: "service", pence: 29_500),
        Item(code: "SPAYC", name: "Spay (cat)", kind: "service", pence: 11_500),
        Item(code: "CHIP", name: "Microchip implantation", kind: "service", pence: 2_500),
        Item(code: "HOSP", name: "Hospitalisation (per day)", kind: "service", pence: 6_500),
        Item(code: "EUTH", name: "Euthanasia", kind: "service", pence: 18_500),
        Item(code: "CREM", name: "Communal cremation", kind: "service", pence: 9_500),
        Item(code: "REFER", name: "Referral hydrotherapy (disbursement)", kind: "service", pence: 4_500, vat: 0),
        Item(code: "MELOX", name: "Meloxicam 1.5 mg/ml oral suspension (per ml)", kind: "medicine", pence: 45, batched: true, drugClass: .nsaids),
        Item(code: "AMOXC", name: "Amoxicillin-clavulanate 250 mg tablet", kind: "medicine", pence: 120, batched: true, drugClass: .penicillins),
        Item(code: "FLEA", name: "Fipronil spot-on (3 pipettes)", kind: "medicine", pence: 2_800, batched: true),
        Item(code: "WORM", name: "Milbemycin-praziquantel tablet", kind: "medicine", pence: 650, batched: true, drugClass: .macrocyclicLactones),
        Item(code: "OCLAC", name: "Oclacitinib 16 mg tablet", kind: "medicine", pence: 210, batched: true),
        Item(code: "PRED", name: "Prednisolone 5 mg tablet", kind: "medicine", pence: 40, batched: true, drugClass: .corticosteroids),
        Item(code: "EARDR", name: "Otic ear drops 17.5 ml", kind: "medicine", pence: 1_850, batched: true),
        Item(code: "MAROP", name: "Maropitant 24 mg tablet", kind: "medicine", pence: 980, batched: true),
        Item(code: "INSUL", name: "Porcine insulin 40 IU/ml (2.5 ml)", kind: "medicine", pence: 3_200, batched: true),
        Item(code: "RENAL", name: "Renal prescription diet 2 kg", kind: "medicine", pence: 2_850),
        Item(code: "METAC", name: "Meloxicam 5 mg/ml injection (per dose)", kind: "medicine", pence: 1_250, batched: true, drugClass: .nsaids),
    ]

    /// The position of each code in `items`, which is also its row id less one.
    static let index: [String: Int] = Dictionary(uniqueKeysWithValues: items.enumerated().map { ($1.code, $0) })
}
