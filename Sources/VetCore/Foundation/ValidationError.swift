/// A refused input, worded for the person at the desk: it names the field and the rule
/// ("postcode 'JE3 7D' is incomplete").
public struct ValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Machine name of the field, e.g. `postcode`, used by forms to place the message.
    public var field: String
    /// A full sentence naming the field and the rule broken.
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}

/// Several refused inputs from one form, reported together so a person can fix them in one pass.
public struct ValidationErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [ValidationError]

    public init(_ errors: [ValidationError]) { self.errors = errors }

    public func message(for field: String) -> String? {
        errors.first { $0.field == field }?.message
    }

    public var description: String { errors.map(\.message).joined(separator: "\n") }
}

/// Collects validation failures while building a value, so that every bad field is reported at once.
public struct Validator: Sendable {
    public private(set) var errors: [ValidationError] = []

    public init() {}

    /// Runs `parse`; on failure records its error and returns nil.
    public mutating func check<T>(_ parse: () throws(ValidationError) -> T) -> T? {
        do { return try parse() } catch {
            errors.append(error)
            return nil
        }
    }

    public mutating func add(_ error: ValidationError) { errors.append(error) }

    /// Throws every recorded error, if any.
    public func finish() throws(ValidationErrors) {
        if !errors.isEmpty { throw ValidationErrors(errors) }
    }
}
