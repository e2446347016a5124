import Foundation
import TUIKit
import VetCore
import VetStore

/// The site this terminal works at: chosen after the password (asked only when the person may
/// work at several and the terminal remembers none of them), remembered per database, changed
/// from client search.
extension VetDeskApp {
    /// After the password: no site refuses the login, one is taken silently, several are taken
    /// from `--site` or the terminal's memory when the person works there, else asked for.
    func chooseSite(for session: StaffSession) {
        let sites: [Site]
        do { sites = try context.store.sitesToWorkAt(session) } catch {
            return refuseLogin(ErrorText.describe(error))
        }
        guard let only = sites.first else {
            return refuseLogin("\(session.displayName) has no open site to work at; ask a practice manager to list you at one.")
        }
        if sites.count == 1 {
            work(session, at: only, remember: false)
            if let requested = requestedSite, !only.isNamed(requested), context.session != nil {
                message = StatusMessage("\(session.displayName) does not work at \(requested) (--site); this terminal "
                                        + "works at \(only.name) for them.", kind: .warning)
            }
            return
        }
        if let requested = requestedSite {
            if let site = sites.first(where: { $0.isNamed(requested) }) {
                return work(session, at: site, remember: true)
            }
            askForSite(session, sites, selecting: nil, note: StatusMessage(
                "\(session.displayName) does not work at \(requested) (--site); choose the site this terminal is at.",
                kind: .warning))
            return
        }
        let remembered = siteMemory?.site(forDatabase: databaseKey)
        if let remembered, let site = sites.first(where: { $0.id == remembered.siteID }) {
            return work(session, at: site, remember: false)
        }
        askForSite(session, sites, selecting: nil, note: nil)
    }

    /// A chosen site: remember it for this terminal, then start the session, or carry on there.
    func startWorking(_ session: StaffSession) {
        let notice = remember(session)
        if context.session == nil {
            logIn(session)
        } else {
            context.session = session
            refreshSiteCounts()
            if stack.last?.screenID == AppCommands.ScreenID.sitePick { perform(.pop(nil)) }
            message = StatusMessage("This terminal now works at \(session.siteName ?? "the chosen site").", kind: .success)
        }
        if let notice { message = notice }
    }

    /// Change site: the same pick list, with the site worked at now selected.
    func openSitePicker() {
        guard let session = context.session else { return }
        do {
            let sites = try context.store.sitesToWorkAt(session)
            guard sites.count > 1 else {
                message = StatusMessage("\(session.displayName) works at one site only; a practice manager can list "
                                        + "them at others.", kind: .warning)
                return
            }
            perform(.push(SitePickScreen(session: session, sites: sites, selecting: session.siteID, isChanging: true)))
        } catch {
            message = StatusMessage(ErrorText.describe(error), kind: .error)
        }
    }

    /// Re-reads the counts that decide whether the header names the site and whether changing
    /// site is offered; an unreadable count keeps the last one.
    func refreshSiteCounts() {
        if let open = try? context.store.sites().filter(\.active).count { context.openSiteCount = open }
        if let session = context.session, let workable = try? context.store.sitesToWorkAt(session).count {
            context.workableSiteCount = workable
        }
    }

    /// Who is logged in and where, in full, at the end of help: the header may have shortened it to fit.
    func whoAndWhere() -> HelpSection? {
        guard let session = context.session else { return nil }
        let site = context.openSiteCount > 1 ? session.siteName.map { " at \($0)," } ?? "," : ","
        let line = "\(session.displayName) (\(session.username), \(session.role.displayName.lowercased()))\(site) "
            + context.practiceName
        return HelpSection(group: "Logged in", entries: [HelpEntry(keys: "", title: line)])
    }

    private func work(_ session: StaffSession, at site: Site, remember: Bool) {
        guard let siteID = site.id else { return refuseLogin("\(site.name) has no number; ask a practice manager.") }
        do {
            let working = try context.store.workAt(siteID: siteID, as: session)
            remember ? startWorking(working) : logIn(working)
        } catch {
            refuseLogin(ErrorText.describe(error))
        }
    }

    /// The pick list over a fresh login form (the password typed is gone), so Esc goes back to it.
    private func askForSite(_ session: StaffSession, _ sites: [Site], selecting siteID: Int64?, note: StatusMessage?) {
        stack = [LoginScreen(username: session.username)]
        perform(.push(SitePickScreen(session: session, sites: sites, selecting: siteID, isChanging: false)))
        message = note
    }

    private func refuseLogin(_ reason: String) {
        context.session = nil
        show(LoginScreen())
        message = StatusMessage(reason, kind: .error)
    }

    /// Remembers the session's site for this database; a failure is a notice, never fatal.
    private func remember(_ session: StaffSession) -> StatusMessage? {
        guard let memory = siteMemory, let siteID = session.siteID else { return nil }
        do {
            try memory.remember(siteID: siteID, siteName: session.siteName ?? "", forDatabase: databaseKey)
            return nil
        } catch {
            return StatusMessage("\(error)", kind: .warning)
        }
    }

    private var databaseKey: String {
        SiteMemory.key(forDatabase: context.store.path, isOnServer: context.store.isOnServer)
    }
}

extension StaffSession {
    /// This session at the site `earlier` worked at: unlocking keeps the terminal's site.
    func keepingSite(of earlier: StaffSession?) -> StaffSession {
        guard let earlier, earlier.userID == userID else { return self }
        var session = self
        session.siteID = earlier.siteID
        session.siteName = earlier.siteName
        return session
    }
}
