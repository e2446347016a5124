import VetStore

/// The practice's site names by id, for lists and notes that say where something happened;
/// empty for a practice with one site, where saying so would only be noise.
enum SiteNames {
    static func read(_ store: AppDatabase) throws -> [Int64: String] {
        let sites = try store.sites()
        guard sites.count > 1 else { return [:] }
        return Dictionary(sites.compactMap { site in site.id.map { ($0, site.name) } }, uniquingKeysWith: { first, _ in first })
    }
}
