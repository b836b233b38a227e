extension Messages {
    // Field rules (FieldRules): the same sentence in a form, on the command line and in `check`.
    public static let rulesAmountNegative = Message("rules.amount.negative", "The amount cannot be negative")
    public static let rulesProbabilityRange = Message("rules.probability.range", "Probability {value} is not between 0 and 100")
    public static let rulesScoreRange = Message("rules.score.range", "Score {value} is not between 0 and 10")
    public static let rulesEmailInvalid = Message("rules.email.invalid", "\"{value}\" is not an email address like name@example.com")
    public static let rulesContactUnnamed = Message("rules.contact.unnamed", "A contact needs a first name, a last name or an email")
    public static let rulesRequired = Message("rules.required", "The {field} is required")

    // Dates (DateInput): every date field and date flag accepts the same spellings.
    public static let formsDateExpected = Message(
        "forms.date.expected", "A date: 2026-12-31, {example}, today, tomorrow, friday, +3d, +2w, -1m")
    public static let formsDatePlaceholder = Message("forms.date.placeholder", "2026-12-31, +30, friday (optional)")

    static var formsMessages: [Message] {
        [rulesAmountNegative, rulesProbabilityRange, rulesScoreRange, rulesEmailInvalid, rulesContactUnnamed, rulesRequired,
         formsDateExpected, formsDatePlaceholder]
    }
}
