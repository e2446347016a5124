import Foundation
import VetCore
import VetStore

/// Turns failures into the sentence shown on the message line.
enum ErrorText {
    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as StoreError: error.description
        case let error as ValidationErrors: error.description
        case let error as ValidationError: error.message
        default: String(describing: error)
        }
    }

    /// Per-field messages when the failure was a validation one, keyed by the store's field name.
    static func fieldMessages(_ error: any Error) -> [String: String]? {
        switch error {
        case StoreError.invalid(let errors): messages(errors)
        case let errors as ValidationErrors: messages(errors)
        case let error as ValidationError: [error.field: error.message]
        default: nil
        }
    }

    private static func messages(_ errors: ValidationErrors) -> [String: String] {
        Dictionary(errors.errors.map { ($0.field, $0.message) }, uniquingKeysWith: { first, _ in first })
    }
}
