import Foundation

/// The one reader of repeat rules people type (the task form's "Repeats" field and
/// `rapport add task --repeat`), and the text that shows a rule back. What `describe` writes
/// in English, `parse` reads.
///
/// `daily`, `weekly`, `monthly`, `yearly`; `every 3 days`, `every 2 weeks on mon,thu`,
/// `every monday`, `monthly on 15`, `monthly on last fri`, `monthly on the 2nd tue`; then
/// optionally `until DATE` (any date `DateInput` reads) or `10 times`. Italian and French
/// words work too: `ogni 2 settimane il lun,gio fino al 30/06/2027`, `mensuel le dernier ven, 5 fois`.
public enum RecurrenceText {
    public static func parse(_ text: String, today: LocalDate, order: DayOrder = DayOrder.current) -> Recurrence? {
        var reader = Reader(tokens: tokens(text))
        guard let (frequency, interval, everyWeekdays) = reader.frequency() else { return nil }
        var weekdays = everyWeekdays
        var monthly: Recurrence.MonthlyRule?
        var end = Recurrence.End.never
        while let token = reader.next() {
            if onWords.contains(token) {
                switch frequency {
                case .weekly:
                    weekdays = reader.weekdayList()
                    guard !weekdays.isEmpty else { return nil }
                case .monthly:
                    guard let rule = reader.monthlyRule() else { return nil }
                    monthly = rule
                case .daily, .yearly:
                    return nil
                }
            } else if untilWords.contains(token) {
                guard case .never = end else { return nil }
                while let filler = reader.peek(), fillerWords.contains(filler) { _ = reader.next() }
                guard let dateText = reader.next(), let day = DateInput.parse(dateText, today: today, order: order) else { return nil }
                end = .until(day)
            } else if let count = Int(token), count > 0, count < 10_000, let unit = reader.next(), timesWords.contains(unit) {
                guard case .never = end else { return nil }
                end = .count(count)
            } else if !fillerWords.contains(token) {
                return nil
            }
        }
        if frequency != .weekly, !weekdays.isEmpty { return nil }
        return Recurrence(frequency, interval: interval, weekdays: weekdays, monthly: monthly, end: end)
    }

    /// The rule as a person reads it, in the catalogue's language: "every 2 weeks on Mon, Thu, 10 times".
    public static func describe(_ rule: Recurrence) -> String {
        var text: String
        let count = rule.interval
        switch rule.frequency {
        case .daily: text = count == 1 ? Messages.calendarRepeatDaily.text : Messages.calendarRepeatEveryDays.text(["count": count])
        case .weekly: text = count == 1 ? Messages.calendarRepeatWeekly.text : Messages.calendarRepeatEveryWeeks.text(["count": count])
        case .monthly: text = count == 1 ? Messages.calendarRepeatMonthly.text : Messages.calendarRepeatEveryMonths.text(["count": count])
        case .yearly: text = count == 1 ? Messages.calendarRepeatYearly.text : Messages.calendarRepeatEveryYears.text(["count": count])
        }
        if rule.frequency == .weekly, !rule.weekdays.isEmpty {
            text = Messages.calendarRepeatOnDays.text(["rule": text, "days": rule.weekdays.map(weekdayName).joined(separator: ",")])
        }
        switch rule.monthly {
        case .day(let day)?: text = Messages.calendarRepeatOnDay.text(["rule": text, "day": day])
        case .weekday(let ordinal, let weekday)?:
            let which = ordinal == -1 ? Messages.calendarRepeatLast.text : ordinalName(ordinal)
            text = Messages.calendarRepeatOnWeekday.text(["rule": text, "which": which, "weekday": weekdayName(weekday)])
        case nil: break
        }
        switch rule.end {
        case .never: break
        case .until(let day): text = Messages.calendarRepeatUntil.text(["rule": text, "date": day.description])
        case .count(let left): text = Messages.calendarRepeatTimes.text(["rule": text, "count": left])
        }
        return text
    }

    static func ordinalName(_ ordinal: Int) -> String {
        let names = [Messages.calendarRepeatFirst, Messages.calendarRepeatSecond, Messages.calendarRepeatThird,
                     Messages.calendarRepeatFourth, Messages.calendarRepeatFifth]
        return (1...5).contains(ordinal) ? names[ordinal - 1].text : Messages.calendarRepeatLast.text
    }

    static func weekdayName(_ weekday: Int) -> String {
        let names = [Messages.calendarWeekdayMon, Messages.calendarWeekdayTue, Messages.calendarWeekdayWed, Messages.calendarWeekdayThu,
                     Messages.calendarWeekdayFri, Messages.calendarWeekdaySat, Messages.calendarWeekdaySun]
        return (1...7).contains(weekday) ? names[weekday - 1].text : "?"
    }

    // MARK: Words (folded: lowercase, no accents)

    static let onWords: Set<String> = ["on", "il", "di", "le"]
    static let untilWords: Set<String> = ["until", "till", "through", "fino", "jusqu'au", "jusqu'a", "jusqu'le", "jusque"]
    static let timesWords: Set<String> = ["times", "time", "occurrences", "volte", "volta", "fois"]
    static let fillerWords: Set<String> = ["the", "for", "al", "a", "au", "per", "pendant", "les", "la", "el", "and", "e", "et"]
    static let everyWords: Set<String> = ["every", "each", "ogni", "chaque", "tous", "toutes"]

    static let frequencyWords: [String: Recurrence.Frequency] = [
        "daily": .daily, "quotidiano": .daily, "giornaliero": .daily, "quotidien": .daily, "quotidienne": .daily,
        "weekly": .weekly, "settimanale": .weekly, "hebdomadaire": .weekly,
        "monthly": .monthly, "mensile": .monthly, "mensuel": .monthly, "mensuelle": .monthly,
        "yearly": .yearly, "annually": .yearly, "annuale": .yearly, "annuel": .yearly, "annuelle": .yearly,
    ]

    static let unitWords: [String: Recurrence.Frequency] = [
        "day": .daily, "days": .daily, "giorno": .daily, "giorni": .daily, "jour": .daily, "jours": .daily,
        "week": .weekly, "weeks": .weekly, "settimana": .weekly, "settimane": .weekly, "semaine": .weekly, "semaines": .weekly,
        "month": .monthly, "months": .monthly, "mese": .monthly, "mesi": .monthly, "mois": .monthly,
        "year": .yearly, "years": .yearly, "anno": .yearly, "anni": .yearly, "an": .yearly, "ans": .yearly,
        "annee": .yearly, "annees": .yearly,
    ]

    static let ordinalWords: [String: Int] = [
        "first": 1, "1st": 1, "primo": 1, "prima": 1, "premier": 1, "premiere": 1, "1er": 1,
        "second": 2, "2nd": 2, "secondo": 2, "seconda": 2, "deuxieme": 2, "2e": 2,
        "third": 3, "3rd": 3, "terzo": 3, "terza": 3, "troisieme": 3, "3e": 3,
        "fourth": 4, "4th": 4, "quarto": 4, "quarta": 4, "quatrieme": 4, "4e": 4,
        "fifth": 5, "5th": 5, "quinto": 5, "quinta": 5, "cinquieme": 5, "5e": 5,
        "last": -1, "ultimo": -1, "ultima": -1, "dernier": -1, "derniere": -1,
    ]

    /// Words split on spaces and commas, folded; "jusqu'au" stays one word.
    static func tokens(_ text: String) -> [String] {
        TextFolding.fold(text).replacingOccurrences(of: "\u{2019}", with: "'")
            .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == ";" }).map(String.init)
    }

    struct Reader {
        var tokens: [String]
        var index = 0

        func peek() -> String? { index < tokens.count ? tokens[index] : nil }

        mutating func next() -> String? {
            guard let token = peek() else { return nil }
            index += 1
            return token
        }

        /// "weekly", or "every [N] weeks", or "every monday[,thursday]" (weekly on those days).
        mutating func frequency() -> (Recurrence.Frequency, Int, [Int])? {
            guard let first = next() else { return nil }
            if let frequency = frequencyWords[first] { return (frequency, 1, []) }
            guard everyWords.contains(first) else { return nil }
            while let filler = peek(), fillerWords.contains(filler) { _ = next() }
            if let day = peek(), DateInput.weekdays[day] != nil { return (.weekly, 1, weekdayList()) }
            var interval = 1
            if let number = peek().flatMap(Int.init) {
                guard number >= 1, number < 1_000 else { return nil }
                interval = number
                _ = next()
            }
            guard let unit = next(), let frequency = unitWords[unit] else { return nil }
            return (frequency, interval, [])
        }

        mutating func weekdayList() -> [Int] {
            var days: [Int] = []
            while let token = peek() {
                if let day = DateInput.weekdays[token] {
                    days.append(day)
                } else if token != "and", token != "e", token != "et" {
                    break
                }
                _ = next()
            }
            return days
        }

        /// "15", "15th", "the 15th", "last fri", "2nd tue".
        mutating func monthlyRule() -> Recurrence.MonthlyRule? {
            while let filler = peek(), fillerWords.contains(filler) { _ = next() }
            guard let token = next() else { return nil }
            if let ordinal = ordinalWords[token], let day = peek().flatMap({ DateInput.weekdays[$0] }) {
                _ = next()
                return .weekday(ordinal: ordinal, weekday: day)
            }
            let digits = token.prefix(while: \.isASCIIDigit)
            guard let day = Int(digits), (1...31).contains(day), ["", "st", "nd", "rd", "th", "er", "e"].contains(String(token.dropFirst(digits.count))) else {
                return nil
            }
            return .day(day)
        }
    }
}
