extension Messages {
    // Field rules (FieldRules): the same sentence in a form, on the command line and in `check`.
    public static let rulesAmountNegative = Message("rules.amount.negative", "The amount cannot be negative")
    public static let rulesProbabilityRange = Message("rules.probability.range", "Probability {value} is not between 0 and 100")
    public static let rulesScoreRange = Message("rules.score.range", "Score {value} is not between 0 and 10")
    public static let rulesEmailInvalid = Message("rules.email.invalid", "{value} is not an email address like name@example.com")
    public static let rulesContactUnnamed = Message("rules.contact.unnamed", "A contact needs a first name, a last name or an email")
    public static let rulesRequired = Message("rules.required", "The {field} is required")

    // Dates (DateInput): every date field and date flag accepts the same spellings.
    public static let formsDateExpected = Message(
        "forms.date.expected", "A date: 2026-12-31, {example}, today, tomorrow, friday, +3d, +2w, -1m")
    public static let formsDatePlaceholder = Message("forms.date.placeholder", "2026-12-31, +30, friday (optional)")

    static var formsMessages: [Message] {
        [rulesAmountNegative, rulesProbabilityRange, rulesScoreRange, rulesEmailInvalid, rulesContactUnnamed, rulesRequired,
         formsDateExpected, formsDatePlaceholder] + contactsFormMessages
    }
}

// Contacts, merge and pickers
extension Messages {
    public static let mergeTitle = Message("forms.merge.title", "Merge into {name} ({id})")
    public static let mergeChooseMessage = Message("forms.merge.choose",
        "\"{text}\" matches {count} contact. Which one merges into {name}?",
        plural: "\"{text}\" matches {count} contacts. Which one merges into {name}?")
    public static let mergeKeysGroup = Message("forms.merge.keysGroup", "Merge")
    public static let mergeKeyPreview = Message("forms.merge.keyPreview", "Preview the merge")
    public static let mergeKeyBack = Message("forms.merge.keyBack", "Back")
    public static let mergeKeyMove = Message("forms.merge.keyMove", "move")
    public static let mergePreviewTitle = Message("forms.merge.previewTitle", "Merge {absorbedID} into {keptID}")
    public static let mergePreviewIntro = Message("forms.merge.previewIntro",
        "{absorbedID} {absorbedName} is removed. {keptID} keeps:")
    public static let mergeFieldName = Message("forms.merge.field.name", "Name")
    public static let mergeFieldEmails = Message("forms.merge.field.emails", "Emails")
    public static let mergeFieldPhones = Message("forms.merge.field.phones", "Phones")
    public static let mergeFieldCompany = Message("forms.merge.field.company", "Company")
    public static let mergeFieldStage = Message("forms.merge.field.stage", "Stage")
    public static let mergeFieldMoved = Message("forms.merge.field.moved", "Moved here")
    public static let mergeMovedActivities = Message("forms.merge.moved.activities", "{count} activity", plural: "{count} activities")
    public static let mergeMovedDeals = Message("forms.merge.moved.deals", "{count} deal", plural: "{count} deals")
    public static let mergeMovedPurchases = Message("forms.merge.moved.purchases", "{count} purchase", plural: "{count} purchases")
    public static let mergeMovedTickets = Message("forms.merge.moved.tickets", "{count} ticket", plural: "{count} tickets")
    public static let mergeNone = Message("forms.merge.none", "none")
    public static let mergeConfirm = Message("forms.merge.confirm", "Merge")
    public static let mergeBack = Message("forms.merge.back", "Back")
    public static let mergeDone = Message("forms.merge.done", "Merged {absorbedID} ({absorbedName}) into {keptID} ({keptName})")

    static var contactsFormMessages: [Message] {
        [mergeTitle, mergeChooseMessage, mergeKeysGroup, mergeKeyPreview, mergeKeyBack, mergeKeyMove, mergePreviewTitle, mergePreviewIntro, mergeFieldName, mergeFieldEmails,
         mergeFieldPhones, mergeFieldCompany, mergeFieldStage, mergeFieldMoved, mergeMovedActivities, mergeMovedDeals,
         mergeMovedPurchases, mergeMovedTickets, mergeNone, mergeConfirm, mergeBack, mergeDone]
    }
}
