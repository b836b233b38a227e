import Foundation

/// A book's records as the canonical CSV columns of docs/IMPORT.md, so `import csv` reads back
/// what `export csv` wrote. Amounts use the book's decimal separator without grouping
/// ("1234,50" in an Italian book): that is what the book's own number format reads back exactly,
/// and what a spreadsheet in the user's locale takes as a number. Instants are ISO 8601 UTC.
///
/// Contacts carry every email and phone after the canonical columns, in Google Contacts'
/// layout ("E-mail 1 - Label", "E-mail 1 - Value", …, "Phone 1 - Label", …): as many pairs as
/// the contact with the most of them needs, so the file stays rectangular and the same book
/// always gives the same bytes.
public enum CSVExporter {
    public static func rows(_ kind: ImportKind, of book: Book) -> [[String]] {
        let exporter = Rows(book: book)
        let body: [[String]]
        switch kind {
        case .contacts:
            let contacts = book.contacts.sortedByID
            let emailPairs = contacts.lazy.map(\.emails.count).max() ?? 0
            let phonePairs = contacts.lazy.map(\.phones.count).max() ?? 0
            let header = kind.canonicalColumns
                + numberedHeaders(label: ImportColumns.numberedEmailLabel, value: ImportColumns.numberedEmail, count: emailPairs)
                + numberedHeaders(label: ImportColumns.numberedPhoneLabel, value: ImportColumns.numberedPhone, count: phonePairs)
            let custom = CustomFieldExport.columns(Contact.self, settings: book.settings)
            return [header + custom.header] + contacts.map {
                exporter.contact($0) + labeledPairs($0.emails, count: emailPairs) + labeledPairs($0.phones, count: phonePairs)
                    + custom.cells($0)
            }
        case .companies: return withCustomFields(book.companies.sortedByID, exporter.company, kind, book)
        case .opportunities: return withCustomFields(book.opportunities.sortedByID, exporter.opportunity, kind, book)
        case .activities: return withCustomFields(book.activities.sortedByID, exporter.activity, kind, book)
        case .purchases: body = book.purchases.sortedByID.map(exporter.purchase)
        case .surveys: body = book.surveys.sortedByID.map(exporter.survey)
        }
        return [kind.canonicalColumns] + body
    }

    /// The canonical columns, then one per custom field of the kind (its name as the header).
    private static func withCustomFields<R: CustomFieldHolder>(_ records: [R], _ row: (R) -> [String], _ kind: ImportKind,
                                                                _ book: Book) -> [[String]] {
        let custom = CustomFieldExport.columns(R.self, settings: book.settings)
        return [kind.canonicalColumns + custom.header] + records.map { row($0) + custom.cells($0) }
    }

    /// "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label"… from the alias table's patterns.
    static func numberedHeaders(label: String, value: String, count: Int) -> [String] {
        guard count > 0 else { return [] }
        return (1...count).flatMap { number in
            [label, value].map { $0.replacingOccurrences(of: "#", with: String(number)) }
        }
    }

    /// Label and value of each, the primary one marked as Google marks it, padded with empty cells.
    static func labeledPairs(_ values: [LabeledValue], count: Int) -> [String] {
        var cells: [String] = []
        cells.reserveCapacity(count * 2)
        for (position, value) in values.enumerated() {
            cells.append(ContactLabels.exported(value.label, isPrimary: position == 0))
            cells.append(value.value)
        }
        cells += Array(repeating: "", count: (count - values.count) * 2)
        return cells
    }

    public static func data(_ kind: ImportKind, of book: Book) -> Data {
        CSVWriter(numericColumns: numericColumns(kind)).data(from: rows(kind, of: book))
    }

    /// The columns holding numbers: a negative amount stays a number, not a guarded formula
    /// (see `CSVFormulaGuard`); every other cell is guarded.
    static func numericColumns(_ kind: ImportKind) -> Set<Int> {
        Set(["amount", "probability", "score"].compactMap { kind.canonicalColumns.firstIndex(of: $0) })
    }

    private struct Rows {
        let book: Book

        func email(_ id: ContactID?) -> String { id.flatMap { book.contacts[$0]?.primaryEmail } ?? "" }
        func companyName(_ id: CompanyID?) -> String { id.flatMap { book.companies[$0]?.name } ?? "" }
        func instant(_ date: Date?) -> String { date.flatMap(JSONDateFormat.string(from:)) ?? "" }
        func amount(_ money: Money) -> String { money.formatted(plainFormat, symbol: false) }
        func yesNo(_ flag: Bool?) -> String { flag.map { $0 ? "yes" : "no" } ?? "" }

        /// The book's decimal mark, no grouping (see the type's comment).
        var plainFormat: NumberFormat {
            let decimal = book.settings.numberFormat.decimalSeparator
            return NumberFormat(decimalSeparator: decimal, groupingSeparator: decimal == "." ? "," : ".", symbolBeforeAmount: true)
        }

        // first_name, last_name, email, phone, company, title, lifecycle_stage, tags, created_at,
        // marketing_consent, source, birthday, notes, street, city, region, postal_code, country
        func contact(_ contact: Contact) -> [String] {
            let address = contact.address ?? PostalAddress()
            return [contact.firstName, contact.lastName, contact.primaryEmail ?? "", contact.primaryPhone ?? "",
                    companyName(contact.companyID), contact.jobTitle, contact.lifecycle.rawValue, contact.tags.joined(separator: ";"),
                    instant(contact.createdAt), yesNo(contact.consent.marketing?.granted), contact.source,
                    contact.birthday?.description ?? "", contact.notes,
                    address.street, address.city, address.region, address.postalCode, address.country]
        }

        // name, domain, industry, size, city, country, tags, notes
        func company(_ company: Company) -> [String] {
            [company.name, company.domain, company.industry, company.size?.rawValue ?? "", company.address?.city ?? "",
             company.address?.country ?? "", company.tags.joined(separator: ";"), company.notes]
        }

        // title, email, company, stage, status, amount, currency, probability, created_at,
        // expected_close, closed_at, lost_reason, notes
        func opportunity(_ deal: Opportunity) -> [String] {
            [deal.title, email(deal.contactID), companyName(deal.companyID),
             book.settings.stage(id: deal.stageID)?.name ?? deal.stageID, deal.status.rawValue, ungrouped(deal.amount),
             deal.amount.currency.code, deal.probabilityOverride.map(String.init) ?? "", instant(deal.createdAt),
             deal.expectedClose?.description ?? "", instant(deal.closedAt), deal.lostReason ?? "", deal.notes]
        }

        // email, type, channel, direction, date, due, time, done, summary, notes
        func activity(_ activity: Activity) -> [String] {
            if activity.kind == .task {
                return [email(activity.contactID), activity.taskType?.rawValue ?? "todo", "", "", "",
                        activity.dueDate?.description ?? "", activity.dueTime?.description ?? "", instant(activity.doneAt),
                        activity.summary, activity.notes]
            }
            return [email(activity.contactID), "interaction", activity.channel?.rawValue ?? "",
                    activity.direction == .inbound ? "in" : "out", instant(activity.occurredAt), "", "", "",
                    activity.summary, activity.notes]
        }

        // email, date, amount, currency, product, category
        func purchase(_ purchase: Purchase) -> [String] {
            [email(purchase.contactID), purchase.date.description, ungrouped(purchase.amount), purchase.amount.currency.code,
             purchase.product, purchase.category]
        }

        // email, date, score, comment
        func survey(_ answer: SurveyResponse) -> [String] {
            [email(answer.contactID), answer.date.description, String(answer.score), answer.comment]
        }

        /// Money.formatted always groups; strip the grouping it added.
        func ungrouped(_ money: Money) -> String {
            let grouping = plainFormat.groupingSeparator
            return amount(money).filter { $0 != grouping }
        }
    }
}
