import Testing
import TUIKit

@Suite("Keys reference")
struct KeysMarkdownTests {
    @Test func markdownListsGlobalAndScreenCommands() {
        let markdown = SampleCommands.table.markdownReference()
        let expected = """
            # Keys

            <!-- Generated from the command table. Do not edit by hand. -->

            Every F-key has a plain-key twin, because some terminals swallow F-keys.
            While typing in a field, plain keys type text; use the F-key or Ctrl form.

            ## Everywhere

            | Keys | Command | Group | Notes |
            | --- | --- | --- | --- |
            | `F1` `?` | Show help | General |  |
            | `F10` `q` | Quit VetDesk | General |  |

            ## Client search

            | Keys | Command | Group | Notes |
            | --- | --- | --- | --- |
            | `Enter` | Open client | Navigation |  |
            | `F3` `/` | Search clients | Finding |  |
            | `F7` `n` | New client | Editing |  |
            | `F5` `r` | Refresh | Finding |  |
            | `F6` `p` | Show pets | Navigation |  |
            | `F8` `x` | Erase client (data-protection request) | Data protection | asks for confirmation; needs `clients.erase` |
            | `Esc` | Go back or cancel | General |  |

            ## Client form

            | Keys | Command | Group | Notes |
            | --- | --- | --- | --- |
            | `F2` `Ctrl-S` `s` | Save client | Editing |  |
            | `Esc` | Go back or cancel | General |  |

            """
        #expect(markdown == expected)
    }

    @Test func pipesAreEscaped() {
        let table = CommandTable(
            commands: [Command(id: "x", title: "Filter | sort", group: "Lists", keys: [.character("|")])],
            screens: [ScreenCommands(id: "s", title: "S", commandIDs: ["x"])])
        #expect(table.markdownReference().contains("| `\\|` | Filter \\| sort | Lists |  |"))
    }
}
