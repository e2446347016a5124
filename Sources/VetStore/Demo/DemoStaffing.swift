import VetCore

/// Who works where in a demo practice of several sites. The published logins keep their
/// names and passwords: managers are listed at every site; the vets and receptionists are
/// spread over the first three sites, and `vet` and `reception` also cover the second, so a
/// two-site rota can be tried. Every site still without a vet or a receptionist gets one of
/// its own (`vet4`, `reception3`…), with the password of their role's published login.
enum DemoStaffing {
    struct Member: Equatable {
        var login: DemoPractice.Login
        /// Site numbers, 1 being the practice's first site.
        var sites: [Int]
    }

    /// The site each published vet and receptionist works at (when the demo has that many):
    /// the first site, the largest, keeps two vets.
    static let homes: [Role: [Int]] = [.vet: [1, 1, 3], .receptionist: [1, 2]]

    static func plan(sites: Int) -> [Member] {
        let count = max(1, sites)
        var members: [Member] = []
        var position: [Role: Int] = [:]
        for login in DemoPractice.logins {
            let index = position[login.role, default: 0]
            position[login.role] = index + 1
            let listed = homes[login.role] ?? []
            let home = min(index < listed.count ? listed[index] : index + 1, count)
            switch login.role {
            case .manager: members.append(Member(login: login, sites: Array(1...count)))
            case .vet, .receptionist:
                // The first of each role also covers the second site.
                let also = index == 0 && count > 1 ? [2] : []
                members.append(Member(login: login, sites: [home] + also))
            }
        }
        var next: [Role: Int] = [.vet: position[.vet, default: 0] + 1, .receptionist: position[.receptionist, default: 0] + 1]
        for site in 1...count {
            for role in [Role.vet, .receptionist] where !members.contains(where: { $0.login.role == role && $0.sites.contains(site) }) {
                let number = next[role, default: 1]
                next[role] = number + 1
                members.append(Member(login: generated(role, number: number), sites: [site]))
            }
        }
        return members
    }

    /// A further vet or receptionist: username and password follow the published logins of the role.
    static func generated(_ role: Role, number: Int) -> DemoPractice.Login {
        let template = DemoPractice.logins.first { $0.role == role }
        let stem = template?.username ?? role.rawValue
        let first = DemoNames.firstNames[(number * 37 + (role == .vet ? 0 : 11)) % DemoNames.firstNames.count]
        let last = DemoNames.lastNames[(number * 53 + (role == .vet ? 5 : 0)) % DemoNames.lastNames.count]
        return DemoPractice.Login(username: "\(stem)\(number)", password: template?.password ?? "",
                                  displayName: role == .vet ? "\(first) \(last) MRCVS" : "\(first) \(last)", role: role)
    }
}
