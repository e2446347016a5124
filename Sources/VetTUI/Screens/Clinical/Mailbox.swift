import VetStore

/// Hands a value loaded by an effect to the screen that asked for it.
///
/// `EffectPayload` is the shell's short list of shared payloads. The clinical, money and
/// insurance screens load many kinds of value, so rather than widen that list per screen each
/// keeps a box: the effect (run by the shell, on the main actor, before `receive`) fills it and
/// `receive` takes the value out.
final class Mailbox<Value> {
    private var value: Value?

    func put(_ value: Value) { self.value = value }

    /// The value, once; nil when the effect failed or already delivered it.
    func take() -> Value? {
        defer { value = nil }
        return value
    }
}

extension Effect {
    /// Store work for a logged-in user whose result is delivered through `box`.
    static func load<Value>(_ tag: String, into box: Mailbox<Value>,
                            _ work: @escaping (AppDatabase, StaffSession) throws -> Value) -> Effect {
        Effect.asUser(tag) { store, user in
            box.put(try work(store, user))
            return .done
        }
    }
}
