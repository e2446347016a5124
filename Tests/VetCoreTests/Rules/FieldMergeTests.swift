import Testing
import VetCore

/// The three-way merge behind a stale save: which fields are asked about, what each defaults
/// to, and the values a choice produces.
@Suite struct FieldMergeTests {
    let labels = [(id: "first", label: "First name"), (id: "town", label: "Town"), (id: "email", label: "Email"),
                  (id: "notes", label: "Notes")]
    let original = ["first": "Zoë", "town": "St Helier", "email": "", "notes": "Bites"]

    @Test func onlyFieldsWhereMineAndTheirsDifferAreAsked() {
        let mine = ["first": "Zoë-Marie", "town": "St Aubin", "email": "", "notes": "Bites"]
        let theirs = ["first": "Zoë", "town": "Gorey", "email": "z@example.net", "notes": "Bites"]
        let merge = FieldMerge(labels: labels, original: original, mine: mine, theirs: theirs)
        #expect(merge.fields.map(\.id) == ["first", "town", "email"])
        #expect(merge.fields.map(\.label) == ["First name", "Town", "Email"])
    }

    @Test func theSideThatChangedNothingFollowsAndAClashKeepsMine() {
        let mine = ["first": "Zoë-Marie", "town": "St Aubin", "email": "", "notes": "Bites"]
        let theirs = ["first": "Zoë", "town": "Gorey", "email": "z@example.net", "notes": "Bites"]
        let merge = FieldMerge(labels: labels, original: original, mine: mine, theirs: theirs)
        let choices = Dictionary(uniqueKeysWithValues: merge.fields.map { ($0.id, $0.choice) })
        #expect(choices == ["first": .mine, "town": .mine, "email": .theirs])
        #expect(merge.fields.map(\.bothChanged) == [false, true, false])
        #expect(merge.merged == ["first": "Zoë-Marie", "town": "St Aubin", "email": "z@example.net", "notes": "Bites"])
    }

    @Test func choicesAreAppliedPerFieldAndToAll() {
        let mine = ["first": "Zoë-Marie", "town": "St Aubin", "email": "", "notes": "Bites"]
        let theirs = ["first": "Zoë", "town": "Gorey", "email": "z@example.net", "notes": "Bites"]
        var merge = FieldMerge(labels: labels, original: original, mine: mine, theirs: theirs)
        merge.choose(.theirs, at: 1)
        merge.choose(.mine, at: 2)
        merge.choose(.theirs, at: 9)
        #expect(merge.merged == ["first": "Zoë-Marie", "town": "Gorey", "email": "", "notes": "Bites"])
        merge.chooseAll(.theirs)
        #expect(merge.merged == theirs)
        merge.chooseAll(.mine)
        #expect(merge.merged == mine)
    }

    @Test func agreeingValuesAskNothingAndMissingFieldsCountAsEmpty() {
        let same = ["first": "Zoë", "town": "Gorey"]
        let merge = FieldMerge(labels: labels, original: original, mine: same, theirs: same)
        #expect(merge.isEmpty)
        #expect(merge.merged == ["first": "Zoë", "town": "Gorey", "email": "", "notes": ""])
    }

    @Test func everyMergedValueIsMineOrTheirs() {
        // Every combination of three values per field: the result is always one of the two sides.
        let values = ["a", "b", "c"]
        for original in values { for mine in values { for theirs in values {
            for choice in [MergeChoice.mine, .theirs] {
                var merge = FieldMerge(labels: [(id: "f", label: "F")], original: ["f": original], mine: ["f": mine],
                                       theirs: ["f": theirs])
                merge.chooseAll(choice)
                let result = merge.merged["f"]
                #expect(result == (mine == theirs ? mine : (choice == .mine ? mine : theirs)))
                #expect(merge.isEmpty == (mine == theirs))
            }
        } } }
    }
}
