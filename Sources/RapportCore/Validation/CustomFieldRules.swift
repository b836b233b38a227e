import Foundation

/// What a person typed into a custom field, read: the stored form, nothing (the field is
/// cleared), or the sentence saying what is wrong.
public enum CustomFieldReading: Equatable, Sendable {
    case value(String)
    case cleared
    case invalid(String)
}

/// What reading a typed value depends on besides the text: today (for "tomorrow", "+2w"), the
/// book's currency (an amount without one) and number format, the user's day order.
public struct CustomFieldContext: Sendable {
    public var today: LocalDate
    public var currency: CurrencyCode
    public var numberFormat: NumberFormat
    public var dayOrder: DayOrder

    public init(today: LocalDate, currency: CurrencyCode, numberFormat: NumberFormat = .english, dayOrder: DayOrder = DayOrder.current) {
        self.today = today
        self.currency = currency
        self.numberFormat = numberFormat
        self.dayOrder = dayOrder
    }

    public init(today: LocalDate, settings: Settings, dayOrder: DayOrder = DayOrder.current) {
        self.init(today: today, currency: settings.defaultCurrency, numberFormat: settings.numberFormat, dayOrder: dayOrder)
    }
}

/// The one rule per custom field type, shared by the forms, `rapport add --field`, `rapport set`,
/// the importers and `rapport check` (which asks whether a stored value is in its stored form).
public enum CustomFieldRules {
    public static func read(_ text: String, for field: CustomFieldDefinition, context: CustomFieldContext) -> CustomFieldReading {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return .cleared }
        func invalid(_ message: Message) -> CustomFieldReading {
            .invalid(message.text(["field": field.name, "value": MessageValue.quoted(trimmed)]))
        }
        switch field.type {
        case .text: return trimmed.contains(where: \.isNewline) ? invalid(Messages.fieldsRuleOneLine) : .value(trimmed)
        case .longText: return .value(trimmed)
        case .number:
            guard let number = plainDecimal(trimmed, format: context.numberFormat) else { return invalid(Messages.fieldsRuleNumber) }
            return .value(number)
        case .money:
            guard let money = money(trimmed, context: context) else { return invalid(Messages.fieldsRuleMoney) }
            return .value(CustomFieldValue.storedText(of: money))
        case .date:
            guard let date = DateInput.parse(trimmed, today: context.today, order: context.dayOrder) else {
                return .invalid(Messages.fieldsRuleDate.text(["field": field.name, "value": MessageValue.quoted(trimmed),
                                                              "example": DateInput.example(context.dayOrder)]))
            }
            return .value(date.description)
        case .yesNo:
            guard let flag = yesNo[TextFolding.fold(trimmed)] else { return invalid(Messages.fieldsRuleYesNo) }
            return .value(flag ? "yes" : "no")
        case .choice:
            guard let choice = allowed(trimmed, in: field) else { return notAChoice(trimmed, field) }
            return .value(choice)
        case .choices:
            var chosen: [String] = []
            for part in CustomFieldValue.splitChoices(trimmed) {
                guard let choice = allowed(part, in: field) else { return notAChoice(part, field) }
                if !chosen.contains(choice) { chosen.append(choice) }
            }
            return chosen.isEmpty ? .cleared : .value(chosen.joined(separator: ", "))
        case .url:
            let link = trimmed.contains("://") ? trimmed : "https://" + trimmed
            guard !link.contains(where: \.isWhitespace), let url = URL(string: link), let host = url.host, host.contains("."),
                  ["http", "https"].contains(url.scheme?.lowercased() ?? "") else { return invalid(Messages.fieldsRuleURL) }
            return .value(link)
        case .email:
            if let problem = FieldRules.email(trimmed) { return .invalid(problem) }
            return .value(ContactNormalization.email(trimmed))
        case .phone:
            return ContactNormalization.isPlausiblePhone(trimmed) ? .value(trimmed) : invalid(Messages.fieldsRulePhone)
        }
    }

    /// For `rapport check`: what is wrong with a value as stored, nil when it is fine.
    public static func storedProblem(_ stored: String, for field: CustomFieldDefinition) -> String? {
        let wrong = Messages.fieldsStoredInvalid.text(["field": field.name, "value": MessageValue.quoted(stored),
                                                       "type": field.type.rawValue])
        guard let value = CustomFieldValue(stored: stored, type: field.type) else { return wrong }
        switch field.type {
        case .choice: return allowed(stored, in: field) == stored ? nil : wrong
        case .choices:
            guard case .choices(let values) = value else { return wrong }
            return values.allSatisfy { allowed($0, in: field) == $0 } ? nil : wrong
        case .email: return FieldRules.email(stored)
        case .phone: return ContactNormalization.isPlausiblePhone(stored) ? nil : wrong
        default: return nil
        }
    }

    private static func notAChoice(_ text: String, _ field: CustomFieldDefinition) -> CustomFieldReading {
        .invalid(Messages.fieldsRuleChoice.text(["field": field.name, "value": MessageValue.quoted(text),
                                                 "choices": (field.choices ?? []).joined(separator: ", ")]))
    }

    private static func allowed(_ text: String, in field: CustomFieldDefinition) -> String? {
        let key = TextFolding.fold(text)
        return field.choices?.first { TextFolding.fold($0) == key }
    }

    private static let yesNo: [String: Bool] = [
        "yes": true, "y": true, "true": true, "1": true, "si": true, "oui": true, "ja": true,
        "no": false, "n": false, "false": false, "0": false, "non": false, "nein": false,
    ]

    /// An amount in the book's currency or in the one it names ("15000", "USD 1,200.50").
    private static func money(_ text: String, context: CustomFieldContext) -> Money? {
        do {
            return try Money.parse(text, currency: context.currency, format: context.numberFormat)
        } catch .currencyMismatch(let found, _) {
            guard let currency = CurrencyCode(found) else { return nil }
            return try? Money.parse(text, currency: currency, format: context.numberFormat)
        } catch {
            return nil
        }
    }

    /// "1,234.5" or "1.234,5" (as the book's format reads it) -> "1234.5". When both marks appear
    /// the last is the decimal mark; a lone mark followed by three digits groups thousands unless
    /// it is the format's decimal mark.
    static func plainDecimal(_ text: String, format: NumberFormat) -> String? {
        var body = text.filter { !$0.isWhitespace && $0 != "'" && $0 != "_" }
        let marks = body.filter { $0 == "." || $0 == "," }
        if let last = marks.last {
            let decimal: Character?
            if Set(marks).count == 2 {
                decimal = last
            } else if marks.count > 1 {
                decimal = nil
            } else if let index = body.firstIndex(of: last), body[body.index(after: index)...].count == 3, last != format.decimalSeparator {
                decimal = nil
            } else {
                decimal = last
            }
            body = String(body.compactMap { character -> Character? in
                guard character == "." || character == "," else { return character }
                return character == decimal ? "." : nil
            })
        }
        return CustomFieldValue.canonicalNumber(body)
    }
}
