import Testing
@testable import VetCore

@Suite("Claim and request workflows")
struct WorkflowTests {
    static let legalClaimMoves: Set<[ClaimStatus]> = [
        [.draft, .submitted], [.draft, .withdrawn],
        [.submitted, .moreInfoRequested], [.submitted, .paid], [.submitted, .partPaid],
        [.submitted, .declined], [.submitted, .withdrawn],
        [.moreInfoRequested, .submitted], [.moreInfoRequested, .withdrawn],
        [.partPaid, .partPaid], [.partPaid, .paid],
    ]

    static var allClaimPairs: [[ClaimStatus]] {
        ClaimStatus.allCases.flatMap { from in ClaimStatus.allCases.map { [from, $0] } }
    }

    @Test("every claim move is legal exactly when the product rule says so", arguments: allClaimPairs)
    func claimMove(pair: [ClaimStatus]) {
        #expect(pair[0].canMove(to: pair[1]) == Self.legalClaimMoves.contains(pair))
    }

    @Test("illegal claim moves are refused in words", arguments: [
        (ClaimStatus.paid, ClaimStatus.submitted, "a claim that is paid cannot be moved to submitted; paid is final"),
        (.draft, .paid, "a claim that is draft cannot be moved to paid; it can move to submitted or withdrawn"),
        (.moreInfoRequested, .paid,
         "a claim that is more information requested cannot be moved to paid; it can move to submitted or withdrawn"),
        (.withdrawn, .draft, "a claim that is withdrawn cannot be moved to draft; withdrawn is final"),
        (.declined, .submitted, "a claim that is declined cannot be moved to submitted; declined is final"),
    ])
    func claimError(from: ClaimStatus, to: ClaimStatus, message: String) {
        #expect(!from.canMove(to: to))
        #expect(ClaimStatus.transitionError(from: from, to: to) == ValidationError(field: "status", message: message))
    }

    @Test func claimFlags() throws {
        #expect(ClaimStatus.allCases.filter(\.isOpen) == [.draft, .submitted, .moreInfoRequested])
        #expect(ClaimStatus.allCases.filter(\.isSettled) == [.paid, .partPaid, .declined])
        #expect(try ClaimStatus.parse("Part paid", field: "status") == .partPaid)
        #expect(try ClaimStatus.parse("more-info-requested", field: "status") == .moreInfoRequested)
    }

    static let legalRequestMoves: [RequestStatus: Set<RequestStatus>] = [
        .received: [.awaitingIdentity, .awaitingFee, .awaitingClarification, .inProgress, .readyForReview,
                    .refused, .withdrawn],
        .awaitingIdentity: [.awaitingFee, .awaitingClarification, .inProgress, .readyForReview, .refused, .withdrawn],
        .awaitingFee: [.awaitingIdentity, .awaitingClarification, .inProgress, .readyForReview, .refused, .withdrawn],
        .awaitingClarification: [.awaitingIdentity, .awaitingFee, .inProgress, .readyForReview, .refused, .withdrawn,
                                 .closedWithoutClarification],
        .inProgress: [.awaitingIdentity, .awaitingFee, .awaitingClarification, .readyForReview,
                      .completed, .partlyCompleted, .refused, .withdrawn],
        .readyForReview: [.awaitingIdentity, .awaitingFee, .awaitingClarification, .inProgress,
                          .completed, .partlyCompleted, .refused, .withdrawn],
    ]

    @Test("every request move follows the documented table", arguments: RequestStatus.allCases)
    func requestMoves(from: RequestStatus) {
        let expected = Self.legalRequestMoves[from] ?? []
        for to in RequestStatus.allCases {
            #expect(from.canMove(to: to) == expected.contains(to), "\(from) → \(to)")
        }
        #expect(from.isClosed == expected.isEmpty)
    }

    @Test("illegal request moves are refused in words", arguments: [
        (RequestStatus.completed, RequestStatus.inProgress, "a request that is completed cannot be moved to in progress; completed is final"),
        (.received, .completed,
         "a request that is received cannot be moved to completed; it can move to awaiting identity, awaiting fee, awaiting clarification, in progress, ready for review, refused or withdrawn"),
        (.inProgress, .closedWithoutClarification,
         "a request that is in progress cannot be moved to closed without clarification; it can move to awaiting identity, awaiting fee, awaiting clarification, ready for review, completed, partly completed, refused or withdrawn"),
        (.refused, .withdrawn, "a request that is refused cannot be moved to withdrawn; refused is final"),
    ])
    func requestError(from: RequestStatus, to: RequestStatus, message: String) {
        #expect(!from.canMove(to: to))
        #expect(RequestStatus.transitionError(from: from, to: to) == ValidationError(field: "status", message: message))
    }

    @Test func requestNames() throws {
        #expect(RequestStatus.closedWithoutClarification.displayName == "Closed without clarification")
        #expect(try RequestStatus.parse("AWAITING identity", field: "status") == .awaitingIdentity)
    }
}
