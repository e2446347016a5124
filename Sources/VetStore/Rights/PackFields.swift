/// Plain-words descriptions of the pack's tables and fields, so a person can read the JSON
/// without knowing VetDesk. A column no entry covers is described from its name.
enum PackFields {
    static let tables: [String: (title: String, description: String)] = [
        "client": ("Your contact details", "Your name, address, email, notes staff wrote about you, and flags from your requests."),
        "client_phone": ("Your phone numbers", "Each phone number we hold for you, with its label."),
        "client_change": ("Changes to your contact details", "Every change to your details: the old and the new value."),
        "pet": ("Your pets", "Each animal registered to you now or in the past."),
        "pet_owner_change": ("Pets moving between owners", "When a pet moved to or from you."),
        "pet_weight": ("Weights", "Each weighing of your pets."),
        "pet_allergy": ("Allergy alerts", "Drugs or classes of drugs your pets must not be given without a reason."),
        "consultation": ("Consultations", "Each consultation note for your pets (history, examination, assessment, plan)."),
        "treatment_line": ("Treatments and medicines", "Treatments and medicines given during consultations."),
        "consultation_addendum": ("Addenda", "Dated corrections added to consultation notes after they locked."),
        "appointment": ("Appointments", "Each appointment booked for your pets: when, with whom, what for, and whether "
            + "it went ahead."),
        "queue_entry": ("Online consultation queue", "Each time you waited for a video or phone consultation: when you "
            + "joined, when a vet took it, and why you left if you did."),
        "invoice": ("Invoices", "Invoices issued to you."),
        "invoice_line": ("Invoice lines", "The priced lines of each invoice."),
        "ledger_entry": ("Your account", "Each charge, payment, refund, credit note or write-off on your account."),
        "allocation": ("What each payment paid", "Which invoice or refund each payment, credit note or write-off went to."),
        "policy": ("Insurance policies", "Your pets' insurance policies as recorded by us."),
        "claim": ("Insurance claims", "Claims we prepared for your insurer."),
        "claim_line": ("Claim lines", "Which invoice lines each claim covers."),
        "claim_event": ("Claim history", "Each change of a claim's status."),
        "consent_event": ("Marketing preferences", "Each time you gave or withdrew consent to marketing, by channel."),
        "suppression": ("Do-not-market list", "Entries that stop us ever sending you marketing."),
        "communication": ("Calls, letters, emails and texts", "A summary of each contact between you and the practice."),
        "client_reminder_choice": ("Your reminder channels", "How you asked to receive vaccination and follow-up reminders "
            + "(email, text message, letter, or none). Reminders are service messages, separate from marketing."),
        "reminder_delivery": ("Reminders sent to you", "Each reminder about your pets: what it was for, when it was due, "
            + "how and where it went, and when."),
        "disclosure": ("Who we shared your data with", "Each time your data left the practice: to whom, what, why and on what basis."),
        "data_breach": ("Breaches of your data", "Each personal-data breach that affected you: what happened, what data, "
            + "its likely consequences, what we did, and whether we reported it and told you."),
        "data_breach_client": ("Breaches that affected you", "Which breaches in our register affected you."),
        "dsr_request": ("Your data-protection requests", "Requests you (or someone for you) made about your data."),
        "dsr_pause": ("Clarifications", "Questions we asked about your requests, and when you answered."),
        "dsr_event": ("Request history", "Every step taken on your requests."),
        "dsr_letter": ("Letters about your requests", "Each letter we sent about your requests, when and where it went."),
        "dsr_erasure_outcome": ("Erasure outcomes", "What an erasure did to each kind of data, and why anything was kept."),
        "dsr_recipient_notice": ("Recipients told", "Recipients we told about a correction or erasure of your data."),
        "dsr_restriction": ("Restrictions", "Periods when use of your data was restricted."),
        "dsr_objection_decision": ("Objection decisions", "Our decisions on objections you made."),
        "dsr_restriction_override": ("Restriction overrides", "Times we used your data while it was restricted, "
            + "the legal ground and why."),
        "dsr_free_text_decision": ("Your details in kept notes", "Where kept notes named you when your details were "
            + "removed, and whether each mention was redacted or kept (with why)."),
        "audit_entry": ("Access and change log", "Who at the practice viewed or changed your records, and when."),
        "export_log": ("Files we wrote about you", "Access packs, exports and lists that held your data: where, when, "
            + "by whom, and when each was deleted."),
        "export_log_client": ("Who each file held", "Which files held your data."),
        "audit_redaction": ("Redacted log entries", "Entries of the access and change log from which your details were removed."),
    ]

    static let columns: [String: String] = [
        "id": "The record's number in VetDesk.",
        "client_id": "Your client number.",
        "pet_id": "The pet's number.",
        "consultation_id": "The consultation's number.",
        "invoice_id": "The invoice's number.",
        "claim_id": "The claim's number.",
        "request_id": "The request's number.",
        "disclosure_id": "The disclosure's number.",
        "created_at": "When the record was created (UTC).",
        "updated_at": "When the record was last changed (UTC).",
        "updated_by": "Staff number of who last changed it.",
        "recorded_at": "When it was recorded (UTC).",
        "recorded_by": "Staff number of who recorded it.",
        "version": "How many times the record has been saved.",
        "status": "The record's current state.",
        "notes": "Free-text notes written by staff.",
        "at": "When it happened (UTC).",
        "by": "Staff number of who did it.",
        "user_id": "Staff number of who did it.",
        "previous_hash": "Part of the tamper-evident chain of the log.",
        "hash": "Part of the tamper-evident chain of the log.",
        "first_name": "Your first name.",
        "last_name": "Your last name.",
        "email": "Email address.",
        "digits": "The phone number's digits.",
        "display": "The phone number as written.",
        "restricted": "1 while use of your data is restricted.",
        "objects_to_marketing": "1 if you objected to direct marketing.",
        "last_seen_on": "The last date the pet was seen; clinical records are kept 7 years from here.",
        "anonymised_on": "When the record's identifying details were removed.",
        "seen_at": "When the consultation took place (UTC).",
        "vet_id": "Staff number of the vet.",
        "site_id": "The number of the practice's site (branch) where it took place.",
        "subjective": "History: what you told us.",
        "objective": "Examination findings.",
        "assessment": "The vet's assessment.",
        "plan": "The treatment plan.",
        "allergy_reason": "Why it was given although it matched one of the pet's allergy alerts.",
        "drug_class": "The class of drugs the pet is allergic to.",
        "amount_pence": "Amount in pence.",
        "balance_effect_pence": "Effect on what you owe, in pence (positive adds to it).",
        "paper_copy_location": "Where the practice filed the paper copy.",
        "categories": "What kinds of data were shared.",
        "lawful_basis": "The legal basis for sharing it.",
        "recipient": "Who received the data.",
        "channel": "How it was sent or received.",
        "purpose": "What it was for.",
        "action": "What was done.",
        "basis": "Consent, or the soft opt-in (details given during a sale).",
        "kinds": "Which rights the request asked for.",
        "due_on": "The legal due date.",
        "kept_until": "The date until which the data must be kept.",
        "told_on": "When the person or recipient was told.",
        "breach_id": "The breach's number in our breach register.",
        "aware_at": "When the practice became aware of the breach (UTC).",
        "occurred_at": "When the breach happened, if known (UTC).",
        "found_by": "Staff number of who found the breach.",
        "reported_at": "When the breach was reported to the regulator (UTC).",
        "people_told_at": "When the people affected were told (UTC).",
        "high_risk": "1 if the breach is likely to result in a high risk to the people affected.",
        "starts_at": "When the appointment starts (the practice's local time).",
        "ends_at": "When the appointment ends (the practice's local time).",
        "staff_id": "Staff number of the vet the appointment is with.",
        "room_id": "The room the appointment is in.",
        "cancel_reason": "Why the appointment was cancelled.",
        "arrived_at": "When you arrived for the appointment (UTC).",
        "follow_up_of": "The consultation whose follow-up the appointment books.",
        "joined_at": "When you joined the online queue (UTC).",
        "taken_at": "When a vet took the online consultation (UTC).",
        "left_reason": "Why you left the online queue.",
    ]

    static func title(of table: String) -> String { tables[table]?.title ?? humanised(table) }

    static func description(of table: String) -> String { tables[table]?.description ?? humanised(table) }

    /// The description of `column`: the glossary entry, else its name in words ("issued on").
    static func description(of column: String, in table: String) -> String {
        if let text = columns[column] { return text }
        if column.hasSuffix("_pence") { return humanised(String(column.dropLast(6))).capitalizedFirst + " in pence." }
        return humanised(column).capitalizedFirst + "."
    }

    static func humanised(_ name: String) -> String { name.replacingOccurrences(of: "_", with: " ") }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
