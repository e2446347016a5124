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

/// The top line: practice, the site this terminal works at, who is logged in, and the latest
/// message, so staff always know whose login they are typing under and where.
public struct StatusLine: Hashable, Sendable {
    public var practiceName: String
    /// Shown only when the practice has more than one site; nil otherwise.
    public var siteName: String?
    public var userName: String?
    public var roleName: String?
    public var message: StatusMessage?

    public init(practiceName: String, siteName: String? = nil, userName: String? = nil, roleName: String? = nil,
                message: StatusMessage? = nil) {
        self.practiceName = practiceName
        self.siteName = siteName
        self.userName = userName
        self.roleName = roleName
        self.message = message
    }

    /// "Harbour Vets · Town · Siân Jones (vet)" or "· not logged in".
    public var identity: String { identity(practice: practiceName, site: siteName, user: userName) }

    /// The identity in at most `width` columns where it can be: the practice name yields first,
    /// then the site, then the person's name, each down to a few letters and "…" (and then
    /// fewer); the role is never shortened, so nobody mistakes what the login may do.
    public func identity(fitting width: Int) -> String { identity(fitting: width, passes: 2) }

    /// The first pass keeps a few letters more of each part than the second.
    private func identity(fitting width: Int, passes: Int) -> String {
        var practice = practiceName
        var site = siteName
        var user = userName
        for (practiceMinimum, otherMinimum) in [(8, 10), (4, 6)].prefix(passes) {
            for part in 0..<3 {
                let excess = displayWidth(identity(practice: practice, site: site, user: user)) - width
                guard excess > 0 else { break }
                switch part {
                case 0: practice = Self.shorten(practice, by: excess, keeping: practiceMinimum)
                case 1: site = site.map { Self.shorten($0, by: excess, keeping: otherMinimum) }
                default: user = user.map { Self.shorten($0, by: excess, keeping: otherMinimum) }
                }
            }
        }
        return identity(practice: practice, site: site, user: user)
    }

    private func identity(practice: String, site: String?, user: String?) -> String {
        guard let user else { return "\(practice) · not logged in" }
        let place = site.map { "\(practice) · \($0)" } ?? practice
        return roleName.map { "\(place) · \(user) (\($0))" } ?? "\(place) · \(user)"
    }

    private static func shorten(_ text: String, by excess: Int, keeping minimum: Int) -> String {
        let current = displayWidth(text)
        return truncate(text, to: max(min(current, minimum), current - excess))
    }

    /// Identity on the left, message on the right. The identity gives way first, keeping a few
    /// letters of each part; if that does not fit, the message gives way down to a third of the
    /// line, and then the identity shortens further (see `identity(fitting:)`).
    public func render(into buffer: inout ScreenBuffer, row: Int, column: Int = 0, width: Int) {
        buffer.fill(Rect(row: row, column: column, height: 1, width: width), role: .statusBar)
        let messageText = message.map { $0.prefix + $0.text } ?? ""
        let room = max(0, width - 2)
        var messageWidth = min(displayWidth(messageText), room)
        let gap = messageWidth > 0 ? 2 : 0
        var identityText = identity(fitting: room - messageWidth - gap, passes: 1)
        if displayWidth(identityText) + gap + messageWidth > room {
            messageWidth = max(min(messageWidth, room / 3), room - gap - displayWidth(identityText))
            identityText = truncate(identity(fitting: room - messageWidth - gap), to: max(0, room - messageWidth - gap))
        }
        buffer.write(identityText, row: row, column: column + 1, role: .statusBar)
        if let message, messageWidth > 0 {
            let text = truncate(messageText, to: messageWidth)
            buffer.write(text, row: row, column: column + width - displayWidth(text) - 1, role: message.role)
        }
    }
}
