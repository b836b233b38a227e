/// One rule per field, the same for every way a value enters the book: the forms, `rapport add`,
/// the importers and `rapport check`. Each rule returns nil when the value is allowed, else the
/// sentence to show; an entry point adds its own framing (a form shows it under the field, the
/// command line prefixes the option, check prefixes the record).
///
/// A rule belongs here when `check` enforces it: then nothing else may let past what check
/// would later fail the book for.
public enum FieldRules {
    /// Opportunity amounts: a deal is never worth less than nothing.
    public static func opportunityAmount(_ amount: Money) -> String? {
        amount.minorUnits < 0 ? Messages.rulesAmountNegative.text : nil
    }

    /// Stage probabilities and a deal's own probability: a percentage.
    public static func probability(_ percent: Int) -> String? {
        (0...100).contains(percent) ? nil : Messages.rulesProbabilityRange.text(["value": percent])
    }

    /// An NPS answer: 0 to 10.
    public static func npsScore(_ score: Int) -> String? {
        (0...10).contains(score) ? nil : Messages.rulesScoreRange.text(["value": score])
    }

    /// A contact's email address.
    public static func email(_ address: String) -> String? {
        ContactNormalization.isPlausibleEmail(address) ? nil : Messages.rulesEmailInvalid.text(["value": MessageValue.quoted(address)])
    }

    /// A contact is someone: a first name, a last name or an email.
    public static func contactIdentity(firstName: String, lastName: String, emails: [String]) -> String? {
        let blank = { (text: String) in text.allSatisfy(\.isWhitespace) }
        return blank(firstName) && blank(lastName) && emails.allSatisfy(blank) ? Messages.rulesContactUnnamed.text : nil
    }

    /// A sales target: more than zero, in the base currency (totals are in it).
    public static func salesTarget(_ amount: Money, base: CurrencyCode) -> String? {
        if amount.currency != base { return Messages.targetsWrongCurrency.text(["currency": amount.currency, "base": base]) }
        return amount.minorUnits > 0 ? nil : Messages.targetsNotPositive.text
    }

    /// Companies have a name; opportunities and tasks have a title or summary.
    public static func required(_ text: String, field: String) -> String? {
        text.allSatisfy(\.isWhitespace) ? Messages.rulesRequired.text(["field": field]) : nil
    }
}
