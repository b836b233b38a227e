import Foundation

/// Writes an RFC 5545 VCALENDAR with VEVENTs and VTODOs: CRLF line ends, lines folded at 75
/// octets on character boundaries, TEXT escaped, instants in UTC.
///
/// DTSTAMP (when the file was produced) is a parameter so that output is reproducible and
/// testable; callers pass their clock's `now`.
public struct ICalendarWriter: Sendable {
    public static let productIdentifier = "-//Rapport//Rapport CRM//EN"

    public init() {}

    /// Events first, then to-dos, each in the given order.
    public func string(events: [ICalEvent] = [], todos: [ICalTodo] = [], timestamp: Date) -> String {
        let stamp = "DTSTAMP:" + ICalendarValueFormatting.utcDateTime(timestamp)
        var lines = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:" + Self.productIdentifier,
            "CALSCALE:GREGORIAN",
        ]
        for event in events { lines += eventLines(event, stamp: stamp) }
        for todo in todos { lines += todoLines(todo, stamp: stamp) }
        lines.append("END:VCALENDAR")
        return lines.map(ContentLineFolding.fold).joined()
    }

    public func data(events: [ICalEvent] = [], todos: [ICalTodo] = [], timestamp: Date) -> Data {
        Data(string(events: events, todos: todos, timestamp: timestamp).utf8)
    }

    private func eventLines(_ event: ICalEvent, stamp: String) -> [String] {
        var lines = ["BEGIN:VEVENT", "UID:" + ICalendarValueFormatting.text(event.uid), stamp,
                     ICalendarValueFormatting.property("DTSTART", event.start)]
        if let rule = event.recurrenceRule { lines.append("RRULE:" + rule) }
        switch event.end {
        case .at(let end)?: lines.append(ICalendarValueFormatting.property("DTEND", end))
        case .duration(let seconds)?: lines.append("DURATION:" + ICalendarValueFormatting.duration(seconds: seconds))
        case nil: break
        }
        lines.append("SUMMARY:" + ICalendarValueFormatting.text(event.summary))
        if let description = event.description { lines.append("DESCRIPTION:" + ICalendarValueFormatting.text(description)) }
        if let location = event.location { lines.append("LOCATION:" + ICalendarValueFormatting.text(location)) }
        if let status = event.status { lines.append("STATUS:" + status.rawValue) }
        lines.append("END:VEVENT")
        return lines
    }

    private func todoLines(_ todo: ICalTodo, stamp: String) -> [String] {
        var lines = ["BEGIN:VTODO", "UID:" + ICalendarValueFormatting.text(todo.uid), stamp,
                     "SUMMARY:" + ICalendarValueFormatting.text(todo.summary)]
        if let description = todo.description { lines.append("DESCRIPTION:" + ICalendarValueFormatting.text(description)) }
        if let due = todo.due {
            if let rule = todo.recurrenceRule {
                lines.append(ICalendarValueFormatting.property("DTSTART", due))
                lines.append("RRULE:" + rule)
            }
            lines.append(ICalendarValueFormatting.property("DUE", due))
        }
        lines.append("STATUS:" + todo.status.rawValue)
        if let completed = todo.completed { lines.append("COMPLETED:" + ICalendarValueFormatting.utcDateTime(completed)) }
        if let priority = todo.priority { lines.append("PRIORITY:\(min(max(priority, 0), 9))") }
        if !todo.categories.isEmpty {
            lines.append("CATEGORIES:" + todo.categories.map(ICalendarValueFormatting.text).joined(separator: ","))
        }
        if let relatedTo = todo.relatedTo { lines.append("RELATED-TO:" + ICalendarValueFormatting.text(relatedTo)) }
        lines.append("END:VTODO")
        return lines
    }
}
