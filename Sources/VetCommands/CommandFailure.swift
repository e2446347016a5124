import ArgumentParser
import Foundation
import VetStore

/// Runs a command body so that every refusal reaches the person as one sentence on stderr
/// with a non-zero exit status, never a stack trace.
func reportingFailures<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        throw CommandFailure(message: error.description)
    } catch let error as ExitCode {
        throw error
    } catch let error as CommandFailure {
        throw error
    } catch {
        throw CommandFailure(message: error.localizedDescription)
    }
}

/// A failure already worded for the person; printed as "vetdesk: <message>" with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
