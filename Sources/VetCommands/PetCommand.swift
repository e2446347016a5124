import ArgumentParser
import Foundation
import VetCore
import VetStore

/// `vetdesk pet edit|death|transfer CLIENT PET … --as USER`: a pet's details and life events from
/// a script, with the same rules, permissions and audit entries as the client record's Pets pane.
struct PetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pet",
        abstract: "Edit a pet, record its death, or transfer it to another client.",
        discussion: """
            CLIENT is the client's number (as `vetdesk search` prints it) or search text that finds exactly \
            one client; PET is the name of one of their pets, or its microchip.
            """,
        subcommands: [Edit.self, Death.self, Transfer.self])

    /// The client and pet named on the command line, and the session acting on them.
    struct Target: ParsableArguments {
        @Argument(help: "The client's number, or search text that finds exactly one client.") var client: String
        @Argument(help: "The pet's name (any capitals) or microchip.") var pet: String
        @OptionGroup var login: StaffLogin
        @OptionGroup var database: DatabaseOptions

        func resolve() throws -> (store: AppDatabase, user: StaffSession, owner: Client, pet: Pet) {
            let store = try database.open(.existing)
            let user = try login.session(store)
            let view = try store.viewClient(id: try ClientArgument.id(client, in: store, field: "client"), as: user)
            let typed = pet.trimmingCharacters(in: .whitespaces)
            let matches = view.pets.filter { $0.name.lowercased() == typed.lowercased() || $0.microchip == typed }
            guard matches.count == 1, let found = matches.first else {
                let names = view.pets.map(\.name).joined(separator: ", ")
                throw CommandFailure(message: matches.isEmpty
                    ? "pet: \(view.client.fullName) has no pet called '\(typed)'" + (names.isEmpty ? "" : " (their pets: \(names))")
                    : "pet: \(view.client.fullName) has more than one pet called '\(typed)'; give its microchip")
            }
            return (store, user, view.client, found)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a pet's details; options not given keep their value, an empty value clears it.")
        @OptionGroup var target: Target
        @Option(help: "The pet's name.") var name: String?
        @Option(help: "Species, e.g. Dog, Cat, Rabbit, or any other.") var species: String?
        @Option(help: "Breed.") var breed: String?
        @Option(help: "male, female or unknown.") var sex: String?
        @Option(help: "yes or no.") var neutered: String?
        @Option(help: "Date of birth: 2019-05-01, or approximate: ~2019, 2019-05, about 3 years.") var born: String?
        @Option(help: "Colour.") var colour: String?
        @Option(help: "Microchip: 15 digits.") var microchip: String?
        @Option(help: "Alerts staff must see (\"bites\").") var alerts: String?

        func run() throws {
            try reportingFailures {
                let (store, user, _, pet) = try target.resolve()
                var form = PetForm()
                form.name = name ?? pet.name
                form.species = species ?? pet.species
                form.breed = breed ?? pet.breed ?? ""
                form.sex = sex ?? pet.sex.rawValue
                form.neutered = neutered ?? (pet.neutered ? "yes" : "no")
                form.dateOfBirth = born ?? pet.dateOfBirth.map { DateOfBirth(date: $0, isApproximate: pet.birthApproximate).formatted } ?? ""
                form.colour = colour ?? pet.colour ?? ""
                form.microchip = microchip ?? pet.microchip ?? ""
                form.alerts = alerts ?? pet.alerts ?? ""
                let details: PetDetails
                do throws(ValidationErrors) { details = try form.validated(today: store.clock.today()) } catch {
                    throw CommandFailure(message: error.description)
                }
                let saved = try store.updatePet(id: try pet.id.orFail("pet"), expectedVersion: pet.version, details: details, as: user)
                print("Saved \(saved.name) (\(saved.species)).")
            }
        }
    }

    struct Death: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a pet died; with --correct, a practice manager corrects a recorded death.",
            discussion: """
                The date may not be in the future, before the pet was born, before it came to its owner, or \
                before its last consultation (the same day is allowed). With --correct, --on gives the right date, \
                or is left out when the death was recorded in error (the pet becomes active again); --reason is required.
                """)
        @OptionGroup var target: Target
        @Option(help: ArgumentHelp("The date of death, YYYY-MM-DD.", valueName: "date")) var on: String?
        @Option(help: "What the pet died of.") var cause: String?
        @Flag(help: "Correct a recorded death (practice manager).") var correct = false
        @Option(help: "Why the death is corrected (with --correct).") var reason: String?

        func run() throws {
            try reportingFailures {
                if !correct, reason != nil { throw CommandFailure(message: "reason: --reason goes with --correct") }
                if !correct, on == nil { throw CommandFailure(message: "date of death: give --on YYYY-MM-DD") }
                let date = try on.map { try CommandDate.parse($0, option: "date of death") }
                let (store, user, _, pet) = try target.resolve()
                let id = try pet.id.orFail("pet")
                if correct {
                    let saved = try store.correctPetDeath(id: id, diedOn: date, cause: cause, reason: reason ?? "",
                                                          expectedVersion: pet.version, as: user)
                    print(saved.diedOn.map { "Corrected: \(saved.name) died on \($0.iso)." }
                          ?? "Corrected: \(saved.name) is active; the death was recorded in error.")
                } else if let date {
                    let saved = try store.recordPetDeath(id: id, on: date, cause: cause, expectedVersion: pet.version, as: user)
                    print("Recorded: \(saved.name) died on \(date.iso).")
                }
            }
        }
    }

    struct Transfer: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Transfer a pet to another client from a date; its history stays with the old owner.",
            discussion: """
                Visits, invoices and claims up to the transfer stay on the old owner's record and account; the \
                pet is on the new owner's record from the transfer. The date may not be in the future, before \
                the pet was born, before its last consultation or before its previous transfer.
                """)
        @OptionGroup var target: Target
        @Option(help: ArgumentHelp("The new owner's number, or search text that finds exactly one client.",
                                   valueName: "client")) var to: String
        @Option(help: ArgumentHelp("The transfer date, YYYY-MM-DD.", valueName: "date")) var on: String

        func run() throws {
            try reportingFailures {
                let date = try CommandDate.parse(on, option: "transfer date")
                let (store, user, owner, pet) = try target.resolve()
                let newOwner = try ClientArgument.id(to, in: store, field: "new owner")
                let saved = try store.transferPet(id: try pet.id.orFail("pet"), toClientID: newOwner, on: date,
                                                  expectedVersion: pet.version, as: user)
                print("Transferred \(saved.name) from \(owner.fullName) to client \(newOwner) on \(date.iso).")
            }
        }
    }
}

extension Optional {
    /// Unwraps a stored record's id, or fails with a sentence naming it.
    func orFail(_ what: String) throws -> Wrapped {
        guard let self else { throw CommandFailure(message: "\(what): the record has no number; it may have been removed") }
        return self
    }
}
