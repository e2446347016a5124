import Foundation
import VetSQL
import VetCore

/// The practice itself: settings, staff logins, price list and insurers, then a few audit entries.
enum DemoSetup {
    static func refuseUnlessEmpty(_ db: any SQLConnection, path: String) throws {
        let hasClients = try db.exists("SELECT 1 FROM client LIMIT 1")
        let hasPractice = try db.exists("SELECT 1 FROM practice_settings LIMIT 1")
        if hasClients || hasPractice {
            throw StoreError.refused("\(path) already holds \(hasClients ? "clients" : "a practice"); the demo practice "
                + "is only written into a new, empty database, so give another file with --db (nothing was changed)")
        }
    }

    static func write(_ db: any SQLConnection, seed: UInt64, region: PracticeRegion, sites: Int, today: LocalDate,
                      now: DemoInstant, hashes: [String: String]) throws -> DemoContext {
        let stamp = now.text
        try db.insert(PracticeSettingsRow(practiceSettings(region), at: now.foundationDate, by: nil))
        let siteIDs = try writeSites(db, count: sites, region: region, at: now.foundationDate)
        var staff: [(id: Int64, role: Role, siteIDs: [Int64])] = []
        for member in DemoStaffing.plan(sites: sites) {
            let login = member.login
            let id = try db.fetchValue(Int64.self, """
                INSERT INTO staff_user (username, display_name, role, password_hash, active, created_at, version,
                    updated_at, updated_by) VALUES (?, ?, ?, ?, 1, ?, 1, ?, NULL) RETURNING id
                """, [login.username, login.displayName, login.role.rawValue, hashes[login.password] ?? "", stamp, stamp])
            let staffID = try id.orThrow("staff login")
            let worksAt = member.sites.map { siteIDs[$0 - 1] }
            try Sites.list(db, staffID: staffID, at: Set(worksAt))
            staff.append((staffID, login.role, worksAt))
        }
        var priceIDs: [Int64] = []
        for item in DemoPriceList.items {
            let id = try db.fetchValue(Int64.self, """
                INSERT INTO price_item (code, name, kind, unit_price_pence, vat_basis_points, drug_class, active, version,
                    updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, 1, 1, ?, NULL) RETURNING id
                """, [item.code, item.name, item.kind, item.pence, item.vat, item.drugClass?.rawValue, stamp])
            let itemID = try id.orThrow("price item")
            priceIDs.append(itemID)
            try db.execute("""
                INSERT INTO price_item_price (price_item_id, effective_from, unit_price_pence, vat_basis_points, recorded_at)
                    VALUES (?, '2000-01-01', ?, ?, ?)
                """, [itemID, item.pence, item.vat, stamp])
        }
        var insurers: [(id: Int64, name: String)] = []
        for (name, contact) in insurerNames {
            let id = try db.fetchValue(Int64.self, "INSERT INTO insurer (name, claims_contact) VALUES (?, ?) RETURNING id",
                                       [name, contact])
            insurers.append((try id.orThrow("insurer"), name))
        }
        let managerID = staff.first { $0.role == .manager }?.id ?? 1
        return DemoContext(seed: seed, region: region, today: today, now: now, managerID: managerID, staff: staff,
                           siteIDs: siteIDs, priceItemIDs: priceIDs, insurers: insurers)
    }

    /// The first site, named and addressed as the practice, then its branches; returns their ids in order.
    private static func writeSites(_ db: any SQLConnection, count: Int, region: PracticeRegion, at now: Date) throws -> [Int64] {
        var ids = [try Sites.first(db, for: practiceSettings(region), at: now).id.orThrow("site")]
        for number in stride(from: 2, through: count, by: 1) {
            let details: SiteDetails
            do { details = try DemoSites.branch(number, region: region).validated() } catch { throw StoreError.invalid(error) }
            let site = Site(id: nil, name: details.name, address: details.address, phone: details.phone, active: true,
                            createdAt: now, version: 1, updatedAt: now, updatedBy: nil)
            let id = try db.insert(site)
            try DiaryRules.seedHours(db, siteID: id)
            ids.append(id)
        }
        return ids
    }

    static func practiceSettings(_ region: PracticeRegion) -> PracticeSettings {
        if region == .jersey {
            return PracticeSettings(name: "St Aubin Veterinary Practice",
                                    address: "Le Boulevard, St Aubin, St Brelade, Jersey JE3 8AB", region: .jersey,
                                    dataProtectionContact: "Practice manager, dataprotection@staubin-vets.example.je")
        }
        return PracticeSettings(name: "Teme Valley Veterinary Surgery",
                                address: "14 Corve Street, Ludlow, Shropshire SY8 1DA", region: region,
                                dataProtectionContact: "Practice manager, privacy@temevalley-vets.example.co.uk")
    }

    static let insurerNames: [(String, String)] = [
        ("Petplan", "claims portal; 0800 072 7000"), ("Animal Friends", "claims@animalfriends.example.co.uk"),
        ("Agria Pet Insurance", "vet claims portal"), ("ManyPets", "claims@manypets.example.com"),
        ("Direct Line Pet", "0345 246 8725"), ("Waggel", "claims@waggel.example.co.uk"),
    ]

    /// A handful of entries, through `AuditTrail.record` so the hash chain is valid.
    static func writeAudit(_ db: any SQLConnection, context: DemoContext, clients: Int) throws {
        let base = context.now.adding(minutes: -90).foundationDate
        func at(_ minutes: Int) -> Date { base.addingTimeInterval(Double(minutes * 60)) }
        try AuditTrail.record(db, at: at(0), userID: context.managerID, action: "set up practice",
                              recordType: "practice", recordID: 1, clientID: nil,
                              detail: practiceSettings(context.region).name)
        let users = try db.fetchAll("SELECT id, username, role FROM staff_user ORDER BY id")
        for (offset, user) in users.enumerated() {
            let id = try user.decode(Int64.self, "id")
            let name = try user.decode(String.self, "username")
            let role = try user.decode(String.self, "role")
            try AuditTrail.record(db, at: at(1 + offset), userID: context.managerID, action: "add user",
                                  recordType: "staff_user", recordID: id, clientID: nil, detail: "\(name) as \(role)")
        }
        try AuditTrail.record(db, at: at(10), userID: context.managerID, action: "load demo data", recordType: "practice",
                              recordID: 1, clientID: nil, detail: "\(clients) clients, seed \(context.seed)")
        let receptionist = context.receptionistIDs.first ?? context.managerID
        try AuditTrail.record(db, at: at(60), userID: receptionist, action: "log in", recordType: "staff_user",
                              recordID: receptionist, clientID: nil)
        let viewed = try db.fetchValues(Int64.self, "SELECT id FROM client WHERE status = 'active' ORDER BY id LIMIT 3")
        for (offset, clientID) in viewed.enumerated() {
            try AuditTrail.record(db, at: at(61 + offset), userID: receptionist, action: "view", recordType: "client",
                                  recordID: clientID, clientID: clientID)
        }
    }
}

/// Password hashes for the demo logins, worked out once per run of the program: scrypt is
/// deliberately slow, and the demo has only three distinct passwords.
enum DemoStaff {
    private static let cached: Result<[String: String], any Error> = Result {
        var hashes: [String: String] = [:]
        for password in Set(DemoPractice.logins.map(\.password)) {
            hashes[password] = try PasswordHasher.hash(password)
        }
        return hashes
    }

    static func passwordHashes() throws -> [String: String] { try cached.get() }
}
