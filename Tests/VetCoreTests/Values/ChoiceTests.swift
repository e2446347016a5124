import Testing
@testable import VetCore

@Suite("Choice lists")
struct ChoiceTests {
    @Test func rawValuesAreCaseNames() {
        #expect(ClaimStatus.moreInfoRequested.rawValue == "moreInfoRequested")
        #expect(RequestKind.consentWithdrawal.rawValue == "consentWithdrawal")
        #expect(PaymentMethod.bankTransfer.rawValue == "bankTransfer")
        #expect(ConsultationKind.inPerson.rawValue == "inPerson")
    }

    @Test("parse accepts raw value or display name in any case", arguments: [
        ("male", PetSex.male), ("FEMALE", .female), (" Unknown ", .unknown),
    ])
    func petSex(text: String, expected: PetSex) throws {
        #expect(try PetSex.parse(text, field: "sex") == expected)
    }

    @Test func refusalListsChoices() {
        #expect(throws: ValidationError(field: "sex", message: "sex 'dog' is not known; use one of male, female, unknown")) {
            try PetSex.parse("dog", field: "sex")
        }
        #expect(throws: ValidationError(field: "payment method", message: "payment method must not be empty; use one of cash, card, bank transfer, insurer, cheque")) {
            try PaymentMethod.parse("  ")
        }
        #expect(throws: ValidationError(field: "kind", message: "kind 'zoom' is not known; use one of in person, online video, phone")) {
            try ConsultationKind.parse("zoom", field: "kind")
        }
    }

    @Test func namesAndFlags() throws {
        #expect(try RequestChannel.parse("in person") == .inPerson)
        #expect(try RequestKind.parse("Consent Withdrawal") == .consentWithdrawal)
        #expect(RequestKind.access.displayName == "Access")
        #expect(try LedgerEntryKind.parse("credit-note") == .creditNote)
        #expect(try ClientStatus.parse("Anonymised") == .anonymised)
        #expect(try PetStatus.parse("deceased") == .deceased)
        #expect(ConsultationKind.allCases.filter(\.isOnline) == [.video, .phone])
        #expect(ClientStatus.allCases.filter(\.mayReceiveMarketing) == [.active])
    }
}
