import VetCore

/// The demo practice's branches after its first site (which is named and addressed as the
/// practice): market towns around Ludlow for the English practice, parishes and villages for
/// the Jersey one. Names are unique; past the end of a list the towns come round again as a
/// town's second branch ("North", "South"…), then numbered, so any count up to the most
/// sites a demo may have still reads as a place.
enum DemoSites {
    struct Place {
        var town: String
        /// "27 Wyle Cop".
        var street: String
        /// Town or parish, county or island, and postcode: "Shrewsbury, Shropshire SY1 1XB".
        var locality: String
        var dialling: String
    }

    /// The site numbered `number` (2 or more; 1 is the practice's own) in `region`.
    static func branch(_ number: Int, region: PracticeRegion) -> SiteDetails {
        let places = region == .jersey ? jersey : england
        let position = max(0, number - 2)
        let place = places[position % places.count]
        let round = position / places.count
        let qualifier = round == 0 ? "" : " " + (round <= qualifiers.count ? qualifiers[round - 1] : "\(round + 1)")
        let brand = region == .jersey ? "St Aubin Vets" : "Teme Valley Vets"
        let unit = round == 0 ? "" : "Unit \(round + 1), "
        let phone = (try? PhoneNumber(parsing: place.dialling + String(610_000 + position * 1_037), label: .work))?.formatted
        return SiteDetails(name: "\(brand), \(place.town)\(qualifier)",
                           address: "\(unit)\(place.street), \(place.locality)", phone: phone ?? "")
    }

    static let qualifiers = ["North", "South", "East", "West"]

    static let england: [Place] = [
        Place(town: "Shrewsbury", street: "27 Wyle Cop", locality: "Shrewsbury, Shropshire SY1 1XB", dialling: "01743"),
        Place(town: "Hereford", street: "41 Bridge Street", locality: "Hereford, Herefordshire HR4 9DG", dialling: "01432"),
        Place(town: "Leominster", street: "3 Broad Street", locality: "Leominster, Herefordshire HR6 8BS",
              dialling: "01568"),
        Place(town: "Church Stretton", street: "8 Sandford Avenue", locality: "Church Stretton, Shropshire SY6 6BW",
              dialling: "01694"),
        Place(town: "Bridgnorth", street: "12 Whitburn Street", locality: "Bridgnorth, Shropshire WV16 4QN",
              dialling: "01746"),
        Place(town: "Craven Arms", street: "Shrewsbury Road", locality: "Craven Arms, Shropshire SY7 9PY",
              dialling: "01588"),
        Place(town: "Ledbury", street: "22 The Homend", locality: "Ledbury, Herefordshire HR8 1BN", dialling: "01531"),
        Place(town: "Oswestry", street: "9 Salop Road", locality: "Oswestry, Shropshire SY11 2NR", dialling: "01691"),
        Place(town: "Much Wenlock", street: "31 High Street", locality: "Much Wenlock, Shropshire TF13 6AA",
              dialling: "01952"),
        Place(town: "Ross-on-Wye", street: "16 Gloucester Road", locality: "Ross-on-Wye, Herefordshire HR9 5BU",
              dialling: "01989"),
        Place(town: "Bishop's Castle", street: "4 Church Street", locality: "Bishop's Castle, Shropshire SY9 5AA",
              dialling: "01588"),
        Place(town: "Market Drayton", street: "40 Cheshire Street", locality: "Market Drayton, Shropshire TF9 1PH",
              dialling: "01630"),
        Place(town: "Bromyard", street: "7 Broad Street", locality: "Bromyard, Herefordshire HR7 4BS", dialling: "01885"),
        Place(town: "Whitchurch", street: "18 High Street", locality: "Whitchurch, Shropshire SY13 1AX",
              dialling: "01948"),
        Place(town: "Kington", street: "2 Bridge Street", locality: "Kington, Herefordshire HR5 3DL", dialling: "01544"),
        Place(town: "Cleobury Mortimer", street: "11 Church Street", locality: "Cleobury Mortimer, Shropshire DY14 8BS",
              dialling: "01299"),
        Place(town: "Wem", street: "25 High Street", locality: "Wem, Shropshire SY4 5AA", dialling: "01939"),
        Place(town: "Newport", street: "60 High Street", locality: "Newport, Shropshire TF10 7AT", dialling: "01952"),
        Place(town: "Ellesmere", street: "6 Scotland Street", locality: "Ellesmere, Shropshire SY12 0EG",
              dialling: "01691"),
        Place(town: "Weobley", street: "Broad Street", locality: "Weobley, Herefordshire HR4 8SA", dialling: "01544"),
        Place(town: "Shifnal", street: "14 Broadway", locality: "Shifnal, Shropshire TF11 8AZ", dialling: "01952"),
        Place(town: "Wellington", street: "33 Market Street", locality: "Wellington, Shropshire TF1 1DT",
              dialling: "01952"),
    ]

    static let jersey: [Place] = [
        Place(town: "St Helier", street: "12 Bath Street", locality: "St Helier, Jersey JE2 4ST", dialling: "01534"),
        Place(town: "Gorey", street: "Gorey Village Main Road", locality: "Grouville, Jersey JE3 9EP", dialling: "01534"),
        Place(town: "St Ouen", street: "La Route de Vinchelez", locality: "St Ouen, Jersey JE3 2DA", dialling: "01534"),
        Place(town: "Trinity", street: "La Rue ès Picots", locality: "Trinity, Jersey JE3 5JX", dialling: "01534"),
        Place(town: "St Clement", street: "Le Marais", locality: "St Clement, Jersey JE2 6QN", dialling: "01534"),
        Place(town: "St Martin", street: "La Grande Route de Faldouet", locality: "St Martin, Jersey JE3 6UG",
              dialling: "01534"),
        Place(town: "Les Quennevais", street: "Les Quennevais Precinct", locality: "St Brelade, Jersey JE3 8FX",
              dialling: "01534"),
        Place(town: "St John", street: "La Route du Nord", locality: "St John, Jersey JE3 4AQ", dialling: "01534"),
        Place(town: "St Lawrence", street: "La Route de St Laurent", locality: "St Lawrence, Jersey JE3 1NH",
              dialling: "01534"),
        Place(town: "St Peter", street: "La Route de Beaumont", locality: "St Peter, Jersey JE3 7BA", dialling: "01534"),
        Place(town: "St Mary", street: "La Rue des Buttes", locality: "St Mary, Jersey JE3 3DF", dialling: "01534"),
        Place(town: "St Saviour", street: "Longueville Road", locality: "St Saviour, Jersey JE2 7SA", dialling: "01534"),
        Place(town: "Rozel", street: "Rozel Harbour", locality: "St Martin, Jersey JE3 6AN", dialling: "01534"),
        Place(town: "First Tower", street: "St Aubin's Road", locality: "St Helier, Jersey JE2 3SF", dialling: "01534"),
        Place(town: "Five Oaks", street: "La Rue de la Fosse", locality: "St Saviour, Jersey JE2 7GS", dialling: "01534"),
        Place(town: "Red Houses", street: "La Route des Quennevais", locality: "St Brelade, Jersey JE3 8JB",
              dialling: "01534"),
        Place(town: "Grouville", street: "La Rue à Don", locality: "Grouville, Jersey JE3 9GB", dialling: "01534"),
        Place(town: "Millbrook", street: "Victoria Avenue", locality: "St Lawrence, Jersey JE3 1JY", dialling: "01534"),
        Place(town: "Georgetown", street: "Georgetown Road", locality: "St Saviour, Jersey JE2 7TR", dialling: "01534"),
        Place(town: "Bonne Nuit", street: "Bonne Nuit Bay", locality: "St John, Jersey JE3 4DD", dialling: "01534"),
    ]

    /// How many clients call each site home, relative to one another: the first site (the
    /// practice's original surgery) is the largest, later branches smaller and smaller.
    static func weights(of siteIDs: [Int64]) -> [(Int64, Int)] {
        siteIDs.enumerated().map { position, id in (id, 1_000 / (position + 2)) }
    }
}
