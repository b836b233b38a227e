/// One column an importer understands: its canonical name (what `export csv` writes and
/// docs/IMPORT.md lists) and the headers other programs write for it. Headers are compared
/// after `CSVHeader.normalize`, so case, spaces and punctuation do not matter.
public struct ImportColumn: Sendable, Hashable {
    public let canonical: String
    public let aliases: [String]
    /// Several columns may feed it (Google's "E-mail 1 - Value", "E-mail 2 - Value"…).
    public let repeats: Bool

    init(_ canonical: String, _ aliases: [String] = [], repeats: Bool = false) {
        self.canonical = canonical
        self.aliases = [canonical] + aliases
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

    /// The canonical columns `export csv` writes, in order.
    public var canonicalColumns: [String] {
        let importOnly = self == .contacts || self == .opportunities ? ImportColumns.importOnly : []
        return columns.filter { !importOnly.contains($0.canonical) }.map(\.canonical)
    }
}

enum ImportColumns {
    /// Columns of contacts and opportunities read on import but not written on export (the
    /// export writes first and last names, one email and one phone).
    static let importOnly: Set<String> = ["name", "contact", "email2", "phone2", "mobile", "work_phone", "home_phone"]

    static let emailAliases = ["E-mail 1 - Value", "E-mail Address", "Primary Email", "Email Address", "Person - Email",
                               "E-mail", "Mail"]
    static let contacts: [ImportColumn] = [
        ImportColumn("first_name", ["Given Name", "First Name", "FirstName", "Forename"]),
        ImportColumn("last_name", ["Family Name", "Last Name", "LastName", "Surname"]),
        ImportColumn("name", ["Person - Name", "Full Name", "Display Name", "Contact Name", "Name"]),
        ImportColumn("email", emailAliases),
        ImportColumn("email2", ["E-mail 2 - Value", "E-mail 2 Address", "Secondary Email", "E-mail 3 - Value",
                                "E-mail 3 Address", "Other Email"], repeats: true),
        ImportColumn("phone", ["Phone 1 - Value", "Phone 2 - Value", "Phone 3 - Value", "Phone Number", "Person - Phone",
                                "Phone", "Telephone"], repeats: true),
        ImportColumn("mobile", ["Mobile Phone", "Mobile Number", "MobilePhone", "Mobile", "Cell Phone", "Cellular Number"]),
        ImportColumn("work_phone", ["Business Phone", "Work Phone", "Business Phone 2"], repeats: true),
        ImportColumn("home_phone", ["Home Phone", "HomePhone", "Home Phone 2"], repeats: true),
        ImportColumn("company", ["Organization 1 - Name", "Company Name", "Organization - Name", "Account.Name",
                                 "AccountName", "Account Name", "Organization", "Organisation", "Company"]),
        ImportColumn("title", ["Organization 1 - Title", "Job Title", "JobTitle", "Title", "Position"]),
        ImportColumn("lifecycle_stage", ["Lifecycle Stage", "LifecycleStage", "Stage"]),
        ImportColumn("tags", ["Labels", "Group Membership", "Categories", "Tag"]),
        ImportColumn("created_at", ["Create Date", "CreatedDate", "Created", "Date Created", "Created At"]),
        ImportColumn("marketing_consent", ["Marketing Consent", "Email Opt In", "Marketing Opt In", "Newsletter"]),
        ImportColumn("source", ["LeadSource", "Lead Source", "Original Source"]),
        ImportColumn("birthday", ["Birthdate", "Date of Birth"]),
        ImportColumn("notes", ["Notes", "Note", "Description"]),
    ]

    static let companies: [ImportColumn] = [
        ImportColumn("name", ["Company Name", "Organization - Name", "Organization Name", "Account Name", "AccountName",
                              "Company", "Organization"]),
        ImportColumn("domain", ["Company Domain Name", "Website", "Web Site", "Domain Name"]),
        ImportColumn("industry", ["Industry"]),
        ImportColumn("size", ["Number of Employees", "NumberOfEmployees", "Employees", "Company Size"]),
        ImportColumn("city", ["City", "BillingCity", "Organization - City"]),
        ImportColumn("country", ["Country", "Country/Region", "BillingCountry", "Organization - Country"]),
        ImportColumn("tags", ["Labels", "Tag"]),
        ImportColumn("notes", ["Notes", "Description"]),
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
