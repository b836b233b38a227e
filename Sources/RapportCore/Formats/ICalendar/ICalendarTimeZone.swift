import Foundation

/// How a DATE-TIME's wall-clock time becomes an instant (RFC 5545 3.3.5): UTC (`…Z`), a zone
/// named by TZID, or floating (no zone: the same wall-clock time wherever the user is).
public enum ICalZone: Sendable {
    case utc
    /// A floating time, read in the user's zone.
    case floating(TimeZone)
    case named(TimeZone)
    /// The file's own VTIMEZONE, for a TZID no system zone is called.
    case rules(VTimeZoneRules)

    /// The instant of a wall-clock time on a day.
    public func instant(_ day: LocalDate, seconds: Int) -> Date {
        let wall = Double(day.dayNumber * 86_400 + seconds)
        switch self {
        case .utc: return Date(timeIntervalSince1970: wall)
        case .floating(let zone), .named(let zone): return Self.instant(wall: wall, in: zone)
        case .rules(let rules): return Date(timeIntervalSince1970: wall - Double(rules.offset(atWall: Int(wall))))
        }
    }

    /// The wall-clock day of an instant in this zone (for UNTIL, which is written in UTC).
    public func day(of date: Date) -> LocalDate {
        switch self {
        case .utc: return LocalDate(date, in: TimeZone(identifier: "UTC") ?? .current)
        case .floating(let zone), .named(let zone): return LocalDate(date, in: zone)
        case .rules(let rules):
            let seconds = Int(date.timeIntervalSince1970)
            let guess = rules.offset(atWall: seconds)
            let wall = seconds + rules.offset(atWall: seconds + guess)
            return LocalDate(dayNumber: wall >= 0 ? wall / 86_400 : (wall - 86_399) / 86_400)
        }
    }

    /// Wall-clock seconds (as if UTC) to an instant in a Foundation zone: the offset at the naive
    /// instant, corrected once for a daylight-saving change between the two.
    private static func instant(wall: Double, in zone: TimeZone) -> Date {
        let first = wall - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: wall)))
        return Date(timeIntervalSince1970: wall - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: first))))
    }

    /// The zone a TZID names: the file's VTIMEZONE when it has usable rules (what the sender's
    /// calendar meant), else a system zone by IANA name, by Outlook's Windows name, or by the
    /// tail of a prefixed name (`/mozilla.org/20050126_1/Europe/Rome`). Nil when none fits.
    public static func resolve(_ tzid: String, definitions: [String: VTimeZoneRules]) -> ICalZone? {
        if let rules = definitions[tzid], !rules.observances.isEmpty { return .rules(rules) }
        if let zone = systemZone(tzid) { return .named(zone) }
        return nil
    }

    static func systemZone(_ tzid: String) -> TimeZone? {
        let name = tzid.trimmingCharacters(in: .whitespaces)
        if name.uppercased() == "UTC" || name.uppercased() == "GMT" || name == "Z" { return TimeZone(identifier: "UTC") }
        if name.contains("/"), let zone = TimeZone(identifier: name) { return zone }
        if let iana = windowsZones[name], let zone = TimeZone(identifier: iana) { return zone }
        let parts = name.split(separator: "/")
        if parts.count >= 2, let zone = TimeZone(identifier: parts.suffix(2).joined(separator: "/")) { return zone }
        return nil
    }

    /// Outlook and Exchange name zones the Windows way; the IANA zone each one's CLDR mapping gives.
    static let windowsZones: [String: String] = [
        "W. Europe Standard Time": "Europe/Berlin", "Romance Standard Time": "Europe/Paris",
        "Central Europe Standard Time": "Europe/Budapest", "Central European Standard Time": "Europe/Warsaw",
        "GMT Standard Time": "Europe/London", "Greenwich Standard Time": "Atlantic/Reykjavik",
        "E. Europe Standard Time": "Europe/Chisinau", "FLE Standard Time": "Europe/Kiev", "GTB Standard Time": "Europe/Bucharest",
        "Russian Standard Time": "Europe/Moscow", "Turkey Standard Time": "Europe/Istanbul", "Israel Standard Time": "Asia/Jerusalem",
        "Eastern Standard Time": "America/New_York", "Central Standard Time": "America/Chicago",
        "Mountain Standard Time": "America/Denver", "US Mountain Standard Time": "America/Phoenix",
        "Pacific Standard Time": "America/Los_Angeles", "Alaskan Standard Time": "America/Anchorage",
        "Hawaiian Standard Time": "Pacific/Honolulu", "Atlantic Standard Time": "America/Halifax",
        "E. South America Standard Time": "America/Sao_Paulo", "South Africa Standard Time": "Africa/Johannesburg",
        "Arabian Standard Time": "Asia/Dubai", "India Standard Time": "Asia/Kolkata", "China Standard Time": "Asia/Shanghai",
        "Singapore Standard Time": "Asia/Singapore", "Tokyo Standard Time": "Asia/Tokyo", "Korea Standard Time": "Asia/Seoul",
        "AUS Eastern Standard Time": "Australia/Sydney", "New Zealand Standard Time": "Pacific/Auckland", "UTC": "UTC",
    ]
}

/// A VTIMEZONE's observances (STANDARD and DAYLIGHT): from when, which offset, and the yearly
/// rule that repeats the change (`FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`) or its RDATEs.
public struct VTimeZoneRules: Sendable, Hashable {
    public struct Observance: Sendable, Hashable {
        /// The first onset, as wall-clock seconds in the offset before it.
        var start: Int
        var offsetFrom: Int
        var offsetTo: Int
        /// BYMONTH and the day in it, for a yearly change; nil for a one-off.
        var month: Int?
        var dayRule: Recurrence.MonthlyRule?
        var until: Int?
        var extraOnsets: [Int]
    }

    public var observances: [Observance]

    /// The rules of a VTIMEZONE component; observances it cannot read are left out.
    public init(_ component: ICalComponent) {
        observances = component.components.compactMap { child -> Observance? in
            guard child.name == "STANDARD" || child.name == "DAYLIGHT",
                  let start = child.first("DTSTART").flatMap({ ICalLocalValue($0.value) }),
                  let from = child.first("TZOFFSETFROM").flatMap({ Self.offset($0.value) }),
                  let to = child.first("TZOFFSETTO").flatMap({ Self.offset($0.value) }) else { return nil }
            let startWall = start.day.dayNumber * 86_400 + (start.seconds ?? 0)
            var observance = Observance(start: startWall, offsetFrom: from, offsetTo: to, month: nil, dayRule: nil, until: nil,
                                        extraOnsets: [])
            if let rule = child.first("RRULE")?.value {
                var fields: [String: String] = [:]
                for part in rule.uppercased().split(separator: ";") {
                    let pair = part.split(separator: "=", maxSplits: 1).map(String.init)
                    if pair.count == 2 { fields[pair[0]] = pair[1] }
                }
                guard fields["FREQ"] == "YEARLY", let month = fields["BYMONTH"].flatMap({ Int($0) }) else { return nil }
                observance.month = month
                if let byDay = fields["BYDAY"] {
                    let code = String(byDay.suffix(2))
                    guard let weekday = Recurrence.weekdayCodes.firstIndex(of: code), let ordinal = Int(byDay.dropLast(2)) else { return nil }
                    observance.dayRule = .weekday(ordinal: ordinal, weekday: weekday + 1)
                } else if let day = fields["BYMONTHDAY"].flatMap({ Int($0) }) {
                    observance.dayRule = .day(day)
                } else {
                    observance.dayRule = .day(start.day.day)
                }
                if let until = fields["UNTIL"].flatMap({ ICalLocalValue($0) }) {
                    observance.until = until.day.dayNumber * 86_400 + (until.seconds ?? 0) + (until.isUTC ? from : 0)
                }
            }
            for rdate in child.all("RDATE") {
                for text in rdate.value.split(separator: ",") {
                    if let value = ICalLocalValue(String(text)) { observance.extraOnsets.append(value.day.dayNumber * 86_400 + (value.seconds ?? 0)) }
                }
            }
            return observance
        }
    }

    /// `+0100`, `-0530`, `+010000` as seconds east of UTC.
    static func offset(_ text: String) -> Int? {
        let value = text.trimmingCharacters(in: .whitespaces)
        guard let sign = value.first, sign == "+" || sign == "-" else { return nil }
        let digits = Array(value.dropFirst())
        guard digits.count == 4 || digits.count == 6, digits.allSatisfy(\.isASCIIDigit),
              let hours = Int(String(digits[0..<2])), let minutes = Int(String(digits[2..<4])) else { return nil }
        let seconds = digits.count == 6 ? Int(String(digits[4..<6])) ?? 0 : 0
        return (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60 + seconds)
    }

    /// The offset in force at a wall-clock time: the observance whose latest onset at or before
    /// it is the most recent (onsets compared as wall-clock times, which is exact outside the
    /// hour a change repeats or skips).
    func offset(atWall wall: Int) -> Int {
        var best: (onset: Int, offset: Int)?
        for observance in observances {
            for onset in onsets(observance, around: wall) where onset <= wall {
                if best == nil || onset > best?.onset ?? .min { best = (onset, observance.offsetTo) }
            }
        }
        if let best { return best.offset }
        // Before every onset: the offset the earliest one changed from.
        return observances.min { $0.start < $1.start }?.offsetFrom ?? 0
    }

    private func onsets(_ observance: Observance, around wall: Int) -> [Int] {
        var result = [observance.start] + observance.extraOnsets
        guard let month = observance.month, let rule = observance.dayRule else { return result }
        let year = LocalDate(dayNumber: wall >= 0 ? wall / 86_400 : (wall - 86_399) / 86_400).year
        let timeOfDay = ((observance.start % 86_400) + 86_400) % 86_400
        for candidateYear in [year - 1, year] {
            guard let first = LocalDate(year: candidateYear, month: month, day: 1), let day = Recurrence.day(rule, in: first) else { continue }
            let onset = day.dayNumber * 86_400 + timeOfDay
            if onset >= observance.start, observance.until.map({ onset <= $0 }) ?? true { result.append(onset) }
        }
        return result
    }
}
