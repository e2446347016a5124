/// People's names for demo clients: common UK names, Jersey family names, and names whose
/// letters test search folding and column widths (Zoë, Siân, Ó Briain, Łukasz, Nguyễn).
enum DemoNames {
    /// The first clients of every demo practice, so even a small one shows the hard cases.
    static let showcase: [(title: String?, first: String, last: String)] = [
        ("Ms", "Zoë", "Smith"), ("Mrs", "Siân", "Jones"), ("Mr", "Ciarán", "Ó Briain"),
        ("Mr", "Łukasz", "Nowak"), ("Ms", "Lan", "Nguyễn"), ("Mr", "Seán", "O'Neill"),
        ("Dr", "Chloé", "Le Brocq"), ("Mrs", "Anna-Maria", "Smith-Jones"), ("Mr", "José", "García"),
        ("Miss", "Zoe", "Smithson"), ("Mr", "Björn", "Øster"), ("Mrs", "Aoife", "Ní Bhriain"),
    ]

    static let titles: [(String?, Int)] = [
        ("Mr", 30), ("Mrs", 25), ("Ms", 15), ("Miss", 8), ("Dr", 3), ("Mx", 1), (nil, 18),
    ]

    static let firstNames = [
        "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Charlie", "Thomas", "Oscar", "William",
        "James", "Henry", "Leo", "Alfie", "Joshua", "Freddie", "Archie", "Ethan", "Isaac", "Alexander",
        "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy", "Ella",
        "Lily", "Evie", "Isabella", "Sophie", "Ivy", "Freya", "Harriet", "Rosie", "Jessica", "Daisy",
        "David", "Sarah", "Michael", "Helen", "Paul", "Claire", "Mark", "Karen", "Andrew", "Rachel",
        "Richard", "Susan", "Peter", "Julie", "Stephen", "Emma", "Gareth", "Rhian", "Dafydd", "Carys",
        "Siân", "Zoë", "Seán", "Niamh", "Aoife", "Ciarán", "Łukasz", "Agnieszka", "Wojciech", "Małgorzata",
        "Priya", "Aarav", "Fatima", "Mohammed", "Aisha", "Omar", "Mei", "Wei", "Chloé", "Renée",
        "José", "Inês", "João", "Björn", "Søren", "Anaïs", "Hélène", "Matthew", "Laura", "Christopher",
    ]

    /// Forenames by the sex they usually belong to, so a drawn title can be made to agree:
    /// no "Mr Freya Singh" or "Mrs Stephen Bennett". Names used for both keep any title.
    static let femaleNames: Set<String> = [
        "Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophia", "Grace", "Mia", "Poppy", "Ella", "Lily", "Evie",
        "Isabella", "Sophie", "Ivy", "Freya", "Harriet", "Rosie", "Jessica", "Daisy", "Sarah", "Helen", "Claire",
        "Karen", "Rachel", "Susan", "Julie", "Emma", "Rhian", "Carys", "Siân", "Zoë", "Niamh", "Aoife", "Agnieszka",
        "Małgorzata", "Priya", "Fatima", "Aisha", "Mei", "Chloé", "Renée", "Inês", "Anaïs", "Hélène", "Laura",
    ]
    static let maleNames: Set<String> = [
        "Oliver", "George", "Harry", "Jack", "Jacob", "Noah", "Thomas", "Oscar", "William", "James", "Henry", "Leo",
        "Alfie", "Joshua", "Freddie", "Archie", "Ethan", "Isaac", "Alexander", "David", "Michael", "Paul", "Mark",
        "Andrew", "Richard", "Peter", "Stephen", "Gareth", "Dafydd", "Seán", "Ciarán", "Łukasz", "Wojciech", "Aarav",
        "Mohammed", "Omar", "José", "João", "Björn", "Søren", "Matthew", "Christopher",
    ]
    static let unisexNames: Set<String> = ["Charlie", "Wei"]

    /// The drawn title made to agree with the forename: a woman drawn "Mr" becomes "Ms"; a man drawn
    /// "Mrs", "Ms" or "Miss" becomes "Mr". Dr, Mx and no title suit anyone and are kept, as is
    /// any title for a name used by both sexes. The draw itself is unchanged, so a seed gives the
    /// same practice otherwise.
    static func title(_ drawn: String?, forename: String) -> String? {
        switch drawn {
        case "Mr" where femaleNames.contains(forename): "Ms"
        case "Mrs", "Ms", "Miss": maleNames.contains(forename) ? "Mr" : drawn
        default: drawn
        }
    }

    static let lastNames = [
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
        "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
        "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill",
        "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
        "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
        "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy",
        "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh",
        "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali",
        "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight",
        "O'Neill", "O'Brien", "McCarthy", "Ó Briain", "Ní Bhriain", "Nowak", "Kowalski", "Wiśniewski", "Nguyễn", "Trần",
        "Le Brocq", "Le Sueur", "de Gruchy", "Renouf", "Vibert", "Pallot", "Le Cornu", "Amy", "Falle", "Mourant",
        "Smith-Jones", "García", "Fernández", "Øster", "Müller", "Smithson", "Bellamy", "Fletcher", "Lloyd", "Pritchard",
    ]
}
