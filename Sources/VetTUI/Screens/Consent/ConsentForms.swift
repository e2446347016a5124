import Foundation
import TUIKit
import VetCore
import VetStore

/// The consent panel's and client record's consent forms: granting asks the basis (consent, or the
/// soft opt-in where the law allows it: the practice's own email and SMS marketing) and the
/// wording version the person agreed to; withdrawing asks how the person asked, then confirms.
@MainActor
enum ConsentForms {
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
        var fields = [PickLists.field("how", "How told", options: PickLists.options(ConsentSource.self), value: source.rawValue),
                      FormSupport.field("wording", "Wording version", value: current ?? "", maxLength: 40)]
        if softAllowed {
            fields.insert(PickLists.field("basis", "Basis", options: PickLists.options(ConsentBasis.self),
                                          value: ConsentBasis.consent.rawValue), at: 0)
        }
        return RightsForm(
            title: "Record consent",
            heading: "\(channel.displayName) marketing (\(purpose.displayName.lowercased())): record consent",
            hint: (softAllowed ? "Basis: consent (the person agreed to the wording) or soft opt-in (details given during "
                + "a sale, for our own similar services; lapses after the practice's period with no sale). " : "")
                + "Wording version: the version of the consent wording the person "
                + "saw" + (current.map { " (the wording in use is \($0))." } ?? " (e.g. 2025-01)."),
            fields: fields,
            fieldIDs: ["basis": "basis", "wording version": "wording"],
            submit: { values in
                var basis = ConsentBasis.consent
                if softAllowed {
                    guard let chosen = try? ConsentBasis.parse(values["basis"] ?? "") else {
                        return .invalid(["basis": "basis must be chosen from the list: consent or soft opt-in"])
                    }
                    basis = chosen
                }
                guard let how = pickSource(values["how"] ?? "") else {
                    return .invalid(["how": "how told must be chosen from the list"])
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
            hint: "How did the person ask? Withdrawing is always allowed and takes effect at once.",
            fields: [PickLists.field("how", "How asked", options: PickLists.options(ConsentSource.self), value: source.rawValue)],
            fieldIDs: [:],
            submit: { values in
                guard let how = pickSource(values["how"] ?? "") else {
                    return .invalid(["how": "how asked must be chosen from the list"])
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
