import TUIKit
import VetStore

/// The keys a receptionist presses: log in, open the client search, then type every sample query one character at a
/// time into client search, clearing the box (F3) between queries.
enum UIKeystrokeScript {
    /// The key that empties the search box when the search screen is already open.
    static let clearSearch = Key.function(3)

    static func events(login: DemoPractice.Login, kinds: [BenchQueryKind]) -> [ScriptedEvent] {
        var events: [ScriptedEvent] = []
        events += typed(login.username) + [ScriptedEvent(event: .key(.enter))]
        events += typed(login.password) + [ScriptedEvent(event: .key(.enter))]
        // Login lands on Today; the same key that clears the box opens the search from there.
        events.append(ScriptedEvent(event: .key(clearSearch)))
        // Warm-up, not measured: the first sample of every kind once, so the figures describe
        // an app that has been open for a while (statements prepared, pages cached).
        for kind in kinds {
            guard let first = kind.queries.first else { continue }
            events += typed(first) + [ScriptedEvent(event: .key(clearSearch))]
        }
        for (index, kind) in kinds.enumerated() {
            for query in kind.queries {
                var soFar = ""
                for character in query {
                    soFar.append(character)
                    let label = soFar.allSatisfy(\.isWhitespace)
                        ? nil : KeystrokeLabel(kind: index, typed: soFar, completesQuery: soFar == query)
                    events.append(ScriptedEvent(event: .key(.character(character)), measured: label))
                }
                events.append(ScriptedEvent(event: .key(clearSearch)))
            }
        }
        return events
    }

    private static func typed(_ text: String) -> [ScriptedEvent] {
        text.map { ScriptedEvent(event: .key(.character($0))) }
    }
}
