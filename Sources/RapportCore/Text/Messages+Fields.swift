extension Messages {
    // The rules of the typed custom fields (forms, the command line, import, check).
    public static let fieldsRuleOneLine = Message("fields.rule.one-line", "{field} is one line: a long text field takes several")
    public static let fieldsRuleNumber = Message("fields.rule.number", "{field}: {value} is not a number like 1250 or 12.5")
    public static let fieldsRuleMoney = Message("fields.rule.money", "{field}: {value} is not an amount like 1200 or 1200.50 USD")
    public static let fieldsRuleDate = Message("fields.rule.date", "{field}: {value} is not a date like {example}")
    public static let fieldsRuleYesNo = Message("fields.rule.yes-no", "{field}: {value} is neither yes nor no")
    public static let fieldsRuleChoice = Message("fields.rule.choice", "{field}: {value} is not one of {choices}")
    public static let fieldsRuleURL = Message("fields.rule.url", "{field}: {value} is not a web address like https://example.com")
    public static let fieldsRulePhone = Message("fields.rule.phone", "{field}: {value} is not a phone number")
    public static let fieldsStoredInvalid = Message("fields.stored.invalid", "{field}: {value} is not a stored {type} value")
    public static let fieldsUndefined = Message("fields.undefined", "{field} is not a field of {kind} records")

    public static let fieldsFilterNotOrdered = Message(
        "fields.filter.not-ordered", "{field} is a {type} field: filter it with = or !=; < and > are for numbers, money and dates")
    public static let fieldsFilterNeedsValue = Message("fields.filter.needs-value", "{field}: < and > need a value to compare with")

    static var fieldsMessages: [Message] {
        [fieldsRuleOneLine, fieldsRuleNumber, fieldsRuleMoney, fieldsRuleDate, fieldsRuleYesNo, fieldsRuleChoice, fieldsRuleURL,
         fieldsRulePhone, fieldsStoredInvalid, fieldsUndefined,
         fieldsFilterNotOrdered, fieldsFilterNeedsValue]
    }
}
