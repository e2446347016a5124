import TUIKit
import VetCore

/// The appointment diary, the booking form and an opened appointment.
extension AppCommands {
    /// Command ids of the diary screens.
    enum DiaryID {
        static let open = "app.diary"
        static let enter = "diary.enter"
        static let book = "diary.book"
        static let view = "diary.view"
        static let nextColumn = "diary.nextColumn"
        static let earlier = "diary.earlier"
        static let later = "diary.later"
        static let today = "diary.today"
        static let pickClient = "booking.client"
        static let arrived = "appointment.arrived"
        static let inConsultation = "appointment.inConsultation"
        static let backToBooked = "appointment.booked"
        static let noShow = "appointment.noShow"
        static let cancel = "appointment.cancel"
        static let move = "appointment.move"
        static let resize = "appointment.resize"
        static let finish = "appointment.finish"
        static let openFound = "diaryFind.open"
    }

    /// Screen ids of the diary, the booking form, an appointment and a client's appointments.
    enum DiaryScreenID {
        static let diary = "diary"
        static let booking = "booking"
        static let appointment = "appointment"
        static let found = "diaryFind"
        static let form = "appointmentForm"
    }

    private static func allowing(_ permission: Permission) -> String { permission.rawValue }

    static let diaryScreens: [ScreenCommands] = [
        ScreenCommands(id: DiaryScreenID.diary, title: "Diary",
                       commandIDs: [DiaryID.enter, DiaryID.book, DiaryID.view, DiaryID.nextColumn, DiaryID.earlier,
                                    DiaryID.later, DiaryID.today]),
        ScreenCommands(id: DiaryScreenID.booking, title: "Book an appointment",
                       commandIDs: [ID.save, ID.nextField, ID.previousField, DiaryID.pickClient]),
        ScreenCommands(id: DiaryScreenID.appointment, title: "Appointment",
                       commandIDs: [DiaryID.finish, DiaryID.arrived, DiaryID.inConsultation, DiaryID.backToBooked,
                                    DiaryID.move, DiaryID.resize, DiaryID.noShow, DiaryID.cancel]),
        ScreenCommands(id: DiaryScreenID.found, title: "A client's appointments", commandIDs: [DiaryID.openFound]),
        ScreenCommands(id: DiaryScreenID.form, title: "Appointment change", commandIDs: [ID.save, ID.nextField, ID.previousField]),
    ]

    static let diaryCommands: [Command] = [
        Command(id: DiaryID.open, title: "Appointment diary", group: "Everywhere",
                keys: [.ctrl("d"), .character("@")], permission: allowing(.viewDiary)),
        Command(id: DiaryID.enter, title: "Book the free slot, or open the appointment in it", group: "Diary",
                keys: [.enter], barLabel: "Book/Open", barPriority: 0),
        Command(id: DiaryID.book, title: "Book at the highlighted time, even beside a cancelled one", group: "Diary",
                keys: [.function(2), .character("b")], barLabel: "Book", barPriority: 2,
                permission: allowing(.bookAppointment)),
        Command(id: DiaryID.view, title: "Day view or week view", group: "Diary",
                keys: [.function(6), .character("v")], barLabel: "Day/Week", barPriority: 1),
        Command(id: DiaryID.nextColumn, title: "Week view: show the next vet or room", group: "Diary",
                keys: [.function(5), .character("c")], barLabel: "Vet/room", barPriority: 3),
        Command(id: DiaryID.earlier, title: "The day before (the week before in week view)", group: "Diary",
                keys: [.pageUp, .character("[")], barLabel: "Earlier", barPriority: 4),
        Command(id: DiaryID.later, title: "The day after (the week after in week view)", group: "Diary",
                keys: [.pageDown, .character("]")], barLabel: "Later", barPriority: 4),
        Command(id: DiaryID.today, title: "Back to today", group: "Diary", keys: [.character("t")]),
        Command(id: DiaryID.pickClient, title: "Choose the client by searching", group: "Booking",
                keys: [.function(5), .character("c"), .ctrl("o")], barLabel: "Client", barPriority: 1),
        Command(id: DiaryID.finish, title: "Finish: write the consultation note (the reason is filled in)",
                group: "Appointment", keys: [.function(2), .character("f")], barLabel: "Finish", barPriority: 1,
                permission: allowing(.logConsultation)),
        Command(id: DiaryID.arrived, title: "The client has arrived", group: "Appointment",
                keys: [.function(5), .character("a")], barLabel: "Arrived", barPriority: 1,
                permission: allowing(.bookAppointment)),
        Command(id: DiaryID.inConsultation, title: "In consultation now", group: "Appointment",
                keys: [.function(6), .character("i")], barLabel: "In consult", barPriority: 2,
                permission: allowing(.bookAppointment)),
        Command(id: DiaryID.backToBooked, title: "Back to booked (marked arrived by mistake)", group: "Appointment",
                keys: [.character("k")], permission: allowing(.bookAppointment)),
        Command(id: DiaryID.move, title: "Move to another time or vet", group: "Appointment",
                keys: [.function(4), .character("m")], barLabel: "Move", barPriority: 2,
                permission: allowing(.bookAppointment)),
        Command(id: DiaryID.resize, title: "Change the length", group: "Appointment",
                keys: [.character("L")], permission: allowing(.bookAppointment)),
        Command(id: DiaryID.noShow, title: "Did not attend (asks first)", group: "Appointment",
                keys: [.function(7), .character("n")], barLabel: "No-show", barPriority: 3, isDestructive: true,
                permission: allowing(.bookAppointment),
                confirm: "Mark it as did not attend? This cannot be undone."),
        Command(id: DiaryID.cancel, title: "Cancel, with a reason (asks first)", group: "Appointment",
                keys: [.function(8), .character("x")], barLabel: "Cancel", barPriority: 3, isDestructive: true,
                permission: allowing(.bookAppointment),
                confirm: "Cancel this appointment? This cannot be undone; the slot becomes free."),
        Command(id: DiaryID.openFound, title: "Show this appointment in the diary", group: "Diary",
                keys: [.enter], barLabel: "Show", barPriority: 1),
    ]
}
