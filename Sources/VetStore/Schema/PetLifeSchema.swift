/// A pet's death gets an optional cause, and a transfer its own date (the day the pet changed
/// hands, which may be before the day it was recorded). Older transfers take the day they were
/// recorded. Reminders and marketing ask `pet.status`, so it is indexed.
enum PetLifeSchema {
    static let sql = """
    ALTER TABLE pet ADD COLUMN death_cause TEXT CHECK (death_cause IS NULL OR length(death_cause) BETWEEN 1 AND 200);
    ALTER TABLE pet_owner_change ADD COLUMN transferred_on TEXT
        CHECK (transferred_on IS NULL OR transferred_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
    UPDATE pet_owner_change SET transferred_on = date(changed_at);
    CREATE INDEX pet_owner_change_to ON pet_owner_change(to_client_id);
    CREATE INDEX pet_status ON pet(status, client_id);
    """
}
