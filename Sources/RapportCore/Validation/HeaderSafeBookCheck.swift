/// What `rapport check` reports about stored values that would go into a mail header and
/// cannot (see `HeaderSafeText`): values stored before the rule, or by editing the files.
/// The mail writer flattens them anyway; this tells the user to fix them.
enum HeaderSafeBookCheck {
    static func problems(in book: Book) -> [BookProblem] {
        var problems: [BookProblem] = []
        func report(_ collection: BookCollection, _ id: String, _ message: String?) {
            if let message { problems.append(BookProblem(collection: collection, recordID: id, message: message)) }
        }
        for contact in book.contacts.all {
            let id = contact.id.rawValue
            // Its emails are checked by `FieldRules.email`, whose rule includes `HeaderSafeText`'s.
            report(.contacts, id, HeaderSafeText.textProblem(contact.firstName, field: "first name"))
            report(.contacts, id, HeaderSafeText.textProblem(contact.lastName, field: "last name"))
        }
        for template in book.templates.all {
            report(.templates, template.id.rawValue, HeaderSafeText.textProblem(template.subject, field: "subject"))
        }
        for campaign in book.campaigns.all {
            report(.campaigns, campaign.id.rawValue, HeaderSafeText.textProblem(campaign.name, field: "name"))
        }
        if let settings = book.settings.campaigns {
            if let address = settings.fromAddress { report(.settings, "campaigns", HeaderSafeText.addressProblem(address.trimmingWhitespace(), field: "fromAddress")) }
            if let name = settings.fromName { report(.settings, "campaigns", HeaderSafeText.textProblem(name, field: "fromName")) }
        }
        report(.settings, "userName", HeaderSafeText.textProblem(book.settings.userName, field: "userName"))
        return problems
    }
}
