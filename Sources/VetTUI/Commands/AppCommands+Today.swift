import TUIKit
import VetCore

/// Today (the home screen after login), the online consultation queue and the follow-up list.
extension AppCommands.ID {
    static let today = "app.today"
    static let openTodayLine = "today.open"
    static let showTodayLine = "today.showLine"
    static let todayQueue = "today.queue"
    static let todayFollowUps = "today.followUps"
    static let takeHighlighted = "onlineQueue.take"
    static let takeNext = "onlineQueue.takeNext"
    static let joinQueue = "onlineQueue.join"
    static let leaveQueue = "onlineQueue.leave"
    static let bookFollowUp = "followUps.book"
    static let followUpRange = "followUps.range"
}

extension AppCommands.ScreenID {
    static let today = "today"
    static let onlineQueue = "onlineQueue"
    static let followUps = "followUps"
    static let workForm = "workForm"
}

extension AppCommands {
    private static func needing(_ permission: Permission) -> String { permission.rawValue }

    static let todayScreens: [ScreenCommands] = [
        ScreenCommands(id: ScreenID.today, title: "Today",
                       commandIDs: [ID.openTodayLine, ID.todayQueue, ID.todayFollowUps, ID.showTodayLine,
                                    ID.changePassword, ID.logOut, ID.changeSite]),
        ScreenCommands(id: ScreenID.onlineQueue, title: "Online queue",
                       commandIDs: [ID.takeHighlighted, ID.takeNext, ID.joinQueue, ID.leaveQueue]),
        ScreenCommands(id: ScreenID.followUps, title: "Follow-ups", commandIDs: [ID.bookFollowUp, ID.followUpRange]),
        ScreenCommands(id: ScreenID.workForm, title: "Queue and booking forms",
                       commandIDs: [ID.save, ID.nextField, ID.previousField]),
    ]

    static let todayCommands: [Command] = [
        Command(id: ID.today, title: "Today: the home screen with the day's work", group: "Everywhere",
                keys: [.ctrl("g"), .character("H")], permission: needing(.viewDiary)),
        Command(id: ID.openTodayLine, title: "Open what the selected line names", group: "Today",
                keys: [.enter], barLabel: "Open", barPriority: 1),
        Command(id: ID.todayQueue, title: "The online consultation queue", group: "Today",
                keys: [.function(5), .character("u")], barLabel: "Queue", barPriority: 2, permission: needing(.viewDiary)),
        Command(id: ID.todayFollowUps, title: "Follow-ups due, to book", group: "Today",
                keys: [.function(8), .character("f")], barLabel: "Follow-ups", barPriority: 2, permission: needing(.viewDiary)),
        Command(id: ID.showTodayLine, title: "Show the selected line in full", group: "Today", keys: [.character("i")]),
        Command(id: ID.takeHighlighted, title: "Take the highlighted client and open the consultation form", group: "Online queue",
                keys: [.enter], barLabel: "Take", barPriority: 1, permission: needing(.logConsultation)),
        Command(id: ID.takeNext, title: "Take the client who has waited longest", group: "Online queue",
                keys: [.function(5), .character("n")], barLabel: "Next", barPriority: 1, permission: needing(.logConsultation)),
        Command(id: ID.joinQueue, title: "Add a client to the queue", group: "Online queue",
                keys: [.function(2), .character("a")], barLabel: "Add", barPriority: 2, permission: needing(.bookAppointment)),
        Command(id: ID.leaveQueue, title: "Take the highlighted client out of the queue, with a reason", group: "Online queue",
                keys: [.function(8), .character("x")], barLabel: "Remove", barPriority: 3, permission: needing(.bookAppointment)),
        Command(id: ID.bookFollowUp, title: "Book the selected follow-up into the diary", group: "Follow-ups",
                keys: [.enter], barLabel: "Book", barPriority: 1, permission: needing(.bookAppointment)),
        Command(id: ID.followUpRange, title: "Change the dates listed", group: "Follow-ups",
                keys: [.function(5), .character("d")], barLabel: "Dates", barPriority: 2),
    ]
}
