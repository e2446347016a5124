/// Towns, streets, postcodes and landline codes. English clients live around a Shropshire
/// market town; Jersey clients across the parishes. Postcodes use real districts and a
/// valid inward code, so they pass VetDesk's own postcode check.
enum DemoPlaces {
    struct Town {
        var name: String
        var outwardCodes: [String]
        var dialling: String
    }

    static let england: [Town] = [
        Town(name: "Ludlow", outwardCodes: ["SY8"], dialling: "01584"),
        Town(name: "Shrewsbury", outwardCodes: ["SY1", "SY2", "SY3"], dialling: "01743"),
        Town(name: "Church Stretton", outwardCodes: ["SY6"], dialling: "01694"),
        Town(name: "Leominster", outwardCodes: ["HR6"], dialling: "01568"),
        Town(name: "Hereford", outwardCodes: ["HR1", "HR2", "HR4"], dialling: "01432"),
        Town(name: "Kidderminster", outwardCodes: ["DY10", "DY11"], dialling: "01562"),
        Town(name: "Tenbury Wells", outwardCodes: ["WR15"], dialling: "01584"),
        Town(name: "Bridgnorth", outwardCodes: ["WV15", "WV16"], dialling: "01746"),
    ]

    static let jersey: [Town] = [
        Town(name: "St Helier", outwardCodes: ["JE1", "JE2", "JE4"], dialling: "01534"),
        Town(name: "St Saviour", outwardCodes: ["JE2"], dialling: "01534"),
        Town(name: "St Brelade", outwardCodes: ["JE3"], dialling: "01534"),
        Town(name: "St Clement", outwardCodes: ["JE2"], dialling: "01534"),
        Town(name: "Trinity", outwardCodes: ["JE3"], dialling: "01534"),
        Town(name: "Grouville", outwardCodes: ["JE3"], dialling: "01534"),
        Town(name: "St Ouen", outwardCodes: ["JE3"], dialling: "01534"),
    ]

    static let englishStreets = [
        "Broad Street", "Mill Street", "Corve Street", "Old Street", "Lower Galdeford", "Gravel Hill",
        "Station Road", "Church Lane", "Castle View", "Park Road", "The Paddocks", "Wheatsheaf Close",
        "Whitcliffe Road", "Sandpits Avenue", "Oak Drive", "Bromfield Road", "Temeside", "Linney",
    ]

    static let jerseyStreets = [
        "La Rue de la Pointe", "Rue des Prés", "La Route de St Aubin", "Le Mont Cochon", "Rue du Pont",
        "La Grande Route de St Jean", "Val Plaisant", "Rue de Samarès", "La Rue des Landes", "Le Clos du Moulin",
    ]

    static let houseNames = ["Rose Cottage", "The Old Forge", "Les Vaux", "Hillside", "Orchard House", "La Ferme"]

    /// Letters used in the last two places of a postcode (never C I K M O V).
    private static let inwardLetters = Array("ABDEFGHJLNPQRSTUWXYZ")

    static func postcode(outward: String, random: inout DemoRandom) -> String {
        "\(outward) \(random.int(1...9))\(random.pick(inwardLetters))\(random.pick(inwardLetters))"
    }
}
