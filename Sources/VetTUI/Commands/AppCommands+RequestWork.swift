import TUIKit
import VetCore

/// The request actions that open a request to work: identity waived, linking to a client, the
/// third party's authority and the response sent.
extension AppCommands {
    /// Command ids of the request-work actions.
    enum RequestWorkID {
        static let identityNotNeeded = "request.identityNotNeeded"
        static let link = "request.link"
        static let thirdParty = "request.thirdParty"
        static let responseSent = "request.responseSent"
        static let letter = "request.letter"
    }

    static let requestWorkCommandIDs = [
        RequestWorkID.identityNotNeeded, RequestWorkID.link, RequestWorkID.thirdParty, RequestWorkID.responseSent,
        RequestWorkID.letter,
    ]

    static let requestWorkCommands: [Command] = [
        Command(id: RequestWorkID.identityNotNeeded, title: "Identity evidence not needed (with the reason)",
                group: "Request actions", keys: [.character("N")], permission: Permission.fulfilRights.rawValue),
        Command(id: RequestWorkID.link, title: "Link the request to a client (search)", group: "Request actions",
                keys: [.character("C")], permission: Permission.workRequest.rawValue),
        Command(id: RequestWorkID.thirdParty, title: "Third-party requester: relationship and written authority",
                group: "Request actions", keys: [.character("W")], permission: Permission.workRequest.rawValue),
        Command(id: RequestWorkID.responseSent, title: "Response sent: complete the request (asks first)",
                group: "Request actions", keys: [.character("c")], isDestructive: true,
                permission: Permission.workRequest.rawValue),
        Command(id: RequestWorkID.letter, title: "Write or print a letter (acknowledgement, identity, … completion)",
                group: "Letters", keys: [.character("w")], permission: Permission.workRequest.rawValue),
    ]
}
