import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk diary DATE [--site S] [--with USER] [--json] --as USER`: one day's appointments, for
/// printing the day's list at the desk or feeding a script. Viewing it is audited as the screen is.
struct DiaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diary",
        abstract: "Print a day's appointments: time, length, with whom, pet, client, type, state and alerts.",
        discussion: "Runs as any logged-in member of staff (--as). Without --site, every open site of the practice.")

    @Argument(help: ArgumentHelp("The day (YYYY-MM-DD).", valueName: "date")) var date: String
    @Option(help: ArgumentHelp("Only this site (its name, in any case).", valueName: "site")) var site: String?
    @Option(name: .customLong("with"), help: ArgumentHelp("Only this vet (login name) or room (its name).", valueName: "user"))
    var with: String?
    @Flag(help: "Print JSON instead of a table.") var json = false
    @OptionGroup var login: StaffLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            let day = try CommandDate.parse(date, option: "date")
            let store = try database.open(.existing)
            let sites = try DiaryOptions.sites(site, in: store)
            let session = try login.session(store)
            var days: [DiaryDay] = []
            for site in sites {
                guard let shown = try store.diary(from: day, siteID: site.id, as: session).first else { continue }
                days.append(shown)
            }
            let chosen = try with.map { try DiaryOptions.column($0, in: days, store: store) }
            let filtered = days.map { DiaryOptions.only(chosen, in: $0) }
            if json {
                try printJSON(DiaryJSON(date: day, days: filtered))
            } else {
                var lines: [String] = []
                for (position, shown) in filtered.enumerated() {
                    if position > 0 { lines.append("") }
                    lines += DiaryText.lines(shown)
                }
                lines.forEach { print($0) }
            }
        }
    }
}

/// Sites and columns named on the command line (`--site`, `--with`), refused naming the option.
enum DiaryOptions {
    /// The site named by `--site`, or every open site.
    static func sites(_ name: String?, in store: AppDatabase) throws -> [Site] {
        guard let name else { return try store.sites().filter(\.active) }
        do { return [try store.site(named: name)] } catch StoreError.invalid(let errors) {
            throw CommandFailure(message: "--site: " + (errors.errors.first?.message ?? "\(errors)"))
        }
    }

    /// The one site a booking is made at: `--site`, or the practice's only open site.
    static func bookingSite(_ name: String?, in store: AppDatabase) throws -> Site {
        let found = try sites(name, in: store)
        guard found.count == 1, let only = found.first else {
            let names = found.map(\.name).joined(separator: ", ")
            throw CommandFailure(message: "--site: this practice has several sites (\(names)); say which with --site")
        }
        return only
    }

    /// The vet (by login name) or room (by name, any case) that `--with` names among the days' columns.
    static func column(_ name: String, in days: [DiaryDay], store: AppDatabase) throws -> DiaryColumnID {
        let wanted = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if let user = try store.users().first(where: { $0.username.lowercased() == wanted.lowercased() }), let id = user.id {
            return .staff(id)
        }
        let columns = days.flatMap(\.columns)
        if let room = columns.first(where: { if case .room = $0.id { $0.name.lowercased() == wanted.lowercased() } else { false } }) {
            return room.id
        }
        let rooms = Set(columns.compactMap { if case .room = $0.id { $0.name } else { nil } }).sorted()
        throw CommandFailure(message: "--with: '\(wanted)' is neither a login name nor a room"
            + (rooms.isEmpty ? "" : " (rooms: \(rooms.joined(separator: ", ")))"))
    }

    /// The day with only `column`'s appointments and absences (all of them without one).
    static func only(_ column: DiaryColumnID?, in day: DiaryDay) -> DiaryDay {
        guard let column else { return day }
        var narrowed = day
        narrowed.columns = day.columns.filter { $0.id == column }
        narrowed.appointments = day.appointments.filter { $0.appointment.column == column }
        narrowed.absences = day.absences.filter { $0.key == column }
        return narrowed
    }
}

/// A day of the diary as text: the site, date and hours, who is away, then one row per appointment.
enum DiaryText {
    static func lines(_ day: DiaryDay) -> [String] {
        let weekday = OpeningDay.weekdayNames[day.date.isoWeekday - 1]
        guard let hours = day.hours else {
            return ["\(day.siteName), \(day.date.long): closed on \(weekday)s"]
                + (day.appointments.isEmpty ? [] : table(day))
        }
        let pause = hours.breakFrom.flatMap { from in hours.breakTo.map { " (break \(from)–\($0))" } } ?? ""
        var out = ["\(day.siteName), \(day.date.long): open \(hours.opens)–\(hours.closes)\(pause)"]
        let names = Dictionary(day.columns.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for (column, absences) in day.absences.sorted(by: { (names[$0.key] ?? "") < (names[$1.key] ?? "") }) {
            for absence in absences {
                let why = absence.reason.isEmpty ? "" : " (\(absence.reason))"
                out.append("\(names[column] ?? "Staff \(absence.staffId)") is away from \(absence.startsAt) to \(absence.endsAt)\(why)")
            }
        }
        out.append("")
        guard !day.appointments.isEmpty else { return out + ["No appointments."] }
        return out + table(day)
    }

    private static func table(_ day: DiaryDay) -> [String] {
        [tableRow(["No.", "Time", "Min", "With", "Pet", "Client", "Type", "State", "Alerts"])]
            + day.appointments.map { shown in
                let appointment = shown.appointment
                let alerts = shown.alerts.isEmpty ? "" : "! " + shown.alerts.joined(separator: "; ")
                return tableRow([String(appointment.id ?? 0), appointment.startsAt.time.description, String(appointment.minutes),
                                 shown.withName, "\(shown.petName) (\(shown.species))", shown.clientName,
                                 appointment.kind.displayName, state(appointment), alerts])
            }
    }

    /// "Cancelled: owner unwell", or the state's name.
    static func state(_ appointment: Appointment) -> String {
        guard appointment.state == .cancelled, let reason = appointment.cancelReason else { return appointment.state.displayName }
        return "Cancelled: \(reason)"
    }
}

/// The day for scripts: one entry per site, times as `YYYY-MM-DD HH:MM` local wall time.
struct DiaryJSON: Encodable {
    struct SiteDay: Encodable {
        var site: String
        var open: Bool
        var opens: String?
        var closes: String?
        var breakFrom: String?
        var breakTo: String?
        var absences: [Absence]
        var appointments: [Line]
    }

    struct Absence: Encodable {
        var with: String
        var from: String
        var to: String
        var reason: String
    }

    struct Line: Encodable {
        var id: Int64
        var start: String
        var end: String
        var minutes: Int
        var with: String
        var clientId: Int64
        var client: String
        var petId: Int64
        var pet: String
        var species: String
        var type: String
        var state: String
        var reason: String
        var cancelReason: String?
        var alerts: [String]
    }

    var date: String
    var sites: [SiteDay]

    init(date: LocalDate, days: [DiaryDay]) {
        self.date = date.iso
        sites = days.map { day in
            let names = Dictionary(day.columns.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            return SiteDay(
                site: day.siteName, open: day.hours != nil, opens: day.hours?.opens.description,
                closes: day.hours?.closes.description, breakFrom: day.hours?.breakFrom?.description,
                breakTo: day.hours?.breakTo?.description,
                absences: day.absences.flatMap { column, absences in
                    absences.map { Absence(with: names[column] ?? "", from: $0.startsAt.description, to: $0.endsAt.description,
                                           reason: $0.reason) }
                }.sorted { ($0.from, $0.with) < ($1.from, $1.with) },
                appointments: day.appointments.map { shown in
                    let appointment = shown.appointment
                    return Line(id: appointment.id ?? 0, start: appointment.startsAt.description, end: appointment.endsAt.description,
                                minutes: appointment.minutes, with: shown.withName, clientId: appointment.clientId,
                                client: shown.clientName, petId: appointment.petId, pet: shown.petName, species: shown.species,
                                type: appointment.kind.rawValue, state: appointment.state.rawValue, reason: appointment.reason,
                                cancelReason: appointment.cancelReason, alerts: shown.alerts)
                })
        }
    }
}
