/// Kinds of animal a small practice sees, with breeds, colours and adult weights.
enum DemoAnimals {
    struct Species {
        var name: String
        var weight: Int
        var breeds: [String]
        var colours: [String]
        /// Typical adult weight range in grams.
        var grams: ClosedRange<Int>
        var lifespanYears: Int
        var chipChance: Double
        var vaccine: String?
    }

    static let all: [Species] = [
        Species(name: "Dog", weight: 46,
                breeds: ["Labrador Retriever", "Cocker Spaniel", "Border Collie", "Staffordshire Bull Terrier",
                         "Jack Russell Terrier", "French Bulldog", "Cockapoo", "Golden Retriever", "Dachshund",
                         "English Springer Spaniel", "Whippet", "Crossbreed", "German Shepherd", "Shih Tzu"],
                colours: ["black", "yellow", "chocolate", "black and white", "tricolour", "brindle", "tan", "red", "merle"],
                grams: 4_000...38_000, lifespanYears: 14, chipChance: 0.96, vaccine: "VACD"),
        Species(name: "Cat", weight: 40,
                breeds: ["Domestic Shorthair", "Domestic Longhair", "British Shorthair", "Siamese", "Maine Coon",
                         "Ragdoll", "Bengal", "Persian"],
                colours: ["tabby", "black", "black and white", "ginger", "tortoiseshell", "grey", "calico", "seal point"],
                grams: 3_000...6_500, lifespanYears: 16, chipChance: 0.78, vaccine: "VACC"),
        Species(name: "Rabbit", weight: 7, breeds: ["Netherland Dwarf", "Mini Lop", "Lionhead", "Rex", "Crossbreed"],
                colours: ["white", "agouti", "black", "grey", "sandy"], grams: 1_200...3_500, lifespanYears: 9,
                chipChance: 0.3, vaccine: "VACR"),
        Species(name: "Guinea pig", weight: 3, breeds: ["Abyssinian", "American", "Peruvian"],
                colours: ["tricolour", "cream", "agouti"], grams: 700...1_200, lifespanYears: 6, chipChance: 0,
                vaccine: nil),
        Species(name: "Ferret", weight: 1, breeds: ["Polecat", "Albino"], colours: ["sable", "white"],
                grams: 600...2_000, lifespanYears: 8, chipChance: 0.5, vaccine: nil),
        Species(name: "Tortoise", weight: 1, breeds: ["Hermann's", "Horsfield"], colours: ["olive"],
                grams: 500...2_500, lifespanYears: 60, chipChance: 0.4, vaccine: nil),
        Species(name: "Budgerigar", weight: 2, breeds: ["Budgerigar"], colours: ["green", "blue"],
                grams: 30...45, lifespanYears: 8, chipChance: 0, vaccine: nil),
    ]

    static let weighted: [(Int, Int)] = all.enumerated().map { ($0.offset, $0.element.weight) }

    static let names = [
        "Bella", "Luna", "Max", "Poppy", "Milo", "Teddy", "Daisy", "Alfie", "Coco", "Charlie", "Bonnie", "Ruby",
        "Willow", "Oscar", "Nala", "Simba", "Tilly", "Rosie", "Buster", "Bailey", "Molly", "Lola", "Pip", "Biscuit",
        "Pebbles", "Zeus", "Mochi", "Shadow", "Smudge", "Tigger", "Misty", "Archie", "Ollie", "Murphy", "Rocky",
        "Bramble", "Hazel", "Juniper", "Winston", "Ziggy", "Renée", "Björn", "Señor Whiskers", "Crème Brûlée",
        "Thumper", "Kiwi", "Pancake", "Fudge", "Sooty", "Patch", "Skye", "Flossie", "Dexter", "Barney", "Maisie",
    ]

    /// UK pet microchips start with a country (826) or a manufacturer code.
    static let chipPrefixes = ["826", "985", "977", "941", "900", "956"]
}
