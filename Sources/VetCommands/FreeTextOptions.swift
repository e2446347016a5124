import ArgumentParser
import Foundation
import VetCore
import VetStore

/// What to do with each place the text that is kept names the person: `--redact-all`, or
/// `--keep HIT=REASON` per hit; `--keep-microchip PET=REASON` keeps a pet's microchip.
struct FreeTextOptions: ParsableArguments {
    @Flag(name: .customLong("redact-all"), help: "Replace every listed match not kept with [redacted].")
    var redactAll = false

    @Option(name: .customLong("keep"), parsing: .singleValue,
            help: ArgumentHelp("Keep one listed match, with the reason (repeatable), e.g. H3fa9c2d1='clinically relevant'.",
                               valueName: "hit=reason"))
    var keep: [String] = []

    @Option(name: .customLong("keep-microchip"), parsing: .singleValue,
            help: ArgumentHelp("Keep a kept pet's microchip, with the reason (repeatable), e.g. 40='stray, registry asked'.",
                               valueName: "pet=reason"))
    var keepMicrochip: [String] = []

    func validate() throws {
        for text in keep where Self.pair(text) == nil {
            throw ValidationError("--keep: '\(text)' must be HIT=REASON, e.g. H3fa9c2d1=clinically relevant")
        }
        for text in keepMicrochip where Self.pair(text).flatMap({ Int64($0.0) }) == nil {
            throw ValidationError("--keep-microchip: '\(text)' must be PET=REASON with the pet's number, e.g. 40=registry asked")
        }
    }

    func decisions() -> FreeTextDecisions {
        var decisions = FreeTextDecisions(redactAll: redactAll)
        for (hit, reason) in keep.compactMap(Self.pair) { decisions.kept[hit] = reason }
        for (pet, reason) in keepMicrochip.compactMap(Self.pair) { if let id = Int64(pet) { decisions.keptMicrochips[id] = reason } }
        return decisions
    }

    private static func pair(_ text: String) -> (String, String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let key = text[..<equals].trimmingCharacters(in: .whitespaces)
        let value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        return key.isEmpty || value.isEmpty ? nil : (key, value)
    }

    /// Prints every hit and microchip; refuses (exit 1) while any hit is undecided.
    static func report(_ review: ErasureReview, decisions: FreeTextDecisions, action: String) throws {
        let known = Set(review.hits.map(\.id))
        if let stray = decisions.kept.keys.sorted().first(where: { !known.contains($0) }) {
            throw CommandFailure(message: "--keep: \(stray) is not one of the hits found; nothing was \(action). "
                + "Run without --keep to list them")
        }
        let pets = Set(review.microchips.map(\.petID))
        if let stray = decisions.keptMicrochips.keys.sorted().first(where: { !pets.contains($0) }) {
            throw CommandFailure(message: "--keep-microchip: pet \(stray) is not a kept pet with a microchip; nothing was \(action)")
        }
        for hit in review.hits {
            let decided = decisions.kept[hit.id].map { "keep: \($0)" } ?? (decisions.redactAll ? "redact" : "UNDECIDED")
            printRow(["hit \(hit.id)", hit.location, hit.kind, "\"\(hit.context)\"", decided])
        }
        for chip in review.microchips {
            let decided = decisions.keptMicrochips[chip.petID].map { "keep: \($0)" } ?? "remove"
            printRow(["microchip", "pet \(chip.petID) \(chip.petName)", chip.microchip, decided])
        }
        for export in review.exports {
            printRow(["export \(export.id)", export.sentence(zone: .current),
                      "delete it, then: vetdesk exports deleted \(export.id) --on DATE"])
        }
        let undecided = review.undecided(decisions)
        guard undecided.isEmpty else {
            throw CommandFailure(message: "\(undecided.count) of \(review.hits.count) places in the text that is kept name the person "
                + "(listed above); nothing was \(action). Give --redact-all, or --keep HIT=REASON for each to keep")
        }
    }
}
