import TUIKit

extension AppCommands {
    /// Which screen offers which commands, in bar and help order; the global ones follow.
    static let screens: [ScreenCommands] = [
        ScreenCommands(id: ScreenID.login, title: "Login", commandIDs: [ID.logIn, ID.nextField, ID.previousField]),
        ScreenCommands(id: ScreenID.setup, title: "Practice set-up",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: ScreenID.lock, title: "Locked", commandIDs: [ID.logIn]),
        ScreenCommands(id: ScreenID.changePassword, title: "Change password",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: ScreenID.search, title: "Client search",
                       commandIDs: [ID.openResult, ID.newClient, ID.changePassword, ID.logOut, ID.changeSite]),
        ScreenCommands(id: ScreenID.record, title: "Client record",
                       commandIDs: [ID.editClient, ID.addPet, ID.consent, ID.logCommunication, ID.logRequest, ID.logDisclosure,
                                    ID.withdrawMarketing, ID.nextTab, ID.previousTab, ReminderID.channels] + clinicalRecordCommandIDs
                           + petRecordCommandIDs),
        ScreenCommands(id: ScreenID.clientForm, title: "Client form",
                       commandIDs: [ID.save, ID.nextField, ID.previousField, MergeID.reload]),
        ScreenCommands(id: ScreenID.petForm, title: "Pet form", commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: ScreenID.consent, title: "Marketing consent",
                       commandIDs: [ID.grantConsent, ID.withdrawConsent, ID.consentSource]),
        ScreenCommands(id: ScreenID.communication, title: "Log a communication",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: ScreenID.logRequest, title: "Log a data-protection request",
                       commandIDs: [ID.save, ID.nextField, ID.previousField, ID.toggleKind]),
        ScreenCommands(id: ScreenID.requestLogged, title: "Request logged", commandIDs: []),
        ScreenCommands(id: ScreenID.queue, title: "Request queue",
                       commandIDs: [ID.openRequest, ID.newRequest, ID.statusFilter, ID.kindFilter, ID.showClosed]),
        ScreenCommands(id: ScreenID.requestDetail, title: "Request detail",
                       commandIDs: [ID.changeStatus, ID.askClarification, ID.assign, ID.extend, ID.identityAsked,
                                    ID.identityReceived, ID.feeAsked, ID.feePaid, ID.answerClarification]
                           + requestWorkCommandIDs + requestRightsCommandIDs),
        ScreenCommands(id: ScreenID.requestAction, title: "Request action",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
        ScreenCommands(id: ScreenID.help, title: "Help", commandIDs: []),
        ScreenCommands(id: ScreenID.rowDetail, title: "Row in full", commandIDs: []),
        ScreenCommands(id: ScreenID.sitePick, title: "Choose site", commandIDs: [ID.chooseSite]),
    ] + clinicalScreens + takingsScreens + managerScreens + rightsScreens + priceListScreens + siteScreens + diarySettingsScreens
        + breachScreens + mergeScreens + officeScreens + diaryScreens + todayScreens + reminderScreens
}
