/// The pharmacological class of a medicine on the price list, so that an allergy to a class
/// ("allergic to penicillin") is caught whichever product of that class is picked.
public enum DrugClass: String, Choice {
    case penicillins, cephalosporins, fluoroquinolones, macrolides, tetracyclines, sulphonamides
    case aminoglycosides, lincosamides, nitroimidazoles
    case nsaids, opioids, corticosteroids, benzodiazepines, alpha2Agonists, localAnaesthetics
    case macrocyclicLactones, isoxazolines, pyrethroids

    public var displayName: String {
        switch self {
        case .penicillins: "Penicillins"
        case .cephalosporins: "Cephalosporins"
        case .fluoroquinolones: "Fluoroquinolones"
        case .macrolides: "Macrolides"
        case .tetracyclines: "Tetracyclines"
        case .sulphonamides: "Sulphonamides"
        case .aminoglycosides: "Aminoglycosides"
        case .lincosamides: "Lincosamides"
        case .nitroimidazoles: "Nitroimidazoles"
        case .nsaids: "NSAIDs"
        case .opioids: "Opioids"
        case .corticosteroids: "Corticosteroids"
        case .benzodiazepines: "Benzodiazepines"
        case .alpha2Agonists: "Alpha-2 agonists"
        case .localAnaesthetics: "Local anaesthetics"
        case .macrocyclicLactones: "Macrocyclic lactones"
        case .isoxazolines: "Isoxazolines"
        case .pyrethroids: "Pyrethroids"
        }
    }

    public static var fieldName: String { "drug class" }

    /// The name inside a sentence: "one of the penicillins", "one of the NSAIDs".
    public var inSentence: String { self == .nsaids ? displayName : displayName.lowercased() }

    /// Folded words that name the class or a common member of it in a free-text alert:
    /// "allergic to penicillin", "reacted to Synulox", "no NSAIDs (kidneys)".
    public var alertWords: Set<String> {
        switch self {
        case .penicillins:
            ["penicillin", "penicillins", "amoxicillin", "amoxycillin", "ampicillin", "amoxiclav", "coamoxiclav",
             "cloxacillin", "synulox", "clavamox", "clavaseptin", "betamox"]
        case .cephalosporins:
            ["cephalosporin", "cephalosporins", "cefalexin", "cephalexin", "cefovecin", "convenia", "cefquinome", "ceftiofur"]
        case .fluoroquinolones:
            ["fluoroquinolone", "fluoroquinolones", "quinolone", "quinolones", "enrofloxacin", "marbofloxacin",
             "pradofloxacin", "baytril", "marbocyl", "veraflox"]
        case .macrolides: ["macrolide", "macrolides", "erythromycin", "tylosin", "azithromycin", "tulathromycin"]
        case .tetracyclines: ["tetracycline", "tetracyclines", "doxycycline", "oxytetracycline", "ronaxan"]
        case .sulphonamides:
            ["sulphonamide", "sulphonamides", "sulfonamide", "sulfonamides", "sulfa", "sulpha", "trimethoprim",
             "potentiated", "sulfadiazine", "tribrissen"]
        case .aminoglycosides: ["aminoglycoside", "aminoglycosides", "gentamicin", "neomycin", "amikacin"]
        case .lincosamides: ["lincosamide", "lincosamides", "clindamycin", "lincomycin", "antirobe"]
        case .nitroimidazoles: ["nitroimidazole", "nitroimidazoles", "metronidazole", "metrobactin"]
        case .nsaids:
            ["nsaid", "nsaids", "meloxicam", "carprofen", "robenacoxib", "firocoxib", "cimicoxib", "mavacoxib",
             "ketoprofen", "metacam", "rimadyl", "onsior", "previcox", "loxicom", "aspirin"]
        case .opioids:
            ["opioid", "opioids", "opiate", "opiates", "buprenorphine", "methadone", "butorphanol", "morphine",
             "fentanyl", "tramadol", "vetergesic"]
        case .corticosteroids:
            ["corticosteroid", "corticosteroids", "steroid", "steroids", "prednisolone", "dexamethasone",
             "methylprednisolone", "hydrocortisone"]
        case .benzodiazepines: ["benzodiazepine", "benzodiazepines", "diazepam", "midazolam"]
        case .alpha2Agonists: ["medetomidine", "dexmedetomidine", "xylazine", "sedator", "domitor", "dexdomitor"]
        case .localAnaesthetics: ["lidocaine", "lignocaine", "bupivacaine", "procaine"]
        case .macrocyclicLactones:
            ["ivermectin", "milbemycin", "moxidectin", "selamectin", "avermectin", "avermectins", "stronghold", "advocate"]
        case .isoxazolines: ["isoxazoline", "isoxazolines", "fluralaner", "afoxolaner", "sarolaner", "lotilaner",
                             "bravecto", "nexgard", "simparica", "credelio"]
        case .pyrethroids: ["pyrethroid", "pyrethroids", "permethrin", "deltamethrin", "flumethrin", "seresto"]
        }
    }
}
