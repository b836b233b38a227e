import Foundation
import RapportCanvas
import RapportCore

/// Parsing and validating what people type into the CRM's forms. Each parser accepts the
/// obvious spellings; each validator says what is expected.
enum FieldParsing {
    static func channel(_ text: String) -> Channel? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let channel = Channel(rawValue: key) { return channel }
        switch key {
        case "call", "tel", "telephone": return .phone
        case "mail", "e-mail": return .email
        case "text": return .sms
        case "visit", "store", "store visit", "meeting", "in person": return .storeVisit
        case "website", "form": return .web
        default: return Channel.allCases.first { $0.title.lowercased() == key }
        }
    }

    static func direction(_ text: String) -> Direction? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "in", "inbound", "incoming", "i": return .inbound
        case "out", "outbound", "outgoing", "o": return .outbound
        default: return nil
        }
    }

    static func taskType(_ text: String) -> TaskType? {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let type = TaskType(rawValue: key) { return type }
        switch key {
        case "to-do", "to do", "task": return .todo
        case "phone": return .call
        case "mail", "e-mail": return .email
        default: return nil
        }
    }

    /// "2026-11-22 14:30" or "2026-11-22" (start of that day) in the clock's time zone.
    static func moment(_ text: String, timeZone: TimeZone) -> Date? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count), let day = LocalDate(String(parts[0])) else { return nil }
        var minutes = 0
        if parts.count == 2 {
            guard let time = LocalTime(String(parts[1])) else { return nil }
            minutes = time.minutesSinceMidnight
        }
        return day.startOfDay(in: timeZone).addingTimeInterval(Double(minutes * 60))
    }

    static func momentText(_ date: Date, timeZone: TimeZone) -> String {
        let day = LocalDate(date, in: timeZone)
        let minutes = Int(date.timeIntervalSince(day.startOfDay(in: timeZone)) / 60)
        return "\(day) " + (LocalTime(hour: minutes / 60, minute: minutes % 60)?.description ?? "00:00")
    }

    static func money(_ text: String, currency: CurrencyCode) -> Money? {
        let cleaned = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
            .replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "$", with: "").replacingOccurrences(of: "£", with: "")
            .trimmingCharacters(in: .whitespaces)
        if cleaned.isEmpty { return Money.zero(currency) }
        let pieces = cleaned.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), let major = Int64(pieces[0]), major >= 0 else { return nil }
        var minor: Int64 = 0
        if pieces.count == 2 {
            let fraction = String(pieces[1].prefix(2)).padding(toLength: 2, withPad: "0", startingAt: 0)
            guard let value = Int64(fraction) else { return nil }
            minor = value
        }
        return Money(minorUnits: major * 100 + minor, currency: currency)
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Several labelled values in one field, as the contact form shows emails and phones:
    /// "giulia@rossi.it, work: g.rossi@tessitura.it". Commas (or semicolons, as mail programs
    /// separate addresses) separate them; text before a colon is the label. The first is the
    /// primary.
    static func labeledList(_ text: String) -> [LabeledValue] {
        text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }.map { item in
            guard let colon = item.firstIndex(of: ":") else { return LabeledValue(item) }
            let label = item[..<colon].trimmingCharacters(in: .whitespaces)
            let value = item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            return LabeledValue(value, label: label)
        }.filter { !$0.value.isEmpty }
    }

    /// The text `labeledList` reads back to the same values.
    static func labeledListText(_ values: [LabeledValue]) -> String {
        values.map { $0.label.isEmpty ? $0.value : "\($0.label): \($0.value)" }.joined(separator: ", ")
    }

    /// Each value of a labelled list must pass `isValid`; the message names the first that does not.
    static func labeledListValidator(_ message: String, _ isValid: @escaping @Sendable (String) -> Bool) -> FieldValidator {
        { text in
            let values = labeledList(text)
            guard let bad = values.first(where: { !isValid($0.value) }) else { return [] }
            return values.count == 1 ? [message] : ["\(bad.value): \(message.prefix(1).lowercased())\(message.dropFirst())"]
        }
    }

    static func yesNo(_ text: String) -> Bool? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "y", "yes", "true", "1", "granted", "on": return true
        case "n", "no", "false", "0", "withdrawn", "off": return false
        default: return nil
        }
    }

    // MARK: Validators

    static func expecting(_ message: String, optional: Bool = false, _ isValid: @escaping @Sendable (String) -> Bool) -> FieldValidator {
        { text in
            if optional, text.allSatisfy(\.isWhitespace) { return [] }
            return isValid(text) ? [] : [message]
        }
    }

    static let emails = labeledListValidator("Expected addresses like name@example.com, separated by commas") {
        FieldRules.email($0) == nil
    }
    static let phones = labeledListValidator("Expected numbers of digits, +, spaces, dashes (5 to 15 digits), separated by commas") {
        ContactNormalization.isPlausiblePhone($0)
    }
    static let stage = expecting("One of: subscriber, lead, mql, sql, opportunity, customer, evangelist, former customer") {
        LifecycleStage(loose: $0) != nil
    }
    static let optionalStage = expecting("A lifecycle stage (lead, mql, customer…) or empty", optional: true) {
        LifecycleStage(loose: $0) != nil
    }
    static let channelValidator = expecting("One of: email, phone, sms, chat, social, store-visit, web") { channel($0) != nil }
    static let directionValidator = expecting("in or out") { direction($0) != nil }
    static let taskTypeValidator = expecting("One of: call, meeting, email, to-do") { taskType($0) != nil }
    /// Every date field: what `DateInput` reads (today does not change what is valid).
    static let date: FieldValidator = { text in
        text.allSatisfy(\.isWhitespace) ? ["Required"] : optionalDate(text)
    }
    static let optionalDate: FieldValidator = { text in
        guard !text.allSatisfy(\.isWhitespace) else { return [] }
        return DateInput.parse(text, today: LocalDate(dayNumber: 0)) == nil
            ? [Messages.formsDateExpected.text(["example": DateInput.example()])] : []
    }
    static let optionalTime = expecting("A time: HH:MM, or empty", optional: true) {
        LocalTime($0.trimmingCharacters(in: .whitespaces)) != nil
    }
    /// Empty (the task does not repeat) or a rule `RecurrenceText` reads.
    static let optionalRecurrence: FieldValidator = { text in
        guard !text.allSatisfy(\.isWhitespace) else { return [] }
        return RecurrenceText.parse(text, today: LocalDate(dayNumber: 0)) == nil ? [Messages.calendarRepeatsInvalid.text] : []
    }
    static let yesNoValidator = expecting("yes or no") { yesNo($0) != nil }
    static func momentValidator(_ timeZone: TimeZone) -> FieldValidator {
        expecting("A date and time: YYYY-MM-DD HH:MM") { moment($0, timeZone: timeZone) != nil }
    }
    static let amount = expecting("An amount like 12000 or 12,000.50") { money($0, currency: .eur) != nil }
}
