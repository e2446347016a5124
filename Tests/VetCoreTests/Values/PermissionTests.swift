import Testing
@testable import VetCore

@Suite("Permissions")
struct PermissionTests {
    @Test("managers can do everything", arguments: Permission.allCases)
    func manager(permission: Permission) {
        #expect(PermissionTable.allows(.manager, permission))
        #expect(PermissionTable.roles(for: permission).contains(.manager))
    }

    @Test("expected desk and consulting-room permissions", arguments: [
        (Role.receptionist, Permission.registerClient, true), (.receptionist, .registerPet, true),
        (.receptionist, .recordConsent, true), (.receptionist, .recordPayment, true),
        (.receptionist, .logRequest, true), (.receptionist, .logCommunication, true),
        (.receptionist, .manageClaims, true), (.receptionist, .finaliseInvoice, true),
        (.receptionist, .draftInvoice, true),
        (.receptionist, .writeOffDebt, false), (.receptionist, .logConsultation, false),
        (.receptionist, .workRequest, false), (.receptionist, .fulfilRights, false),
        (.receptionist, .exportMarketingList, false), (.receptionist, .viewAudit, false),
        (.receptionist, .recordRefund, false), (.receptionist, .reverseInvoice, false),
        (.vet, .logConsultation, true), (.vet, .addAddendum, true), (.vet, .draftInvoice, true),
        (.vet, .logRequest, true), (.vet, .viewClient, true),
        (.vet, .recordPayment, false), (.vet, .finaliseInvoice, false), (.vet, .manageUsers, false),
        (.vet, .editSettings, false), (.vet, .recordConsent, false), (.vet, .runRetention, false),
    ])
    func table(role: Role, permission: Permission, allowed: Bool) {
        #expect(PermissionTable.allows(role, permission) == allowed)
    }

    @Test func rolesFor() {
        #expect(PermissionTable.roles(for: .writeOffDebt) == [.manager])
        #expect(PermissionTable.roles(for: .logRequest) == [.receptionist, .vet, .manager])
        #expect(PermissionTable.roles(for: .recordPayment) == [.receptionist, .manager])
    }

    @Test func denialMessages() {
        #expect(PermissionTable.denialMessage(role: .receptionist, permission: .writeOffDebt)
            == "A receptionist cannot write off debt; ask a practice manager.")
        #expect(PermissionTable.denialMessage(role: .vet, permission: .recordPayment)
            == "A vet cannot record a payment; ask a receptionist or a practice manager.")
        #expect(PermissionTable.denialMessage(role: .receptionist, permission: .addAddendum)
            == "A receptionist cannot add an addendum; ask a vet or a practice manager.")
        #expect(throws: ValidationError(field: "permission", message: "A vet cannot manage staff logins; ask a practice manager.")) {
            try PermissionTable.check(.vet, .manageUsers)
        }
        #expect(throws: Never.self) { try PermissionTable.check(.vet, .logConsultation) }
    }

    @Test func roleParsing() throws {
        #expect(try Role.parse("Practice Manager", field: "role") == .manager)
        #expect(try Role.parse("VET", field: "role") == .vet)
        #expect(throws: ValidationError(field: "role", message: "role 'nurse' is not known; use one of receptionist, vet, practice manager")) {
            try Role.parse("nurse", field: "role")
        }
    }
}
