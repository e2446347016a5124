import VetStore

/// The practice's sites and the sites each login is listed at, as the staff screen shows them.
struct StaffSiteListing {
    var sites: [Site] = []
    /// Staff id → the ids of the sites they are listed at.
    var assignments: [Int64: Set<Int64>] = [:]

    /// The sites a login can be listed at now, by name.
    var open: [Site] { sites.filter(\.active) }

    /// "Harbour Road, Quay Street": the sites a login is listed at, by name, a closed one marked;
    /// "none" when the login is listed nowhere.
    func names(of user: StaffUser) -> String {
        let listed = assignments[user.id ?? 0] ?? []
        let names = sites.filter { listed.contains($0.id ?? 0) }
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
            .map { $0.active ? $0.name : "\($0.name) (closed)" }
        return names.isEmpty ? "none" : names.joined(separator: ", ")
    }
}
