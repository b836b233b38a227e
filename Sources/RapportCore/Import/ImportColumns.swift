/// One header an importer reads a column from. `#` stands for a number, as in Google's numbered
/// columns ("E-mail # - Value" matches "E-mail 1 - Value", "E-mail 2 - Value"…). `label` is the
/// label the values of this header get (Outlook's "Business Phone" holds work numbers);
/// `labelHeaders` name the sibling header that holds each value's label instead, matched with
/// the same number (Google's "E-mail 1 - Label" labels "E-mail 1 - Value").
public struct ImportAlias: Sendable, Hashable, ExpressibleByStringLiteral {
    public let header: String
    public let label: String
    public let labelHeaders: [String]

    public init(_ header: String, label: String = "", labelHeaders: [String] = []) {
        self.header = header
        self.label = label
        self.labelHeaders = labelHeaders
    }

    public init(stringLiteral header: String) { self.init(header) }
}

/// One column an importer understands: its canonical name (what `export csv` writes and
/// docs/IMPORT.md lists) and the headers other programs write for it. Headers are compared
/// after `CSVHeader.normalize`, so case, accents, spaces and punctuation do not matter.
public struct ImportColumn: Sendable, Hashable {
    public let canonical: String
    public let aliases: [ImportAlias]
    /// Several columns may feed it (every email column of an Outlook export, Google's numbered
    /// columns…). A column that does not repeat reads one header: the first alias found, and
    /// of a header written twice the last one (French Outlook writes "Titre" twice: the
    /// courtesy title, then the job title).
    public let repeats: Bool

    init(_ canonical: String, _ aliases: [ImportAlias] = [], repeats: Bool = false) {
        self.canonical = canonical
        self.aliases = [ImportAlias(canonical)] + aliases
        self.repeats = repeats
    }
}

extension ImportKind {
    /// The columns of this kind, most specific first: a header is claimed by the first column
    /// that lists it, so "Organization 1 - Title" is a job title before "Title" could be anything else.
    public var columns: [ImportColumn] {
        switch self {
        case .contacts: return ImportColumns.contacts
        case .companies: return ImportColumns.companies
        case .opportunities: return ImportColumns.opportunities
        case .activities: return ImportColumns.activities
        case .purchases: return ImportColumns.purchases
        case .surveys: return ImportColumns.surveys
        }
    }

    /// The canonical columns `export csv` writes, in order (contacts then add the numbered
    /// email and phone columns, see `ImportColumns.numberedEmail`).
    public var canonicalColumns: [String] {
        let importOnly = self == .contacts || self == .opportunities ? ImportColumns.importOnly : []
        return columns.filter { !importOnly.contains($0.canonical) }.map(\.canonical)
    }
}

/// Every header name Rapport reads, in one table: the canonical names, then what Google
/// Contacts, Outlook, Thunderbird, HubSpot, Pipedrive and Salesforce write, in English and in
/// the Italian and French versions of Outlook and Thunderbird, and the names Italian and French
/// spreadsheets use. The localized Outlook and Thunderbird headers were checked against the
/// column lists other importers keep for them (Open-Xchange's French Outlook mapper, Roundcube's
/// fr_FR csv2vcard map, an Italian Outlook column set). Google Contacts' headers are the English
/// ones of its "Google CSV" format (localized Google headers, if any, were not found).
enum ImportColumns {
    /// Columns of contacts and opportunities read on import but not written on export.
    static let importOnly: Set<String> = ["name", "contact"]

    /// Google Contacts' layout for several emails and phones, which `export csv` also writes
    /// (one pair per value, numbered from 1, the label before the value).
    static let numberedEmail = "E-mail # - Value"
    static let numberedEmailLabel = "E-mail # - Label"
    static let numberedPhone = "Phone # - Value"
    static let numberedPhoneLabel = "Phone # - Label"

    static let emailAliases: [ImportAlias] = [
        "E-mail 1 - Value", "E-mail Address", "Primary Email", "Email Address", "Person - Email", "E-mail", "Mail",
        "Indirizzo e-mail", "Indirizzo email", "Indirizzo posta elettronica", "Posta elettronica", "Email principale",
        "Email primaria", "Adresse e-mail", "Adresse électronique", "Adresse électronique principale", "Adresse de messagerie",
        "Courriel",
    ]

    /// Every email column of a contact: the primary ones first, then Google's numbered pairs,
    /// then Outlook's and Thunderbird's second and third addresses.
    static let contactEmails: [ImportAlias] = emailAliases.filter { $0.header != "E-mail 1 - Value" } + [
        ImportAlias(numberedEmail, labelHeaders: [numberedEmailLabel, "E-mail # - Type"]),
        "E-mail 2 Address", "E-mail 3 Address", "Secondary Email", "Other Email", "Email secondaria",
        "Indirizzo posta elettronica 2", "Indirizzo posta elettronica 3", "Indirizzo e-mail 2", "Indirizzo e-mail 3",
        "Adresse électronique secondaire", "Adresse de messagerie 2", "Adresse de messagerie 3", "Adresse e-mail 2",
        "Adresse e-mail 3",
    ]

    /// Every phone column of a contact, with the label the column gives its numbers. The
    /// order is the order of the contact's phones (the first is the primary one).
    static let contactPhones: [ImportAlias] = {
        func labeled(_ label: String, _ headers: [String]) -> [ImportAlias] { headers.map { ImportAlias($0, label: label) } }
        let unlabeled: [ImportAlias] = ["Phone Number", "Person - Phone", "Phone", "Telephone", "Telefono", "Téléphone",
                                        "Numero di telefono", "Numéro de téléphone", "Tel"]
        return unlabeled
            + [ImportAlias(numberedPhone, labelHeaders: [numberedPhoneLabel, "Phone # - Type"])]
            + labeled("main", ["Primary Phone", "Telefono principale", "Téléphone principal"])
            + labeled("mobile", ["Mobile Phone", "Mobile Number", "Mobile", "Cell Phone", "Cellular Number", "Cellulare",
                                 "Telefono cellulare", "Numero cellulare", "Telefono mobile", "Tél. mobile", "Portable",
                                 "Téléphone mobile", "Téléphone portable"])
            + labeled("work", ["Business Phone", "Business Phone 2", "Work Phone", "Company Main Phone", "Ufficio",
                               "Ufficio 2", "Telefono ufficio", "Telefono lavoro", "Telefono di lavoro",
                               "Telefono principale società", "Téléphone (bureau)", "Téléphone 2 (bureau)",
                               "Téléphone bureau", "Téléphone professionnel", "Tél. professionnel", "Téléphone société"])
            + labeled("home", ["Home Phone", "Home Phone 2", "Abitazione", "Abitazione 2", "Telefono casa",
                               "Telefono di casa", "Telefono abitazione", "Téléphone (domicile)", "Téléphone 2 (domicile)",
                               "Téléphone domicile", "Téléphone personnel", "Tél. personnel"])
            + labeled("other", ["Other Phone", "Altro telefono", "Téléphone (autre)"])
            + labeled("work fax", ["Business Fax", "Fax (uff.)", "Télécopie (bureau)"])
            + labeled("home fax", ["Home Fax", "Fax (ab.)", "Télécopie (domicile)"])
            + labeled("fax", ["Fax", "Fax Number", "Other Fax", "Numero fax", "Altro fax", "Télécopie", "Télécopie (autre)"])
            + labeled("pager", ["Pager", "Pager Number", "Cercapersone", "Numero cercapersone", "Récepteur de radiomessagerie"])
    }()

    /// The columns of a contact's postal address, in `PostalAddress` order.
    static let addressParts = ["street", "city", "region", "postal_code", "country"]

    /// The parts of a contact's postal address. The label says which address a header belongs
    /// to (Outlook writes a work, a home and an other address); a row takes the parts of the
    /// first address, in this order, that it fills in.
    static func addressPart(_ canonical: String, generic: [String], google: String, work: [String], home: [String],
                            other: [String]) -> ImportColumn {
        func labeled(_ label: String, _ headers: [String]) -> [ImportAlias] { headers.map { ImportAlias($0, label: label) } }
        return ImportColumn(canonical, labeled("", generic) + [ImportAlias(google)] + labeled("work", work)
                            + labeled("home", home) + labeled("other", other), repeats: true)
    }

    static let contacts: [ImportColumn] = [
        ImportColumn("first_name", ["Given Name", "First Name", "FirstName", "Forename", "Nome", "Prénom"]),
        ImportColumn("last_name", ["Family Name", "Last Name", "LastName", "Surname", "Cognome", "Nom", "Nom de famille"]),
        ImportColumn("name", ["Person - Name", "Full Name", "Display Name", "Contact Name", "Name", "Nome completo",
                              "Nome e cognome", "Nominativo", "Nome visualizzato", "Nom complet", "Nom à afficher"]),
        ImportColumn("email", contactEmails, repeats: true),
        ImportColumn("phone", contactPhones, repeats: true),
        ImportColumn("company", ["Organization 1 - Name", "Organization Name", "Company Name", "Organization - Name",
                                 "Account.Name", "AccountName", "Account Name", "Organization", "Organisation", "Company",
                                 "Azienda", "Società", "Ragione sociale", "Organizzazione", "Ditta", "Société", "Entreprise",
                                 "Raison sociale"]),
        ImportColumn("title", ["Organization 1 - Title", "Organization Title", "Job Title", "JobTitle", "Fonction", "Poste",
                               "Intitulé du poste", "Qualifica", "Posizione", "Ruolo", "Mansione", "Title", "Position",
                               "Titolo", "Titre"]),
        ImportColumn("lifecycle_stage", ["Lifecycle Stage", "LifecycleStage", "Stage"]),
        ImportColumn("tags", ["Labels", "Group Membership", "Categories", "Tag", "Categorie", "Catégories", "Etichette",
                              "Étiquettes"]),
        ImportColumn("created_at", ["Create Date", "CreatedDate", "Created", "Date Created", "Created At", "Data creazione",
                                    "Date de création"]),
        ImportColumn("marketing_consent", ["Marketing Consent", "Email Opt In", "Marketing Opt In", "Newsletter",
                                           "Consenso marketing"]),
        ImportColumn("source", ["LeadSource", "Lead Source", "Original Source", "Fonte", "Provenienza", "Origine"]),
        ImportColumn("birthday", ["Birthdate", "Date of Birth", "Compleanno", "Data di nascita", "Anniversaire",
                                  "Date de naissance"]),
        ImportColumn("notes", ["Notes", "Note", "Description", "Commenti", "Commentaires"]),
        addressPart("street", generic: ["Street", "Street Address", "MailingStreet", "Address", "Indirizzo", "Via", "Adresse", "Rue"],
                    google: "Address # - Street",
                    work: ["Business Street", "Business Street 2", "Business Street 3", "Work Address", "Work Address 2",
                           "Via (uff.)", "Via (uff.) 2", "Via (uff.) 3", "Indirizzo di lavoro", "Indirizzo di lavoro 2",
                           "Rue (bureau)", "Rue (bureau) 2", "Rue (bureau) 3", "Adresse professionnelle"],
                    home: ["Home Street", "Home Street 2", "Home Street 3", "Home Address", "Home Address 2", "Via (ab.)",
                           "Via (ab.) 2", "Via (ab.) 3", "Indirizzo di casa", "Indirizzo di casa 2", "Rue (domicile)",
                           "Rue (domicile) 2", "Rue (domicile) 3", "Adresse privée"],
                    other: ["Other Street", "Other Street 2", "Other Street 3", "Altra via", "Altra via 2", "Altra via 3",
                            "Rue (autre)", "Rue (autre) 2", "Rue (autre) 3"]),
        addressPart("city", generic: ["City", "MailingCity", "Town", "Città", "Comune", "Località", "Ville"], google: "Address # - City",
                    work: ["Business City", "Work City", "Città (uff.)", "Città di lavoro", "Ville (bureau)"],
                    home: ["Home City", "Città (ab.)", "Città di residenza", "Ville (domicile)"],
                    other: ["Other City", "Altra città", "Ville (autre)"]),
        addressPart("region", generic: ["Region", "State", "State/Region", "MailingState", "Province", "County", "Provincia", "Regione", "Région",
                                        "Département"], google: "Address # - Region",
                    work: ["Business State", "Work State", "Work County", "Provincia (uff.)", "Provincia di lavoro",
                           "Dép/Région (bureau)"],
                    home: ["Home State", "Home County", "Provincia (ab.)", "Provincia di residenza", "Dép/Région (domicile)"],
                    other: ["Other State", "Altra provincia", "Dép/Région (autre)"]),
        addressPart("postal_code", generic: ["Postal Code", "MailingPostalCode", "Zip", "ZIP Code", "Postcode", "Post Code", "CAP", "Code postal"],
                    google: "Address # - Postal Code",
                    work: ["Business Postal Code", "Work ZipCode", "Work Post Code", "CAP (uff.)", "CAP di lavoro",
                           "Code postal (bureau)"],
                    home: ["Home Postal Code", "Home ZipCode", "Home Post Code", "CAP (ab.)", "CAP di residenza",
                           "Code postal (domicile)"],
                    other: ["Other Postal Code", "Altro CAP", "Code postal (autre)"]),
        addressPart("country", generic: ["Country", "Country/Region", "MailingCountry", "Nation", "Paese", "Nazione", "Pays", "Pays/Région"],
                    google: "Address # - Country",
                    work: ["Business Country/Region", "Business Country", "Work Country", "Paese/area geografica (uff.)",
                           "Paese (uff.)", "Nazione di lavoro", "Pays/Région (bureau)", "Pays (bureau)"],
                    home: ["Home Country/Region", "Home Country", "Paese/area geografica (ab.)", "Paese (ab.)",
                           "Nazione di residenza", "Pays/Région (domicile)", "Pays (domicile)"],
                    other: ["Other Country/Region", "Other Country", "Altro paese/area geografica", "Pays/Région (autre)",
                            "Pays (autre)"]),
    ]

    static let companies: [ImportColumn] = [
        ImportColumn("name", ["Company Name", "Organization - Name", "Organization Name", "Account Name", "AccountName",
                              "Company", "Organization", "Azienda", "Società", "Ragione sociale", "Société", "Entreprise",
                              "Raison sociale"]),
        ImportColumn("domain", ["Company Domain Name", "Website", "Web Site", "Domain Name", "Sito web", "Site web"]),
        ImportColumn("industry", ["Industry", "Settore", "Secteur", "Secteur d'activité"]),
        ImportColumn("size", ["Number of Employees", "NumberOfEmployees", "Employees", "Company Size", "Dipendenti",
                              "Effectif"]),
        ImportColumn("city", ["City", "BillingCity", "Organization - City", "Città", "Ville"]),
        ImportColumn("country", ["Country", "Country/Region", "BillingCountry", "Organization - Country", "Paese", "Nazione",
                                 "Pays"]),
        ImportColumn("tags", ["Labels", "Tag", "Categorie", "Catégories", "Etichette", "Étiquettes"]),
        ImportColumn("notes", ["Notes", "Description", "Note"]),
    ]

    static let opportunities: [ImportColumn] = [
        ImportColumn("title", ["Deal - Title", "Deal Name", "Opportunity Name", "Name"]),
        ImportColumn("email", emailAliases + ["Contact Email"]),
        ImportColumn("contact", ["Person - Name", "Contact Name", "Contact Person"]),
        ImportColumn("company", ["Organization - Name", "Account.Name", "AccountName", "Account Name", "Company Name",
                                 "Organization", "Company"]),
        ImportColumn("stage", ["Deal - Stage", "StageName", "Deal Stage", "Stage Name"]),
        ImportColumn("status", ["Deal - Status", "Status"]),
        ImportColumn("amount", ["Deal - Value", "Amount", "Value", "Deal Value"]),
        ImportColumn("currency", ["Deal - Currency", "CurrencyIsoCode", "Currency Code"]),
        ImportColumn("probability", ["Deal - Probability", "Probability", "Probability (%)"]),
        ImportColumn("created_at", ["Deal - Deal created", "Deal - Add time", "CreatedDate", "Create Date", "Created"]),
        ImportColumn("expected_close", ["Deal - Expected close date", "CloseDate", "Close Date", "Expected Close Date"]),
        ImportColumn("closed_at", ["Deal - Won time", "Deal - Lost time", "Deal - Close time", "Closed Date", "Closed At"]),
        ImportColumn("lost_reason", ["Deal - Lost reason", "Loss Reason", "Lost Reason", "Closed Lost Reason"]),
        ImportColumn("notes", ["Description", "Notes"]),
    ]

    static let activities: [ImportColumn] = [
        ImportColumn("email", emailAliases + ["Contact Email"]),
        ImportColumn("type", ["Activity Type", "Task Type", "Kind"]),
        ImportColumn("channel", ["Channel"]),
        ImportColumn("direction", ["Direction"]),
        ImportColumn("date", ["Activity Date", "Occurred At", "Date"]),
        ImportColumn("due", ["Due Date", "Due", "ActivityDate"]),
        ImportColumn("time", ["Due Time", "Time"]),
        ImportColumn("done", ["Done", "Completed", "Status"]),
        ImportColumn("summary", ["Subject", "Summary", "Title"]),
        ImportColumn("notes", ["Notes", "Note", "Description"]),
    ]

    static let purchases: [ImportColumn] = [
        ImportColumn("email", emailAliases + ["Customer Email", "Billing Email"]),
        ImportColumn("date", ["Order Date", "Purchase Date", "Created At", "Date"]),
        ImportColumn("amount", ["Total", "Order Total", "Amount"]),
        ImportColumn("currency", ["Currency", "Currency Code"]),
        ImportColumn("product", ["Product Name", "Item", "Lineitem name", "Product"]),
        ImportColumn("category", ["Product Category", "Category"]),
    ]

    static let surveys: [ImportColumn] = [
        ImportColumn("email", emailAliases + ["Respondent Email"]),
        ImportColumn("date", ["Response Date", "Submitted At", "Date"]),
        ImportColumn("score", ["NPS", "NPS Score", "Rating", "Score"]),
        ImportColumn("comment", ["Feedback", "Reason", "Comment", "Comments"]),
    ]
}
