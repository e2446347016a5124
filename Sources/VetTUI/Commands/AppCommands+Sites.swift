import TUIKit
import VetCore

/// The practice's sites as the manager keeps them, and the sites each login works at.
extension AppCommands {
    /// Command ids of the sites screen and the staff sites pick list.
    enum SiteID {
        static let open = "manager.sites"
        static let add = "sites.add"
        static let edit = "sites.edit"
        static let toggleOpen = "sites.toggleOpen"
        static let staffSites = "staff.sites"
        static let tick = "sitePick.tick"
        static let saveTicked = "sitePick.save"
    }

    /// Screen ids of the sites screen, its form and the staff sites pick list.
    enum SiteScreenID {
        static let list = "sites"
        static let form = "siteForm"
        static let staffSites = "staffSites"
    }

    private static func needing(_ permission: Permission) -> String { permission.rawValue }

    static let siteCommands: [Command] = [
        Command(id: SiteID.open, title: "Sites: names, addresses, phones; open or close", group: "Manager",
                keys: [.character("i")], permission: needing(.manageSites)),
        Command(id: SiteID.add, title: "Add a site", group: "Sites",
                keys: [.function(2), .character("n")], barLabel: "Add", barPriority: 1, permission: needing(.manageSites)),
        Command(id: SiteID.edit, title: "Edit the selected site's name, address or phone", group: "Sites",
                keys: [.function(4), .character("e")], barLabel: "Edit", barPriority: 1, permission: needing(.manageSites)),
        Command(id: SiteID.toggleOpen, title: "Close the selected site, or reopen a closed one (asks first)", group: "Sites",
                keys: [.function(8), .character("x")], barLabel: "Close/reopen", barPriority: 2, isDestructive: true,
                permission: needing(.manageSites)),
        Command(id: SiteID.staffSites, title: "Choose the sites the selected login works at", group: "Staff",
                keys: [.function(4), .character("w")], barLabel: "Sites", barPriority: 2, permission: needing(.manageUsers)),
        Command(id: SiteID.tick, title: "Tick or untick the highlighted site", group: "Staff sites",
                keys: [.character(" ")]),
        Command(id: SiteID.saveTicked, title: "Save the ticked sites", group: "Staff sites",
                keys: [.function(2), .enter, .character("s")], barLabel: "Save", barPriority: 0,
                permission: needing(.manageUsers)),
    ]

    static let siteScreens: [ScreenCommands] = [
        ScreenCommands(id: SiteScreenID.list, title: "Sites",
                       commandIDs: [SiteID.add, SiteID.edit, SiteID.toggleOpen, ID.showRow]),
        ScreenCommands(id: SiteScreenID.form, title: "Site", commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: SiteScreenID.staffSites, title: "Sites of a login", commandIDs: [SiteID.saveTicked, SiteID.tick]),
    ]
}
