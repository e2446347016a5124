import Foundation
import Testing
@testable import VetCore

@Suite("Marketing consent")
struct ConsentTests {
    @Test("consent is a valid basis for every channel and purpose",
          arguments: ConsentChannel.allCases, ConsentPurpose.allCases)
    func consentAlwaysValid(channel: ConsentChannel, purpose: ConsentPurpose) {
        #expect(throws: Never.self) { try ConsentRules.validate(basis: .consent, channel: channel, purpose: purpose) }
    }

    @Test("soft opt-in only for the practice's own email and SMS marketing", arguments: [
        (ConsentChannel.email, ConsentPurpose.practice, nil),
        (.sms, .practice, nil),
        (.post, .practice, "basis 'soft opt-in' applies only to email and SMS; post marketing needs the client's consent"),
        (.phone, .practice, "basis 'soft opt-in' applies only to email and SMS; phone marketing needs the client's consent"),
        (.email, .thirdParty, "basis 'soft opt-in' cannot be used for third-party marketing; it always needs the client's consent"),
        (.post, .thirdParty, "basis 'soft opt-in' cannot be used for third-party marketing; it always needs the client's consent"),
    ] as [(ConsentChannel, ConsentPurpose, String?)])
    func softOptIn(channel: ConsentChannel, purpose: ConsentPurpose, message: String?) {
        if let message {
            #expect(throws: ValidationError(field: "basis", message: message)) {
                try ConsentRules.validate(basis: .softOptIn, channel: channel, purpose: purpose)
            }
        } else {
            #expect(throws: Never.self) { try ConsentRules.validate(basis: .softOptIn, channel: channel, purpose: purpose) }
        }
    }

    static func at(_ seconds: Double) -> Date { Date(timeIntervalSince1970: 1_700_000_000 + seconds) }

    @Test func latestEventWins() {
        let events = [
            ConsentEventValue(channel: .email, purpose: .practice, action: .granted, basis: .softOptIn, at: Self.at(0)),
            ConsentEventValue(channel: .sms, purpose: .practice, action: .granted, basis: .consent, at: Self.at(10)),
            ConsentEventValue(channel: .email, purpose: .practice, action: .withdrawn, basis: .softOptIn, at: Self.at(20)),
            ConsentEventValue(channel: .post, purpose: .thirdParty, action: .granted, basis: .consent, at: Self.at(30)),
            // Recorded out of order: an older grant must not undo the later withdrawal.
            ConsentEventValue(channel: .email, purpose: .practice, action: .granted, basis: .consent, at: Self.at(5)),
            ConsentEventValue(channel: .sms, purpose: .practice, action: .withdrawn, basis: .consent, at: Self.at(40)),
            ConsentEventValue(channel: .sms, purpose: .practice, action: .granted, basis: .consent, at: Self.at(40)),
        ]
        let state = ConsentState(events: events)
        #expect(!state.isGranted(channel: .email, purpose: .practice))
        #expect(state.event(channel: .email, purpose: .practice)?.action == .withdrawn)
        #expect(state.isGranted(channel: .sms, purpose: .practice), "same instant: later in the log wins")
        #expect(state.basis(channel: .post, purpose: .thirdParty) == .consent)
        #expect(!state.isGranted(channel: .post, purpose: .practice))
        #expect(!state.isGranted(channel: .phone, purpose: .practice))
        #expect(ConsentState(events: []).latest.isEmpty)
        let positional = ConsentEventValue(.email, .practice, .granted, .consent, at: Self.at(0))
        #expect(positional == ConsentEventValue(channel: .email, purpose: .practice, action: .granted, basis: .consent, at: Self.at(0)))
    }

    @Test func choices() throws {
        #expect(try ConsentChannel.parse("SMS", field: "channel") == .sms)
        #expect(try ConsentBasis.parse("soft opt-in", field: "basis") == .softOptIn)
        #expect(try ConsentSource.parse("web form", field: "source") == .webForm)
        #expect(try ConsentPurpose.parse("third-party", field: "purpose") == .thirdParty)
        #expect(ConsentChannel.allCases.filter(\.isElectronic) == [.email, .sms])
    }
}
