/// Who may do what.
///
/// | action | receptionist | vet | manager |
/// | --- | :-: | :-: | :-: |
/// | view, register, edit clients | ✓ | view, edit | ✓ |
/// | register, edit pets, record a death | ✓ | ✓ | ✓ |
/// | transfer a pet | ✓ | | ✓ |
/// | correct a recorded death (recorded in error, wrong date) | | | ✓ |
/// | log consultation, add addendum | | ✓ | ✓ |
/// | draft invoice, counter sale, add a line at checkout, delete an unused draft | ✓ | ✓ | ✓ |
/// | finalise invoice (at checkout), record payment | ✓ | | ✓ |
/// | policies, claims | ✓ | | ✓ |
/// | record consent | ✓ | | ✓ |
/// | log communication, disclosure, data-protection request | ✓ | ✓ | ✓ |
/// | view the diary, book and move appointments, the online queue | ✓ | ✓ | ✓ |
/// | see and send the recall list (reminders) | ✓ | | ✓ |
/// | everything else: price list, reversals, refunds, credit notes, write-offs, the request queue, rights, retention, marketing export, users, settings, holidays, audit, diary hours, rooms and absences | | | ✓ |
///
/// Anyone may log a data-protection request: a request counts from the moment any member of
/// staff receives it. Vets log disclosures because referrals are disclosures. Money going
/// back out, and anything that changes or reveals other people's records in bulk, is the
/// practice manager's.
public enum PermissionTable {
    private static let receptionist: Set<Permission> = [
        .viewClient, .registerClient, .editClient, .registerPet, .editPet, .transferPet,
        .draftInvoice, .finaliseInvoice, .recordPayment, .managePolicies, .manageClaims,
        .recordConsent, .logCommunication, .logDisclosure, .logRequest, .viewTakings,
        .viewDiary, .bookAppointment, .sendReminders,
    ]
    private static let vet: Set<Permission> = [
        .viewClient, .editClient, .registerPet, .editPet, .logConsultation, .addAddendum,
        .draftInvoice, .logCommunication, .logDisclosure, .logRequest,
        .viewDiary, .bookAppointment,
    ]

    public static func allows(_ role: Role, _ permission: Permission) -> Bool {
        switch role {
        case .manager: true
        case .receptionist: receptionist.contains(permission)
        case .vet: vet.contains(permission)
        }
    }

    /// The roles allowed `permission`, in the order receptionist, vet, manager.
    public static func roles(for permission: Permission) -> [Role] {
        Role.allCases.filter { allows($0, permission) }
    }

    /// "A receptionist cannot write off debt; ask a practice manager."
    public static func denialMessage(role: Role, permission: Permission) -> String {
        let who = roles(for: permission).map(\.withArticle)
        let ask = who.count > 1 ? who.dropLast().joined(separator: ", ") + " or " + (who.last ?? "") : who.first ?? ""
        let subject = role.withArticle.prefix(1).uppercased() + role.withArticle.dropFirst()
        return "\(subject) cannot \(permission.displayName); ask \(ask)."
    }

    /// Throws the denial as a `ValidationError` on field "permission" when `role` may not act.
    public static func check(_ role: Role, _ permission: Permission) throws(ValidationError) {
        if !allows(role, permission) {
            throw ValidationError(field: "permission", message: denialMessage(role: role, permission: permission))
        }
    }
}
