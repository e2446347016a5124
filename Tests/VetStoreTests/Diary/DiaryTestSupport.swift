import Foundation
@testable import VetStore
import VetCore

extension TestPractice {
    /// A booking form for `pet` with the test vet, on `start` (`YYYY-MM-DD HH:MM`).
    func appointmentForm(client: Client, pet: Pet, start: String, minutes: Int = 15,
                         kind: AppointmentKind = .consultation, reason: String = "Limping") -> AppointmentForm {
        var form = AppointmentForm()
        form.clientID = client.id
        form.petID = pet.id
        form.column = .staff(vet.userID)
        form.start = start
        form.minutes = String(minutes)
        form.kind = kind
        form.reason = reason
        return form
    }
}
