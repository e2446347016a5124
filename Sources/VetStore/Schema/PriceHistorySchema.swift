import VetCore

/// Dated prices and drug classes on the price list, structured allergy alerts on pets, and the
/// reason kept on a treatment given despite one.
enum PriceHistorySchema {
    /// The classes the schema accepts, from the one list in VetCore.
    private static var classList: String { DrugClass.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",") }

    /// Each price and VAT rate an item has had, from the day it took effect. The item's own
    /// price columns keep the price in force when it was last changed, for older readers.
    static var priceHistory: String { """
    ALTER TABLE price_item ADD COLUMN drug_class TEXT CHECK (drug_class IS NULL OR drug_class IN (\(classList)));
    CREATE TABLE price_item_price (
        id INTEGER PRIMARY KEY,
        price_item_id INTEGER NOT NULL REFERENCES price_item(id),
        effective_from TEXT NOT NULL CHECK (effective_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        unit_price_pence INTEGER NOT NULL CHECK (unit_price_pence >= 0),
        vat_basis_points INTEGER NOT NULL CHECK (vat_basis_points BETWEEN 0 AND 10000),
        recorded_at DATETIME NOT NULL,
        recorded_by INTEGER REFERENCES staff_user(id),
        UNIQUE (price_item_id, effective_from)
    );
    INSERT INTO price_item_price (price_item_id, effective_from, unit_price_pence, vat_basis_points, recorded_at, recorded_by)
        SELECT id, substr(updated_at, 1, 10), unit_price_pence, vat_basis_points, updated_at, updated_by FROM price_item;
    """ }

    /// Allergy alerts that name a class or an item, and why a matching treatment was given anyway.
    static var allergies: String { """
    CREATE TABLE pet_allergy (
        id INTEGER PRIMARY KEY,
        pet_id INTEGER NOT NULL REFERENCES pet(id),
        drug_class TEXT CHECK (drug_class IS NULL OR drug_class IN (\(classList))),
        price_item_id INTEGER REFERENCES price_item(id),
        recorded_at DATETIME NOT NULL,
        recorded_by INTEGER NOT NULL REFERENCES staff_user(id),
        CHECK ((drug_class IS NULL) <> (price_item_id IS NULL))
    );
    CREATE INDEX pet_allergy_pet ON pet_allergy(pet_id);
    ALTER TABLE treatment_line ADD COLUMN allergy_reason TEXT
        CHECK (allergy_reason IS NULL OR length(allergy_reason) BETWEEN 1 AND 200);
    ALTER TABLE invoice_line ADD COLUMN price_item_id INTEGER REFERENCES price_item(id);
    ALTER TABLE invoice_line ADD COLUMN allergy_reason TEXT
        CHECK (allergy_reason IS NULL OR length(allergy_reason) BETWEEN 1 AND 200);
    """ }
}
