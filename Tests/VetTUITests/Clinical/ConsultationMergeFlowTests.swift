import Foundation
import Testing
import TUIKit
import VetCore
import VetStore
@testable import VetTUI

/// Two vets correcting the same unlocked note: the later save is merged field by field, the
/// treatments among the fields, instead of being refused.
@MainActor
@Suite struct ConsultationMergeFlowTests {
    @Test func aStaleCorrectionIsMergedWithTheOtherVetsAssessment() throws {
        let practice = try TestPractice.clinical()
        let victor = try practice.addSecondVetSession()
        let (note, _) = try practice.rexConsultation(vet: victor)
        let vet = AppDriver(practice, size: TerminalSize(rows: 40, columns: 120))
        vet.openZoe(as: "victor", "victor-vet-pass")
        vet.send([.right, .enter])
        #expect(vet.app.stack.last?.screenID == AppCommands.ScreenID.consultation)
        vet.send([.tab, .tab, .tab, .tab, .tab, .tab])
        vet.type("Rest for a week; recheck on Friday.")
        // Meanwhile the same note is corrected elsewhere: an assessment is added.
        let stored = try practice.store.consultation(id: note.id ?? 0)
        var values = ConsultationFields.form(for: stored.consultation).values
        values["assessment"] = "Soft-tissue sprain of the carpus."
        guard case .valid(let details) = ConsultationFields.details(
            values, lines: stored.lines.map(\.treatmentLine), today: TestPractice.today) else {
            Issue.record("the other vet's correction is invalid")
            return
        }
        try practice.store.updateConsultation(id: note.id ?? 0, expectedVersion: stored.consultation.version,
                                              details: details, as: victor)
        vet.send([.function(2)])
        #expect(vet.app.stack.last?.screenID == AppCommands.MergeID.screen, "\(vet.screen)")
        #expect(vet.screen.contains("[x] Theirs   Soft-tissue sprain of the carpus."), "\(vet.screen)")
        #expect(vet.screen.contains("[x] Yours    Rest for a week; recheck on Friday."), "\(vet.screen)")
        vet.send([.function(2)])
        #expect(vet.flowingText.contains("Consultation corrected with the values you chose"), "\(vet.screen)")
        let saved = try practice.store.consultation(id: note.id ?? 0)
        #expect(saved.consultation.assessment == "Soft-tissue sprain of the carpus.")
        #expect(saved.consultation.plan == "Rest for a week; recheck on Friday.")
        #expect(saved.lines.count == 2, "the treatments, the same on both sides, are kept")
    }
}
