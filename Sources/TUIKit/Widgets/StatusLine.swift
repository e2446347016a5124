/// A transient message for the status line; the kind adds a word so it reads without colour.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, success, warning, error }

    public let text: String
    public let kind: Kind

    public init(_ text: String, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }

    var role: StyleRole {
        switch kind {
        case .info: .statusBar
        case .success: .ok
        case .warning: .warning
        case .error: .error
        }
    }

    var prefix: String {
        switch kind {
        case .info: ""
        case .success: "Done: "
        case .warning: "Warning: "
        case .error: "Error: "
        }
    }
}

/// The top line: practice, who is logged in, and the latest message, so staff always know whose
/// login they are typing under.
public struct StatusLine: Hashable, Sendable {
    public var practiceName: String
    public var userName: String?
    public var roleName: String?
    public var message: StatusMessage?

    public init(practiceName: String, userName: String? = nil, roleName: String? = nil, message: StatusMessage? = nil) {
        self.practiceName = practiceName
        self.userName = userName
        self.roleName = roleName
        self.message = message
    }

    /// "Harbour Vets · Siân Jones (vet)" or "· not logged in".
    public var identity: String {
        guard let userName else { return "\(practiceName) · not logged in" }
        return roleName.map { "\(practiceName) · \(userName) (\($0))" } ?? "\(practiceName) · \(userName)"
    }

    /// Identity on the left, message on the right; the message wins space when narrow.
    public func render(into buffer: inout ScreenBuffer, row: Int, column: Int = 0, width: Int) {
        buffer.fill(Rect(row: row, column: column, height: 1, width: width), role: .statusBar)
        let messageText = message.map { $0.prefix + $0.text } ?? ""
        let messageWidth = min(displayWidth(messageText), max(0, width - 2))
        let identityWidth = max(0, width - messageWidth - (messageWidth > 0 ? 3 : 0) - 1)
        buffer.write(truncate(identity, to: identityWidth), row: row, column: column + 1, role: .statusBar)
        if let message, messageWidth > 0 {
            let text = truncate(messageText, to: messageWidth)
            buffer.write(text, row: row, column: column + width - displayWidth(text) - 1, role: message.role)
        }
    }
}
