/// Reminders (`v2-reminders`): recall rules on price-list items, each client's chosen reminder
/// channels, how reminders leave the practice, and every hand-over of a reminder — one row per
/// reminder and channel, so a reminder is never sent twice on one channel and a failed
/// hand-over stays on the list to be retried.
enum ReminderSchema {
    static let sql = """
    CREATE TABLE price_item_recall (
        price_item_id INTEGER PRIMARY KEY REFERENCES price_item(id),
        recall_group TEXT NOT NULL CHECK (length(recall_group) BETWEEN 1 AND 40),
        interval_count INTEGER NOT NULL CHECK (interval_count BETWEEN 1 AND 365),
        interval_unit TEXT NOT NULL CHECK (interval_unit IN ('days','weeks','months')),
        updated_at DATETIME NOT NULL,
        updated_by INTEGER REFERENCES staff_user(id)
    );
    CREATE INDEX treatment_line_price_item ON treatment_line(price_item_id);
    CREATE TABLE client_reminder_choice (
        client_id INTEGER PRIMARY KEY REFERENCES client(id),
        by_email INTEGER NOT NULL CHECK (by_email IN (0,1)),
        by_sms INTEGER NOT NULL CHECK (by_sms IN (0,1)),
        by_letter INTEGER NOT NULL CHECK (by_letter IN (0,1)),
        chosen_at DATETIME NOT NULL,
        chosen_by INTEGER NOT NULL REFERENCES staff_user(id)
    );
    CREATE TABLE reminder_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        mail_command TEXT NOT NULL DEFAULT '/usr/sbin/sendmail -t -i' CHECK (length(mail_command) BETWEEN 1 AND 500),
        sender_email TEXT NOT NULL DEFAULT '' CHECK (length(sender_email) <= 254),
        contact_phone TEXT NOT NULL DEFAULT '' CHECK (length(contact_phone) <= 30),
        overdue_weeks INTEGER NOT NULL DEFAULT 12 CHECK (overdue_weeks BETWEEN 1 AND 104),
        version INTEGER NOT NULL DEFAULT 1,
        updated_at DATETIME,
        updated_by INTEGER REFERENCES staff_user(id)
    );
    INSERT INTO reminder_settings (id) VALUES (1);
    CREATE TABLE reminder_delivery (
        id INTEGER PRIMARY KEY,
        pet_id INTEGER NOT NULL REFERENCES pet(id),
        client_id INTEGER NOT NULL REFERENCES client(id),
        reminder_key TEXT NOT NULL CHECK (length(reminder_key) BETWEEN 1 AND 80),
        subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
        due_on TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('email','sms','letter')),
        address TEXT NOT NULL CHECK (length(address) BETWEEN 1 AND 500),
        state TEXT NOT NULL CHECK (state IN ('sending','sent','failed')),
        attempts INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1),
        last_error TEXT,
        message_id TEXT NOT NULL,
        started_at DATETIME NOT NULL,
        sent_at DATETIME,
        sent_by INTEGER NOT NULL REFERENCES staff_user(id),
        communication_id INTEGER REFERENCES communication(id),
        UNIQUE (pet_id, reminder_key, due_on, channel)
    );
    CREATE INDEX reminder_delivery_client ON reminder_delivery(client_id);
    """
}
