/// Whether a widget used a key; unhandled keys go on to the screen's command table.
public enum KeyHandling: Hashable, Sendable {
    case handled
    case notHandled
}
