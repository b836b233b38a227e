import Foundation
@testable import RapportCore

/// The hand-written exports under Tests/Fixtures/Calendar, laid out as each app writes them:
/// google.ics (Google Calendar: VTIMEZONE Europe/Rome, a weekly series with COUNT, an EXDATE and
/// a RECURRENCE-ID override, UTC times, an all-day event, folded ATTENDEE lines, CRLF),
/// outlook.ics (Outlook: the Windows zone "W. Europe Standard Time" with its VTIMEZONE, a
/// monthly first-Thursday series with UNTIL and an EXDATE, MAILTO in capitals, a VALARM),
/// apple.ics (Apple Calendar: a floating time, attendees by EMAIL parameter and urn:uuid,
/// a daily series with UNTIL, an EXDATE and an override, a yearly all-day event; bare LF line ends).
enum CalendarFixtures {
    static func text(_ name: String) -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/Calendar/\(name).ics")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    static let rome = TimeZone(identifier: "Europe/Rome") ?? .current
    /// Tue 1 Dec 2026, 12:00 UTC (13:00 in Rome).
    static let now = Date(timeIntervalSince1970: 1_796_126_400)

    static func utc(_ text: String) -> Date { JSONDateFormat.date(from: text) ?? Date(timeIntervalSince1970: 0) }

    /// Mario (one email, written differently in the files) and Anna (two emails: Outlook uses the
    /// first, Apple the second). Giulia, the user, is the organizer and not a contact.
    static func book() -> Book {
        var book = Book()
        let mario = Contact(id: book.contacts.nextID(), createdAt: now, firstName: "Mario", lastName: "Bianchi",
                            emails: [LabeledValue("mario.bianchi@example.com")], companyID: CompanyID("com-000001"))
        let anna = Contact(id: book.contacts.nextID(), createdAt: now, firstName: "Anna", lastName: "Verdi",
                           emails: [LabeledValue("anna.verdi@verdi.it"), LabeledValue("Anna@Verdi.it", label: "home")])
        book.contacts.upsert(mario)
        book.contacts.upsert(anna)
        return book
    }

    /// The default window: 90 days back and ahead of 1 Dec 2026 in Rome, 2 Sep 2026 to 1 Mar 2027 inclusive.
    static let from = (LocalDate(year: 2026, month: 9, day: 2) ?? LocalDate(dayNumber: 0)).startOfDay(in: rome)
    static let to = (LocalDate(year: 2027, month: 3, day: 2) ?? LocalDate(dayNumber: 0)).startOfDay(in: rome)
}
