/// Consultation templates: what brings an animal in, the SOAP note a vet writes, and what
/// is given. Several per kind of animal, so a pet's history reads like a real one.
enum DemoClinical {
    struct Given {
        var code: String
        var quantity: ClosedRange<Int>
        var dose: String?
    }

    struct Template {
        var reason: String
        var subjective: String
        var objective: String
        var assessment: String
        var plan: String
        var given: [Given]
        var followUpDays: Int?
    }

    static let common: [Template] = [
        Template(reason: "Annual health check and booster",
                 subjective: "Owner reports well in self. Eating and drinking normally. No vomiting or diarrhoea.",
                 objective: "Bright, alert, responsive. Heart and lungs auscultate normally. Teeth: mild tartar. BCS 5/9.",
                 assessment: "Healthy adult.", plan: "Booster given. Flea and worm prevention discussed.",
                 given: [], followUpDays: nil),
        Template(reason: "Lameness",
                 subjective: "Lame on a fore leg for three days after a walk; no known trauma.",
                 objective: "Grade 2/10 lameness. Mild pain on flexion of the carpus; no swelling. Temperature 38.6 °C.",
                 assessment: "Soft tissue injury, suspected carpal sprain.",
                 plan: "Rest for 10 days, lead exercise only. Meloxicam once daily with food.",
                 given: [Given(code: "MELOX", quantity: 10...30, dose: "0.1 mg/kg once daily with food")], followUpDays: 10),
        Template(reason: "Vomiting and diarrhoea",
                 subjective: "Vomited four times since yesterday, loose stools. Possible scavenging on a walk.",
                 objective: "Quiet but alert. Mild abdominal discomfort, no masses palpated. Mucous membranes pink, CRT < 2 s.",
                 assessment: "Acute gastroenteritis, likely dietary indiscretion.",
                 plan: "Bland diet for 3 days. Antiemetic given. Return if blood in stools or not eating.",
                 given: [Given(code: "MAROP", quantity: 1...3, dose: "1 tablet once daily")], followUpDays: nil),
        Template(reason: "Itchy skin",
                 subjective: "Scratching and licking paws for two weeks; worse after walks in long grass.",
                 objective: "Erythema of the ventral abdomen and interdigital spaces. No fleas seen; flea dirt negative.",
                 assessment: "Suspected atopic dermatitis.",
                 plan: "Oclacitinib for 14 days, then review. Discussed allergy work-up.",
                 given: [Given(code: "OCLAC", quantity: 14...28, dose: "1 tablet twice daily for 14 days, then once daily")],
                 followUpDays: 14),
        Template(reason: "Dental assessment",
                 subjective: "Bad breath noticed by owner; eating normally.",
                 objective: "Grade 2 periodontal disease, calculus on upper premolars, gingivitis.",
                 assessment: "Periodontal disease.", plan: "Dental scale and polish under general anaesthetic booked.",
                 given: [Given(code: "DENT", quantity: 1...1, dose: nil), Given(code: "GA", quantity: 1...1, dose: nil)],
                 followUpDays: 7),
        Template(reason: "Weight check",
                 subjective: "Owner worried about weight gain since neutering.",
                 objective: "BCS 7/9. Otherwise normal clinical examination.",
                 assessment: "Overweight.", plan: "Reduce daily food by 10%; weigh again in a month.",
                 given: [], followUpDays: 30),
    ]

    static let dog: [Template] = [
        Template(reason: "Ear infection",
                 subjective: "Shaking head and scratching the left ear for a week.",
                 objective: "Left ear canal erythematous with brown waxy discharge; tympanum intact.",
                 assessment: "Otitis externa (left).", plan: "Ear cytology done. Ear drops twice daily for 7 days.",
                 given: [Given(code: "CYTO", quantity: 1...1, dose: nil), Given(code: "EARDR", quantity: 1...1, dose: "5 drops twice daily")],
                 followUpDays: 10),
        Template(reason: "Kennel cough vaccination",
                 subjective: "Going into boarding kennels next month.", objective: "Clinically normal.",
                 assessment: "Fit for intranasal vaccination.", plan: "Kennel cough vaccine given intranasally.",
                 given: [Given(code: "KC", quantity: 1...1, dose: "0.4 ml intranasal")], followUpDays: nil),
        Template(reason: "Castration",
                 subjective: "Admitted for routine castration. Starved from 8 pm.",
                 objective: "Pre-anaesthetic examination normal.", assessment: "Fit for general anaesthetic (ASA 1).",
                 plan: "Castration under GA, uneventful recovery. Buster collar; post-op check in 3 days.",
                 given: [Given(code: "CASTD", quantity: 1...1, dose: nil), Given(code: "METAC", quantity: 1...1, dose: "0.2 mg/kg SC")],
                 followUpDays: 3),
    ]

    static let cat: [Template] = [
        Template(reason: "Drinking more",
                 subjective: "Drinking and urinating more over a month; some weight loss.",
                 objective: "Thin, BCS 3/9. Kidneys small and firm on palpation.",
                 assessment: "Suspected chronic kidney disease.", plan: "Bloods and urine taken. Renal diet started.",
                 given: [Given(code: "BLOOD", quantity: 1...1, dose: nil), Given(code: "URINE", quantity: 1...1, dose: nil),
                         Given(code: "RENAL", quantity: 1...2, dose: nil)],
                 followUpDays: 14),
        Template(reason: "Cat bite abscess",
                 subjective: "Swelling on the tail base after a fight with the neighbour's cat.",
                 objective: "Fluctuant swelling at the tail base; temperature 39.8 °C.",
                 assessment: "Cat bite abscess.", plan: "Lanced and flushed. Antibiotics for 7 days.",
                 given: [Given(code: "AMOXC", quantity: 10...14, dose: "1 tablet twice daily for 7 days")], followUpDays: 7),
        Template(reason: "Spay",
                 subjective: "Admitted for routine spay.", objective: "Pre-anaesthetic examination normal.",
                 assessment: "Fit for general anaesthetic (ASA 1).", plan: "Flank spay under GA, recovered well.",
                 given: [Given(code: "SPAYC", quantity: 1...1, dose: nil)], followUpDays: 3),
    ]

    static let rabbit: [Template] = [
        Template(reason: "Not eating",
                 subjective: "Not eaten since this morning, no droppings today.",
                 objective: "Quiet, gut sounds reduced, abdomen doughy. Incisors overgrown.",
                 assessment: "Gut stasis secondary to dental disease.",
                 plan: "Syringe feeding, analgesia. Dental burr under sedation booked.",
                 given: [Given(code: "METAC", quantity: 1...1, dose: "0.6 mg/kg SC")], followUpDays: 2),
        Template(reason: "Vaccination",
                 subjective: "Due annual vaccination.", objective: "Teeth normal, good body condition.",
                 assessment: "Healthy.", plan: "Combined RHD2 and myxomatosis vaccine given.",
                 given: [Given(code: "VACR", quantity: 1...1, dose: "1 ml SC")], followUpDays: nil),
    ]

    static let alerts = [
        "bites", "nervous: muzzle for examination", "diabetic", "aggressive to other dogs",
        "allergic to penicillin", "epileptic", "scratches when restrained", "heart murmur: sedation risk",
    ]
}
