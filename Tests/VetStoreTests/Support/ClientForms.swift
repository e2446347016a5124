import VetCore

/// Client forms as a receptionist would fill them, for tests that edit or re-register clients.
enum ClientForms {
    static func jersey(title: String = "", firstName: String = "Zoë", lastName: String = "Le Brun",
                       addressLine1: String = "4 Rue des Prés", town: String = "St Saviour", postcode: String = "JE2 7TS",
                       phone: String = "07700 900123", phoneLabel: PhoneLabel = .mobile, email: String = "") -> ClientForm {
        var form = ClientForm()
        form.title = title
        form.firstName = firstName
        form.lastName = lastName
        form.addressLine1 = addressLine1
        form.town = town
        form.postcode = postcode
        form.email = email
        form.phones = phone.isEmpty ? [] : [.init(label: phoneLabel, number: phone)]
        return form
    }
}
