import Testing
import TUIKit

@Suite("Command table")
struct CommandTableTests {
    let table = SampleCommands.table

    @Test func sampleTableHasNoProblems() {
        #expect(table.problems().isEmpty)
    }

    @Test("no two commands active on one screen share a key", arguments: SampleCommands.screens.map(\.id))
    func noKeyConflicts(screenID: String) {
        #expect(table.conflicts(onScreen: screenID).isEmpty)
    }

    @Test func conflictsAreDetected() {
        let clash = Command(id: "client.print", title: "Print", group: "Output", keys: [.character("p")])
        let table = CommandTable(
            commands: SampleCommands.commands + [clash],
            screens: [ScreenCommands(id: "clientSearch", title: "Client search", commandIDs: ["client.pets", "client.print"])])
        let conflicts = table.conflicts(onScreen: "clientSearch")
        #expect(conflicts == [KeyConflict(screenID: "clientSearch", key: .character("p"), commandIDs: ["client.pets", "client.print"])])
        #expect(table.problems().contains(.conflict(conflicts[0])))
    }

    @Test func functionKeysNeedALetterTwin() {
        let lonely = Command(id: "report.run", title: "Run report", group: "Reports", keys: [.function(9)])
        let table = CommandTable(commands: [lonely], screens: [ScreenCommands(id: "reports", title: "Reports", commandIDs: ["report.run", "nope"])])
        #expect(table.problems() == [
            .functionKeyWithoutLetterTwin(commandID: "report.run"),
            .unknownCommand(screenID: "reports", commandID: "nope"),
        ])
    }

    @Test func keysResolveOnlyOnScreensThatOfferTheCommand() {
        #expect(table.command(for: .function(2), onScreen: "clientForm")?.id == "client.save")
        #expect(table.command(for: .function(2), onScreen: "clientSearch") == nil)
        #expect(table.command(for: .character("?"), onScreen: "clientForm")?.id == "app.help")
        #expect(table.command(for: .enter, onScreen: "clientSearch")?.id == "client.open")
    }

    @Test func plainLettersBelongToTheFieldWhileTyping() {
        #expect(table.command(for: .character("s"), onScreen: "clientForm", textEntryActive: true) == nil)
        #expect(table.command(for: .ctrl("s"), onScreen: "clientForm", textEntryActive: true)?.id == "client.save")
        #expect(table.command(for: .function(2), onScreen: "clientForm", textEntryActive: true)?.id == "client.save")
    }

    @Test func disabledCommandsExplainWhy() {
        let resolution = table.resolve(.character("x"), onScreen: "clientSearch") { command in
            command.permission == "clients.erase" ? .disabled(reason: "only the practice manager may erase") : .enabled
        }
        guard case .disabled(let command, let reason) = resolution else {
            Issue.record("expected a disabled command, got \(resolution)")
            return
        }
        #expect(command.id == "client.erase")
        #expect(reason == "only the practice manager may erase")
        #expect(table.resolve(.character("n"), onScreen: "clientSearch") == .run(SampleCommands.commands[8]))
        #expect(table.resolve(.character("z"), onScreen: "clientSearch") == .none)
    }

    @Test func helpIsGroupedAndShowsDisabledReasons() {
        let help = table.helpContent(onScreen: "clientSearch") { command in
            command.isDestructive ? .disabled(reason: "no client selected") : .enabled
        }
        #expect(help.title == "Help: Client search")
        #expect(help.sections.map(\.group) == ["Navigation", "Finding", "Editing", "Data protection", "General"])
        let erase = help.sections[3].entries[0]
        #expect(erase == HelpEntry(keys: "F8 / x", title: "Erase client (data-protection request)", disabledReason: "no client selected"))
        let lines = help.lines(width: 60).map(\.text)
        #expect(lines.contains("F1 / ?   Show help"))
        #expect(lines.contains("F8 / x   Erase client (data-protection request)"))
        #expect(lines.contains("         (unavailable: no client selected)"), "long entries wrap under their title")
        #expect(!lines.contains { $0.contains("…") })
    }
}

@Suite("Confirmations")
struct ConfirmationTests {
    let finalise = Command(id: "invoice.finalise", title: "Finalise", group: "Invoice", keys: [.function(2), .character("f")],
                           barLabel: "Finalise", confirm: "Finalise this invoice? It cannot be edited afterwards.")

    @Test func aCommandDeclaresItsQuestionWithNoAsTheDefault() throws {
        let plain = Command(id: "x", title: "Refresh", group: "G", keys: [.character("r")])
        #expect(plain.confirmationDialog() == nil)
        var dialog = try #require(finalise.confirmationDialog(subject: "Invoice INV-0042"))
        #expect(dialog.message == "Invoice INV-0042\nFinalise this invoice? It cannot be edited afterwards.")
        #expect(dialog.selectedButton == .no && dialog.isDestructive)
        var enter = dialog
        #expect(enter.handle(.enter) == .chose("no"))
        #expect(dialog.handle(.escape) == .cancelled)
        #expect(dialog.handle(.character("y")) == .chose("yes"))
    }

    @Test func theKeyReferenceShowsTheQuestion() {
        let table = CommandTable(commands: [finalise], screens: [ScreenCommands(id: "invoice", title: "Invoice",
                                                                                  commandIDs: ["invoice.finalise"])])
        #expect(table.markdownReference().contains(
            "| `F2` `f` | Finalise | Invoice | asks first: “Finalise this invoice? It cannot be edited afterwards.” (No is the default) |"))
    }
}
