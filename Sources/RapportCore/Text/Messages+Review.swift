extension Messages {
    // `rapport list`: the count after the table, on stderr ("1 contact", "7 contacts").
    public static let reviewListCountContacts = Message("verify.list.count.contacts", "{count} contact", plural: "{count} contacts")
    public static let reviewListCountCompanies = Message("verify.list.count.companies", "{count} company", plural: "{count} companies")
    public static let reviewListCountOpportunities = Message(
        "verify.list.count.opportunities", "{count} opportunity", plural: "{count} opportunities")
    public static let reviewListCountActivities = Message("verify.list.count.activities", "{count} activity", plural: "{count} activities")

    static var reviewMessages: [Message] {
        [reviewListCountContacts, reviewListCountCompanies, reviewListCountOpportunities, reviewListCountActivities,
         reviewBoardFooterMinimal]
    }
}

extension Messages {
    // The board's footer while a filter is on and the room is short (80 columns): the totals of
    // the matching deals still show, without this month's outcomes.
    public static let reviewBoardFooterMinimal = Message("verify.board.footer.minimal", "{scope} {compactTotal} · w {compactWeighted}")
}
