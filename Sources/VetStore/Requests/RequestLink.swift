import Foundation
import VetCore

/// Linking a request logged before the client was identified: by the client's number, or by a
/// search that must find exactly one client (otherwise the matches are listed to choose from).
extension AppDatabase {
    /// Links the request to the one client `text` names ("#12", "12", or search words such as a
    /// name, phone or postcode) and returns that client's id.
    @discardableResult
    public func linkRequest(requestID: Int64, toClientMatching text: String, expectedVersion: Int,
                            as user: StaffSession) throws -> Int64 {
        let typed = text.trimmingCharacters(in: .whitespaces)
        guard !typed.isEmpty else {
            throw StoreError.invalid(ValidationError(field: "client", message: "client must be a client number (#12) or words to search for"))
        }
        let clientID: Int64
        if let number = Int64(typed.hasPrefix("#") ? String(typed.dropFirst()) : typed), number > 0 {
            clientID = number
        } else {
            let hits = try search(typed, limit: 6).filter { $0.status != "anonymised" }
            switch hits.count {
            case 0:
                throw StoreError.invalid(ValidationError(field: "client", message: "client: no client matches '\(typed)'"))
            case 1:
                clientID = hits[0].clientID
            default:
                let list = hits.prefix(5).map { "#\($0.clientID) \($0.name) (\($0.postcode))" }.joined(separator: ", ")
                throw StoreError.invalid(ValidationError(field: "client",
                    message: "client: '\(typed)' matches \(hits.count > 5 ? "more than 5" : "\(hits.count)") clients: \(list); "
                        + "type the number, e.g. #\(hits[0].clientID)"))
            }
        }
        try linkRequest(requestID: requestID, toClient: clientID, expectedVersion: expectedVersion, as: user)
        return clientID
    }
}
