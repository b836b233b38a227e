/// Names, places and trades for demo books: Italian, French and English, as a small European
/// business would have in its address book.
enum DemoNames {
    struct Country {
        let name: String
        let code: String
        let phonePrefix: String
        let firstNames: [String]
        let lastNames: [String]
        let cities: [(city: String, postalCode: String, region: String)]
        let streets: [String]
        let companyForms: [String]
        let companyWords: [String]
        let domainSuffix: String
    }

    static let italy = Country(
        name: "Italy", code: "IT", phonePrefix: "+39 3",
        firstNames: ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Elena",
                     "Davide", "Martina", "Lorenzo", "Valentina", "Andrea", "Federica", "Simone", "Giorgia",
                     "Stefano", "Alessia", "Riccardo", "Beatrice", "Niccolò", "Ilaria", "Tommaso"],
        lastNames: ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
                    "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo",
                    "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Caruso", "Ferri"],
        cities: [("Milano", "20121", "MI"), ("Torino", "10121", "TO"), ("Bologna", "40121", "BO"),
                 ("Firenze", "50122", "FI"), ("Roma", "00184", "RM"), ("Napoli", "80132", "NA"),
                 ("Verona", "37121", "VR"), ("Bergamo", "24121", "BG"), ("Padova", "35122", "PD")],
        streets: ["Via Roma", "Corso Italia", "Via Garibaldi", "Via Mazzini", "Viale Monza", "Via Dante",
                  "Piazza Duomo", "Via Manzoni", "Corso Vittorio Emanuele"],
        companyForms: ["S.r.l.", "S.p.A.", "& Figli S.r.l.", "S.n.c."],
        companyWords: ["Tessitura", "Officine", "Cantina", "Studio", "Arredamenti", "Ceramiche", "Logistica",
                       "Meccanica", "Pasticceria", "Ottica", "Farmacia", "Edilizia", "Informatica"],
        domainSuffix: "it")

    static let france = Country(
        name: "France", code: "FR", phonePrefix: "+33 6",
        firstNames: ["Camille", "Louis", "Léa", "Hugo", "Manon", "Jules", "Chloé", "Lucas", "Inès", "Gabriel",
                     "Zoé", "Arthur", "Émilie", "Théo", "Juliette", "Raphaël", "Céline", "Mathis", "Anaïs", "Noé"],
        lastNames: ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy",
                    "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
                    "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine"],
        cities: [("Paris", "75011", "Île-de-France"), ("Lyon", "69002", "Auvergne-Rhône-Alpes"),
                 ("Marseille", "13001", "Provence-Alpes-Côte d'Azur"), ("Toulouse", "31000", "Occitanie"),
                 ("Nantes", "44000", "Pays de la Loire"), ("Lille", "59000", "Hauts-de-France"),
                 ("Bordeaux", "33000", "Nouvelle-Aquitaine"), ("Strasbourg", "67000", "Grand Est")],
        streets: ["Rue de la République", "Avenue Jean Jaurès", "Rue Victor Hugo", "Boulevard Voltaire",
                  "Rue du Commerce", "Place de la Mairie", "Rue Pasteur"],
        companyForms: ["SARL", "SAS", "SA", "& Fils"],
        companyWords: ["Atelier", "Boulangerie", "Maison", "Librairie", "Transports", "Verrerie", "Menuiserie",
                       "Conseil", "Imprimerie", "Fromagerie", "Parfumerie", "Électricité"],
        domainSuffix: "fr")

    static let england = Country(
        name: "United Kingdom", code: "GB", phonePrefix: "+44 7",
        firstNames: ["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Charlie", "Sophie",
                     "Thomas", "Grace", "James", "Lily", "William", "Freya", "Henry", "Evie", "Oscar", "Ruby"],
        lastNames: ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
                    "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
                    "Jackson", "Clarke", "O'Brien", "Patel", "Hughes", "Edwards"],
        cities: [("London", "EC1A 1BB", "Greater London"), ("Manchester", "M1 1AE", "Greater Manchester"),
                 ("Bristol", "BS1 4DJ", "Bristol"), ("Leeds", "LS1 4AP", "West Yorkshire"),
                 ("Edinburgh", "EH1 1YZ", "Scotland"), ("Birmingham", "B1 1BB", "West Midlands"),
                 ("Cambridge", "CB2 1TN", "Cambridgeshire")],
        streets: ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane", "King Street",
                  "Market Place", "Queen's Road"],
        companyForms: ["Ltd", "Ltd", "LLP", "& Sons Ltd", "plc"],
        companyWords: ["Northwind", "Brightside", "Kingfisher", "Oakwood", "Harbour", "Redbrick", "Thames",
                       "Pennine", "Highland", "Meadow", "Foundry", "Lantern"],
        domainSuffix: "co.uk")

    static let countries = [italy, france, england]

    static let industries = ["Manufacturing", "Retail", "Food & Beverage", "Hospitality", "Software",
                             "Construction", "Healthcare", "Logistics", "Fashion", "Professional services",
                             "Education", "Energy"]

    static let dealKinds = ["Annual licence", "Onboarding package", "Support contract", "Fleet renewal",
                            "Website redesign", "Warehouse shelving", "Catering contract", "Training days",
                            "Pilot project", "Spare parts supply", "Maintenance plan", "POS upgrade",
                            "Consulting retainer", "Seasonal collection", "Equipment lease"]

    static let products: [(name: String, category: String, minPrice: Double, maxPrice: Double)] = [
        ("Starter kit", "Kits", 29, 89), ("Refill pack", "Consumables", 9, 39), ("Premium bundle", "Kits", 120, 480),
        ("Service visit", "Services", 80, 260), ("Gift card", "Gift cards", 25, 150), ("Accessory set", "Accessories", 15, 75),
        ("Annual plan", "Subscriptions", 199, 990), ("Spare part", "Parts", 12, 140), ("Workshop seat", "Training", 60, 350),
    ]

    static let competitors = ["Salesforce", "HubSpot", "Pipedrive", "Zoho", "a local reseller", "Odoo", "in-house solution"]

    static let sources = ["website", "referral", "trade fair", "cold call", "newsletter", "LinkedIn", "partner", "walk-in"]

    static let tags = ["vip", "newsletter", "b2b", "b2c", "reseller", "event-2026", "partner", "key-account", "eco"]

    static let taskSummaries: [TaskType: [String]] = [
        .call: ["Follow-up call", "Discovery call", "Check budget", "Call back about the quote", "Renewal call"],
        .meeting: ["Demo meeting", "On-site visit", "Contract review", "Quarterly review", "Kick-off meeting"],
        .email: ["Send proposal", "Send revised quote", "Send case study", "Email the contract", "Share pricing"],
        .todo: ["Prepare quote", "Update the proposal", "Check references", "Book the showroom", "Ask for a referral"],
    ]

    static let interactionSummaries: [Channel: [String]] = [
        .email: ["Asked for a quote", "Replied to the newsletter", "Sent the brochure", "Confirmed the order"],
        .phone: ["Talked about delivery dates", "Discussed the discount", "Left a voicemail", "Quick check-in"],
        .sms: ["Reminder about the appointment", "Sent the tracking link", "Confirmed the visit"],
        .chat: ["Question about sizes", "Asked about opening hours", "Support question answered"],
        .social: ["Commented on our post", "Shared our promotion", "Direct message about prices"],
        .storeVisit: ["Visited the showroom", "Picked up the order", "Tried the new collection"],
        .web: ["Downloaded the catalogue", "Filled the contact form", "Visited the pricing page"],
    ]

    static let surveyComments = ["Great service, fast delivery", "Good value", "Support was slow", "Very helpful team",
                                 "Prices went up", "Would recommend to a friend", "Delivery was late", "",
                                 "Excellent quality", "Too many emails", "", ""]

    static let ticketSubjects = ["Delivery damaged", "Invoice question", "Cannot log in", "Wrong size shipped",
                                 "Request a refund", "Warranty claim", "Change of address", "Product not working"]
}
