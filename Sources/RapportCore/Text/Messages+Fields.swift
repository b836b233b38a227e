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

    // The command line: `rapport fields`, `rapport set`, `--field`, `--filter`.
    public static let fieldsCLISummary = Message("fields.cli.summary", "define your own typed fields per kind of record")
    public static let fieldsCLIUsage = Message("fields.cli.usage", """
        Usage: rapport fields list [KIND] [--json] [--data DIR]
               rapport fields add KIND NAME [--type TYPE] [--choices "a,b,c"] [--data DIR]
               rapport fields rename KIND NAME NEW-NAME [--data DIR]
               rapport fields remove KIND NAME [--yes] [--data DIR]

        KIND is contact, company, opportunity, activity or ticket. TYPE is text (the default),
        long-text, number, money, date, yes-no, choice, choices (several), url, email or phone;
        choice and choices need --choices. A rename moves every record's value to the new name.
        Removing a field that holds values asks first; scripts confirm with --yes.
        Values are set with `rapport add … --field NAME=VALUE` and `rapport set RECORD NAME=VALUE`.
        """)
    public static let fieldsCLINeedsAction = Message("fields.cli.needs-action", "fields needs list, add, rename or remove")
    public static let fieldsCLIAddUsage = Message("fields.cli.add-usage", "fields add needs a KIND and a NAME: fields add contact \"Codice fiscale\"")
    public static let fieldsCLIRenameUsage = Message("fields.cli.rename-usage", "fields rename needs a KIND, a NAME and the NEW-NAME")
    public static let fieldsCLIRemoveUsage = Message("fields.cli.remove-usage", "fields remove needs a KIND and a NAME")
    public static let fieldsCLIUnknownKind = Message(
        "fields.cli.unknown-kind", "\"{kind}\" is not a kind of record: contact, company, opportunity, activity or ticket")
    public static let fieldsCLIUnknownType = Message("fields.cli.unknown-type", "--type {type}: the types are {types}")
    public static let fieldsCLINeedsChoices = Message("fields.cli.needs-choices", "a {type} field needs --choices \"a,b,c\"")
    public static let fieldsCLIChoicesOnlyForChoices = Message("fields.cli.choices-only", "--choices is for --type choice or choices")
    public static let fieldsCLIEmptyName = Message("fields.cli.empty-name", "a field needs a name")
    public static let fieldsCLITaken = Message("fields.cli.taken", "there is already a field named \"{field}\"")
    public static let fieldsCLIUnknown = Message("fields.cli.unknown", "there is no field named \"{field}\"")
    public static let fieldsCLIAdded = Message("fields.cli.added", "{kind} field \"{field}\" added ({type})")
    public static let fieldsCLIRenamed = Message("fields.cli.renamed", "{kind} field \"{field}\" renamed to \"{name}\"")
    public static let fieldsCLIRemoved = Message("fields.cli.removed", "{kind} field \"{field}\" removed, with its values on {count} records")
    public static let fieldsCLIRemoveAsk = Message("fields.cli.remove-ask", "\"{field}\" holds values on {count} records. Remove it and them?")
    public static let fieldsCLIRemoveNeedsYes = Message(
        "fields.cli.remove-needs-yes", "\"{field}\" holds values on {count} records: nothing removed (add --yes to remove them)")
    public static let fieldsCLIHeaderKind = Message("fields.cli.header.kind", "KIND")
    public static let fieldsCLIHeaderName = Message("fields.cli.header.name", "NAME")
    public static let fieldsCLIHeaderType = Message("fields.cli.header.type", "TYPE")
    public static let fieldsCLIHeaderChoices = Message("fields.cli.header.choices", "CHOICES")
    public static let fieldsCLICount = Message("fields.cli.count", "{count} fields")
    public static let fieldsCLIAddFieldHelp = Message(
        "fields.cli.add-field-help", "--field NAME=VALUE (repeatable) sets a field defined with `rapport fields add`, checked by its type.")
    public static let fieldsCLIListFilterHelp = Message("fields.cli.list-filter-help", """
                          or a custom field: 'Region=North', 'Region!=North', 'Region=' (none),
                          and for numbers, money and dates 'Budget>10000', 'Renewal<2027-01-01' (also <=, >=)
        """)
    public static let setCLISummary = Message("set.cli.summary", "change fields of a contact, company, opportunity or activity")
    public static let setCLIUsage = Message("set.cli.usage", """
        Usage: rapport set RECORD FIELD=VALUE… [--data DIR]

        RECORD is an id, an email, a title or a name. FIELD is a built-in field or one defined with
        `rapport fields add`; an empty VALUE clears it. Every value is checked as the forms check it,
        and the changes are saved together, or none when one is refused.
          contacts       first-name, last-name, name, email, phone, title, company, stage, source, tags, notes, keep-in-touch
          companies      name, domain, industry, size, tags, notes
          opportunities  title, amount, stage, probability, close, contact, company, tags, notes
          activities     summary, due, time, duration, contact, notes
        Example: rapport set opp-000001 amount=1200 "Budget=15000"
        """)
    public static let setCLINeedsAssignments = Message("set.cli.needs-assignments", "set needs a RECORD and at least one FIELD=VALUE")
    public static let setCLINotAnAssignment = Message("set.cli.not-an-assignment", "\"{text}\" is not FIELD=VALUE")
    public static let setCLIWrongKind = Message("set.cli.wrong-kind", "{id}: set changes contacts, companies, opportunities and activities")

    // Placeholders of the custom fields in the forms.
    public static let fieldsPlaceholderNumber = Message("fields.placeholder.number", "1250 or 12.5")
    public static let fieldsPlaceholderMoney = Message("fields.placeholder.money", "1200, or 1200.50 USD")
    public static let fieldsPlaceholderYesNo = Message("fields.placeholder.yes-no", "yes or no")
    public static let fieldsPlaceholderChoices = Message("fields.placeholder.choices", "one or more of {choices}")
    public static let fieldsPlaceholderURL = Message("fields.placeholder.url", "https://example.com")
    public static let fieldsPlaceholderEmail = Message("fields.placeholder.email", "name@example.com")
    public static let fieldsPlaceholderPhone = Message("fields.placeholder.phone", "+39 02 1234 5678")

    static var fieldsMessages: [Message] {
        [fieldsRuleOneLine, fieldsRuleNumber, fieldsRuleMoney, fieldsRuleDate, fieldsRuleYesNo, fieldsRuleChoice, fieldsRuleURL,
         fieldsRulePhone, fieldsStoredInvalid, fieldsUndefined,
         fieldsFilterNotOrdered, fieldsFilterNeedsValue, fieldsCLISummary, fieldsCLIUsage, fieldsCLINeedsAction, fieldsCLIAddUsage,
         fieldsCLIRenameUsage, fieldsCLIRemoveUsage, fieldsCLIUnknownKind, fieldsCLIUnknownType, fieldsCLINeedsChoices,
         fieldsCLIChoicesOnlyForChoices, fieldsCLIEmptyName, fieldsCLITaken, fieldsCLIUnknown, fieldsCLIAdded, fieldsCLIRenamed,
         fieldsCLIRemoved, fieldsCLIRemoveAsk, fieldsCLIRemoveNeedsYes, fieldsCLIHeaderKind, fieldsCLIHeaderName, fieldsCLIHeaderType,
         fieldsCLIHeaderChoices, fieldsCLICount, fieldsCLIAddFieldHelp, fieldsCLIListFilterHelp, setCLISummary, setCLIUsage,
         setCLINeedsAssignments, setCLINotAnAssignment, setCLIWrongKind, fieldsPlaceholderNumber, fieldsPlaceholderMoney,
         fieldsPlaceholderYesNo, fieldsPlaceholderChoices, fieldsPlaceholderURL, fieldsPlaceholderEmail, fieldsPlaceholderPhone]
    }
}
