import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk book --client ID --pet ID --with USER --at 'YYYY-MM-DD HH:MM' --minutes N --type T --as USER`:
/// books one appointment through the same rules as the diary screen, so a clash names who holds
/// the slot and a restricted client needs a manager's `--override`.
struct BookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "book",
        abstract: "Book an appointment with a vet or in a room.",
        discussion: "Runs as any logged-in member of staff (--as). A restricted client's booking needs a practice "
            + "manager's --override 'ground: note' (grounds: "
            + RestrictionGround.allCases.map { $0.displayName.lowercased() }.joined(separator: ", ") + ").")

    @Option(help: ArgumentHelp("The client's number.", valueName: "id")) var client: String
    @Option(help: ArgumentHelp("The pet's number (one of the client's pets).", valueName: "id")) var pet: String
    @Option(name: .customLong("with"), help: ArgumentHelp("The vet's login name, or a room's name.", valueName: "user"))
    var with: String
    @Option(help: ArgumentHelp("When it starts: 'YYYY-MM-DD HH:MM', on a five-minute mark.", valueName: "time")) var at: String
    @Option(help: ArgumentHelp("How long, in minutes (5–480, steps of 5; default: the type's usual length).", valueName: "n"))
    var minutes: String?
    @Option(help: ArgumentHelp("The type: " + AppointmentKind.choicesText + ".", valueName: "type")) var type: String
    @Option(help: ArgumentHelp("What the pet is to be seen for (default: the type's name).", valueName: "text")) var reason: String?
    @Option(help: ArgumentHelp("Notes for the vet.", valueName: "text")) var notes = ""
    @Option(help: ArgumentHelp("The site (its name, in any case); needed when the practice has several.", valueName: "site"))
    var site: String?
    @Option(help: ArgumentHelp("Book a restricted client anyway, on a legal ground: 'ground: note' (a practice manager only).",
                               valueName: "ground: note"))
    var override: String?
    @OptionGroup var login: StaffLogin
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        try reportingFailures {
            var form = try typedForm()
            let store = try database.open(.existing)
            let place = try DiaryOptions.bookingSite(site, in: store)
            form.column = try BookOptions.column(with, at: place, store: store)
            _ = try BookOptions.validated(form)
            let session = try login.session(store)
            let booked = try store.bookAppointment(form, siteID: place.id, overrideReason: override, as: session)
            let shown = try store.diaryAppointment(id: booked.id ?? 0, as: session)
            print("Booked appointment \(booked.id ?? 0): \(shown.petName) (\(shown.clientName)) with \(shown.withName) "
                  + "on \(booked.startsAt.date.long) at \(booked.startsAt.time), \(booked.minutes) min, "
                  + "\(booked.kind.displayName.lowercased()), at \(place.name).")
        }
    }

    /// Everything typed that can be checked before the database is opened, refused naming the option.
    private func typedForm() throws -> AppointmentForm {
        var form = AppointmentForm()
        do {
            form.clientID = try OptionNumber.parse(client, option: "--client", range: Int64(1)...Int64.max)
            form.petID = try OptionNumber.parse(pet, option: "--pet", range: Int64(1)...Int64.max)
        } catch let error as ArgumentParser.ValidationError { throw CommandFailure(message: error.message) }
        do { form.kind = try AppointmentKind.parse(type, field: "--type") } catch { throw CommandFailure(message: error.message) }
        form.start = at
        form.minutes = minutes ?? String(form.kind.usualMinutes)
        form.reason = reason ?? form.kind.displayName
        form.notes = notes
        if let override {
            do { _ = try RestrictionOverride(text: override) } catch { throw CommandFailure(message: "--override: " + error.message) }
        }
        form.column = .staff(0)
        _ = try BookOptions.validated(form)
        form.column = nil
        return form
    }
}

/// The booking's options as the store's form fields, and `--with` read as a vet or a room.
enum BookOptions {
    /// The form's field → the option that typed it.
    static let options = ["start": "--at", "length": "--minutes", "reason": "--reason", "notes": "--notes",
                          "client": "--client", "pet": "--pet", "with": "--with"]

    /// The form checked as the store will check it, every refusal naming its option.
    @discardableResult
    static func validated(_ form: AppointmentForm) throws -> AppointmentDetails {
        do { return try form.validated() } catch {
            throw CommandFailure(message: error.errors.map { "\(options[$0.field] ?? $0.field): \($0.message)" }
                .joined(separator: "\n"))
        }
    }

    /// The vet whose login name is `name`, else the open room of that name at `site`.
    static func column(_ name: String, at site: Site, store: AppDatabase) throws -> DiaryColumnID {
        let wanted = name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if let user = try store.users().first(where: { $0.username.lowercased() == wanted }), let id = user.id {
            return .staff(id)
        }
        let rooms = try store.rooms(siteID: site.id ?? 0).filter(\.active)
        if let room = rooms.first(where: { $0.name.lowercased() == wanted }), let id = room.id { return .room(id) }
        let list = rooms.isEmpty ? "it has no rooms" : "its rooms are " + rooms.map(\.name).joined(separator: ", ")
        throw CommandFailure(message: "--with: '\(name)' is neither a login name nor a room at \(site.name) (\(list))")
    }
}
