import Testing
import VetCore

/// Impossible inputs are refused with a message naming the field and the rule.
@Suite("Deadline: refused inputs")
struct DeadlineRefusalTests {
    /// Runs the engine and returns its refusals, failing the test if it accepted the input.
    static func refusals(_ input: RequestClockInput, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> [ValidationError] {
        let today = try day("2030-01-01")
        let error = try #require(throws: ValidationErrors.self, sourceLocation: sourceLocation) {
            try DeadlineEngine.deadline(for: input, asOf: today)
        }
        return error.errors
    }

    static func input(_ edit: (inout RequestClockInput) throws -> Void) throws -> RequestClockInput {
        var input = RequestClockInput(received: try day("2025-09-10"), region: .englandWales)
        try edit(&input)
        return input
    }

    @Test func pauseAnsweredBeforeAsked() throws {
        let errors = try Self.refusals(try Self.input {
            $0.pauses = [ClarificationPause(asked: try day("2025-09-15"), answered: try day("2025-09-14"))]
        })
        #expect(errors.map(\.field) == ["pause"])
        #expect(errors.first?.message.contains("answered on Sun 14 Sep 2025, before it was asked") == true)
    }

    @Test func pauseAskedBeforeTheRequest() throws {
        let errors = try Self.refusals(try Self.input {
            $0.pauses = [ClarificationPause(asked: try day("2025-09-09"), answered: try day("2025-09-12"))]
        })
        #expect(errors.map(\.field) == ["pause"])
    }

    @Test func identityReceivedBeforeTheRequest() throws {
        let errors = try Self.refusals(try Self.input { $0.identityReceived = try day("2025-09-09") })
        #expect(errors.map(\.field) == ["identityReceived"])
        #expect(errors.first?.message.contains("before the request was received on Wed 10 Sep 2025") == true)
    }

    @Test func identityReceivedBeforeItWasAsked() throws {
        let errors = try Self.refusals(try Self.input {
            $0.identityAsked = try day("2025-09-12")
            $0.identityReceived = try day("2025-09-11")
        })
        #expect(errors.map(\.field) == ["identityReceived"])
    }

    @Test func identityAskedBeforeTheRequest() throws {
        let errors = try Self.refusals(try Self.input { $0.identityAsked = try day("2025-09-01") })
        #expect(errors.map(\.field) == ["identityAsked"])
    }

    @Test func feePaidBeforeAsked() throws {
        let errors = try Self.refusals(try Self.input {
            $0.feeAsked = try day("2025-09-12")
            $0.feePaid = try day("2025-09-11")
        })
        #expect(errors.map(\.field) == ["feePaid"])
    }

    @Test func feePaidWithoutBeingAsked() throws {
        let errors = try Self.refusals(try Self.input { $0.feePaid = try day("2025-09-11") })
        #expect(errors.map(\.field) == ["feePaid"])
    }

    @Test func feeAskedBeforeTheRequest() throws {
        let errors = try Self.refusals(try Self.input { $0.feeAsked = try day("2025-09-01") })
        #expect(errors.map(\.field) == ["feeAsked"])
    }

    @Test func extensionNoticeBeforeTheRequest() throws {
        let errors = try Self.refusals(try Self.input {
            $0.extended = true
            $0.extensionNoticeSent = try day("2025-09-01")
        })
        #expect(errors.map(\.field) == ["extensionNoticeSent"])
    }

    @Test(arguments: [PracticeRegion.englandWales, .jersey])
    func extensionNoticeAfterItsDeadline(region: PracticeRegion) throws {
        // UK notice by 10 Oct 2025 (one month); Jersey by 8 Oct 2025 (four weeks).
        let errors = try Self.refusals(try Self.input {
            $0.region = region
            $0.extended = true
            $0.extensionNoticeSent = try day("2025-10-11")
        })
        #expect(errors.map(\.field) == ["extensionNoticeSent"])
        #expect(errors.first?.message.contains(region == .jersey ? "Wed 8 Oct 2025" : "Fri 10 Oct 2025") == true)
    }

    @Test func overlappingAnsweredPauses() throws {
        let errors = try Self.refusals(try Self.input {
            $0.pauses = [ClarificationPause(asked: try day("2025-09-15"), answered: try day("2025-09-20")),
                         ClarificationPause(asked: try day("2025-09-20"), answered: try day("2025-09-22"))]
        })
        #expect(errors.map(\.field) == ["pause"])
        #expect(errors.first?.message.contains("overlaps") == true)
    }

    @Test func pauseAfterAnUnansweredPause() throws {
        let errors = try Self.refusals(try Self.input {
            $0.pauses = [ClarificationPause(asked: try day("2025-09-25"), answered: try day("2025-09-26")),
                         ClarificationPause(asked: try day("2025-09-15"))]
        })
        #expect(errors.map(\.field) == ["pause"])
    }

    @Test func everyProblemIsReportedAtOnce() throws {
        let errors = try Self.refusals(try Self.input {
            $0.identityReceived = try day("2025-09-01")
            $0.feePaid = try day("2025-09-02")
            $0.pauses = [ClarificationPause(asked: try day("2025-09-15"), answered: try day("2025-09-14"))]
        })
        #expect(Set(errors.map(\.field)) == ["identityReceived", "feePaid", "pause"])
    }

    @Test func consecutivePausesAreAccepted() throws {
        let input = try Self.input {
            $0.pauses = [ClarificationPause(asked: try day("2025-09-15"), answered: try day("2025-09-16")),
                         ClarificationPause(asked: try day("2025-09-17"), answered: try day("2025-09-17"))]
        }
        #expect(try DeadlineEngine.deadline(for: input, asOf: try day("2030-01-01")).pausedDays == 3)
    }
}
