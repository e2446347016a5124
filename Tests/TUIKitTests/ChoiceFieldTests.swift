import Testing
import TUIKit

@Suite("Pick lists")
struct ChoiceFieldTests {
    static let statuses = [ChoiceOption(value: "moreInfoRequested", label: "More information requested"),
                           ChoiceOption(value: "paid", label: "Paid"), ChoiceOption(value: "partPaid", label: "Part paid")]
    static let sexes = [ChoiceOption(value: "male", label: "Male"), ChoiceOption(value: "female", label: "Female"),
                        ChoiceOption(value: "unknown", label: "Unknown")]

    private func type(_ text: String, into state: inout ChoiceFieldState) {
        for character in text { _ = state.handle(.character(character)) }
    }

    @Test func typingFindsAnyWordOfTheLabelAndStoresTheRawValue() {
        var status = ChoiceFieldState(options: Self.statuses)
        #expect(status.text == "")
        type("info", into: &status)
        #expect(status.label == "More information requested")
        #expect(status.text == "moreInfoRequested")
        var sex = ChoiceFieldState(options: Self.sexes)
        type("m", into: &sex)
        #expect(sex.text == "male", "\"m\" chooses Male, the first label with a word starting m")
        var part = ChoiceFieldState(options: Self.statuses)
        type("part p", into: &part)
        #expect(part.text == "partPaid")
    }

    @Test func textMatchingNothingIsRefused() {
        var sex = ChoiceFieldState(options: Self.sexes, value: "female")
        type("fx", into: &sex)
        #expect(sex.text == "female" && sex.query == "f")
        _ = sex.handle(.backspace)
        #expect(sex.query == "" && sex.text == "female")
    }

    @Test func arrowsMoveAndEnterOpensAndCloses() {
        var sex = ChoiceFieldState(options: Self.sexes, value: "Male")
        #expect(sex.text == "male" && !sex.isOpen, "a value matches by raw value or label")
        #expect(sex.handle(.down) == .handled)
        #expect(sex.text == "female" && sex.isOpen)
        _ = sex.handle(.down)
        _ = sex.handle(.down)
        #expect(sex.text == "unknown", "stops at the last entry")
        #expect(sex.handle(.enter) == .handled)
        #expect(!sex.isOpen)
        #expect(sex.handle(.tab) == .notHandled)
        #expect(sex.handle(.escape) == .notHandled)
    }

    @Test func otherLetsAFreeTextBeTyped() {
        let species = [ChoiceOption(value: "Dog", label: "Dog"), ChoiceOption(value: "Cat", label: "Cat")]
        var field = ChoiceFieldState(options: species, otherLabel: "Other…")
        type("dog", into: &field)
        #expect(field.text == "Dog", "typing \"dog\" chooses Dog, never a second spelling")
        type("x", into: &field)
        #expect(field.text == "Dog")
        var other = ChoiceFieldState(options: species, otherLabel: "Other…")
        type("oth", into: &other)
        #expect(other.isOtherSelected && other.text == "")
        _ = other.handle(.enter)
        type("Tortoise", into: &other)
        #expect(other.text == "Tortoise")
        let loaded = ChoiceFieldState(options: species, value: "Axolotl", otherLabel: "Other…")
        #expect(loaded.text == "Axolotl" && loaded.freeText != nil, "a stored species outside the list loads as free text")
        var back = loaded
        _ = back.handle(.up)
        #expect(back.freeText == nil && back.isOpen, "Up returns to the list")
    }

    @Test func rendersTheLabelAndTheOpenListInAForm() {
        var form = FormState(fields: [.choice("sex", label: "Sex", options: Self.sexes, value: "male", width: 14),
                                      .text("name", label: "Name", value: "Rex"),
                                      .text("breed", label: "Breed"), .text("colour", label: "Colour"),
                                      .text("chip", label: "Chip")])
        var buffer = ScreenBuffer(rows: 6, columns: 24)
        Form.render(form, into: &buffer, in: buffer.bounds)
        #expect(buffer.text.split(separator: "\n").first == "Sex:    Male           ▾")
        _ = form.handle(.character("f"))
        #expect(form.value(of: "sex") == "female" && form.isDirty)
        buffer = ScreenBuffer(rows: 6, columns: 24)
        Form.render(form, into: &buffer, in: buffer.bounds)
        #expect(buffer.text == """
            Sex:    Female         ▾
            Name:   ┌──────────────┐
            Breed:  │ Male         │
            Colour: │>Female       │
            Chip:   │ Unknown      │
                    └──────────────┘
            """)
        _ = form.handle(.tab)
        buffer = ScreenBuffer(rows: 6, columns: 24)
        Form.render(form, into: &buffer, in: buffer.bounds)
        #expect(buffer.text.split(separator: "\n")[1] == "Name:   Rex", "leaving the field closes the list")
    }
}
