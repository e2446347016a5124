/// Two commands on one screen claiming the same key.
public struct KeyConflict: Hashable, Sendable, CustomStringConvertible {
    public let screenID: String
    public let key: Key
    public let commandIDs: [String]

    public init(screenID: String, key: Key, commandIDs: [String]) {
        self.screenID = screenID
        self.key = key
        self.commandIDs = commandIDs
    }

    public var description: String {
        "\(screenID): \(key.label) is bound to \(commandIDs.joined(separator: ", "))"
    }
}

/// A mistake in the table that a test should catch before users do.
public enum CommandTableProblem: Hashable, Sendable, CustomStringConvertible {
    case duplicateCommandID(String)
    case unknownCommand(screenID: String, commandID: String)
    case functionKeyWithoutLetterTwin(commandID: String)
    case noKeys(commandID: String)
    case conflict(KeyConflict)

    public var description: String {
        switch self {
        case .duplicateCommandID(let id): "command id \(id) is defined twice"
        case .unknownCommand(let screen, let id): "screen \(screen) offers unknown command \(id)"
        case .functionKeyWithoutLetterTwin(let id): "command \(id) has an F-key but no plain-letter twin"
        case .noKeys(let id): "command \(id) has no keys"
        case .conflict(let conflict): conflict.description
        }
    }
}

extension CommandTable {
    /// Keys shared by more than one command active on the screen.
    public func conflicts(onScreen screenID: String) -> [KeyConflict] {
        var owners: [Key: [String]] = [:]
        var order: [Key] = []
        for command in commands(onScreen: screenID) {
            for key in Set(command.keys) {
                if owners[key] == nil { order.append(key) }
                owners[key, default: []].append(command.id)
            }
        }
        return order.compactMap { key in
            guard let ids = owners[key], ids.count > 1 else { return nil }
            return KeyConflict(screenID: screenID, key: key, commandIDs: ids)
        }
    }

    /// Every problem in the table; an empty array means it is sound.
    public func problems() -> [CommandTableProblem] {
        var problems: [CommandTableProblem] = []
        var seen = Set<String>()
        for command in commands {
            if !seen.insert(command.id).inserted { problems.append(.duplicateCommandID(command.id)) }
            if command.keys.isEmpty { problems.append(.noKeys(commandID: command.id)) }
            let hasFunctionKey = command.keys.contains(where: \.isFunctionKey)
            let hasLetterTwin = command.keys.contains { key in
                if case .character(let character) = key { return character.isLetter || character.isPunctuation || character.isSymbol }
                return false
            }
            if hasFunctionKey, !hasLetterTwin { problems.append(.functionKeyWithoutLetterTwin(commandID: command.id)) }
        }
        for screen in screens {
            for id in screen.commandIDs where command(id: id) == nil {
                problems.append(.unknownCommand(screenID: screen.id, commandID: id))
            }
            problems += conflicts(onScreen: screen.id).map(CommandTableProblem.conflict)
        }
        return problems
    }
}
