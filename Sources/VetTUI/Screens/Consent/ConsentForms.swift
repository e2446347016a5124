import Foundation
import TUIKit
import VetCore
import VetStore

/// The consent panel's and client record's consent forms: granting asks the basis (consent, or the
/// soft opt-in where the law allows it: the practice's own email and SMS marketing) and the
/// wording version the person agreed to; withdrawing asks how the person asked, then confirms.
@MainActor
enum ConsentForms {
    static func sourcePickList() -> String {
        ConsentSource.allCases.enumerated().map { "\($0.offset + 1) \($0.element.displayName.lowercased())" }
            .joined(separator: ", ")
    }

    static func pickSource(_ text: String) -> ConsentSource? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let number = Int(key), ConsentSource.allCases.indices.contains(number - 1) { return ConsentSource.allCases[number - 1] }
        return ConsentSource.allCases.first { $0.displayName.lowercased() == key || $0.rawValue.lowercased() == key }
    }

    /// Whether the soft opt-in may be the basis for this channel and purpose.
    static func allowsSoftOptIn(_ channel: ConsentChannel, _ purpose: ConsentPurpose) -> Bool {
        channel.isElectronic && purpose == .practice
    }

    static func grant(clientID: Int64, channel: ConsentChannel, purpose: ConsentPurpose, source: ConsentSource,
                      wording current: String? = nil) -> RightsForm {
        let softAllowed = allowsSoftOptIn(channel, purpose)
        var fields = [FormSupport.field("how", "How told (1–5)", value: "\((ConsentSource.allCases.firstIndex(of: source) ?? 0) + 1)",
                                       maxLength: 20),
                      FormSupport.field("wording", "Wording version", value: current ?? "", maxLength: 40)]
        if softAllowed { fields.insert(FormSupport.field("basis", "Basis (1–2)", value: "1", maxLength: 20), at: 0) }
        return RightsForm(
            title: "Record consent",
            heading: "\(channel.displayName) marketing (\(purpose.displayName.lowercased())): record consent",
            hint: (softAllowed ? "Basis: 1 consent (the person agreed to the wording), 2 soft opt-in (details given during "
                + "a sale, for our own similar services; lapses after the practice's period with no sale). " : "")
                + "How told: " + sourcePickList() + ". Wording version: the version of the consent wording the person "
                + "saw" + (current.map { " (the wording in use is \($0))." } ?? " (e.g. 2025-01)."),
            fields: fields,
            fieldIDs: ["basis": "basis", "wording version": "wording"],
            submit: { values in
                var basis = ConsentBasis.consent
                if softAllowed {
                    switch (values["basis"] ?? "").trimmingCharacters(in: .whitespaces).lowercased() {
                    case "1", "consent": basis = .consent
                    case "2", "soft opt-in", "soft opt in", "softoptin": basis = .softOptIn
                    default: return .invalid(["basis": "basis must be 1 (consent) or 2 (soft opt-in)"])
                    }
                }
                guard let how = pickSource(values["how"] ?? "") else {
                    return .invalid(["how": "how told must be a number from 1 to 5: " + sourcePickList()])
                }
                let wording = (values["wording"] ?? "").trimmingCharacters(in: .whitespaces)
                if basis == .consent, wording.isEmpty {
                    return .invalid(["wording": "wording version must say which consent wording the person agreed to"])
                }
                return .run(Effect.asUser("grant") { store, user in
                    _ = try store.grantConsent(clientID: clientID, channel: channel, purpose: purpose, basis: basis, source: how,
                                               wordingVersion: wording.isEmpty ? nil : wording, as: user)
                    return .done
                })
            },
            done: { _ in .pop(StatusMessage("Consent recorded.", kind: .success)) })
    }

    /// Withdraws `pairs` (one, or every consent given) after asking how the person asked and confirming.
    static func withdraw(clientID: Int64, clientName: String, pairs: [(ConsentChannel, ConsentPurpose)],
                         source: ConsentSource) -> RightsForm {
        let named = pairs.map { "\($0.0.displayName) (\($0.1.displayName.lowercased()))" }.joined(separator: ", ")
        let what = pairs.count == 1 ? "\(pairs[0].0.displayName) marketing (\(pairs[0].1.displayName.lowercased()))"
            : "all \(pairs.count) marketing consents: \(named)"
        return RightsForm(
            title: "Withdraw consent",
            heading: "Withdraw \(what) for \(clientName)",
            hint: "How did the person ask? " + sourcePickList() + ". Withdrawing is always allowed and takes effect at once.",
            fields: [FormSupport.field("how", "How asked (1–5)", value: "\((ConsentSource.allCases.firstIndex(of: source) ?? 0) + 1)",
                                       maxLength: 20)],
            fieldIDs: [:],
            submit: { values in
                guard let how = pickSource(values["how"] ?? "") else {
                    return .invalid(["how": "how asked must be a number from 1 to 5: " + sourcePickList()])
                }
                let dialog = DialogState.confirmDestructive(action: "Withdraw", thing: what + " (asked by \(how.displayName.lowercased()))",
                                                            consequence: "No marketing is sent on these until consent is given again.")
                return .confirm(dialog, Effect.asUser("withdraw") { store, user in
                    for (channel, purpose) in pairs {
                        try store.withdrawConsent(clientID: clientID, channel: channel, purpose: purpose, source: how, as: user)
                    }
                    return .done
                })
            },
            done: { _ in .pop(StatusMessage("Consent withdrawn (\(what)).", kind: .success)) })
    }
}
