import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Keep in touch in the contacts view: the form's cadence field and the "Due a touch" filter.
/// The book is `DayStartTests.book()`: Giulia is due a touch (vip, 14 days, last call 30 days
/// ago), Marco has no cadence.
final class KeepInTouchViewTests: XCTestCase {
    private func openContactForm(_ app: inout AppHarness, _ name: String) {
        app.press("2", "/")
        app.type(name)
        app.press("enter", "e")
    }

    func testTheContactFormSetsAndClearsTheCadence() throws {
        var app = AppHarness(book: DayStartTests.book())
        openContactForm(&app, "marco")
        for _ in 0..<9 { app.press("tab") }  // the tenth field: Keep in touch
        app.type("3x")
        app.press("enter")
        XCTAssertTrue(app.screenText().contains("A cadence: 30 or 30d"), app.screenText())
        app.press("backspace", "backspace")
        app.type("2w")
        app.press("enter")
        XCTAssertEqual(app.state.book.contacts[ContactID(number: 2)]?.keepInTouchDays, 14)
        // Shown back as written in weeks; emptied, the contact has no cadence of its own.
        app.press("e")
        for _ in 0..<9 { app.press("tab") }
        XCTAssertTrue(app.screenText().contains("2w"), app.screenText())
        app.press("backspace", "backspace", "enter")
        XCTAssertNil(app.state.book.contacts[ContactID(number: 2)]?.keepInTouchDays)
    }

    func testTheFilterShowsContactsDueATouchAndAnInteractionTakesThemOff() throws {
        var app = AppHarness(book: DayStartTests.book())
        app.press("2", "f", "tab", "tab", "tab")
        app.type("yes")
        app.press("enter")
        let ids = { app.contactEntries.map { app.contactIndex.rows[Int($0.row)].id } }
        XCTAssertEqual(ids(), [ContactID(number: 1)])
        XCTAssertTrue(app.screenText().contains("due a touch"))
        var changed = app.state.book
        changed.activities.upsert(Activity(id: changed.activities.nextID(), createdAt: app.environment.clock.now, channel: .phone,
                                           direction: .outbound, summary: "Catch-up", occurredAt: app.environment.clock.now,
                                           contactID: ContactID(number: 1)))
        app.state.commit(changed, label: "Logged", environment: app.environment)
        XCTAssertEqual(ids(), [], "the touch resets the cadence")
    }
}

/// The agenda (view 4) lists the contacts due a touch after the tasks; Enter opens one.
final class AgendaKeepInTouchTests: XCTestCase {
    func testAgendaGroupGoldenAndEnterOpensTheContact() {
        var app = AppHarness(book: DayStartTests.book(), width: 80, height: 24)
        app.press("4", "G")
        assertGolden(app.frame(), named: "activities-agenda-keep-in-touch-80x24")
        XCTAssertTrue(app.screenText().contains("Keep in touch (1)"))
        app.press("x")
        XCTAssertEqual(app.state.message?.text, "Giulia Rossi is due a touch: Enter opens the contact, a there logs it")
        app.press("enter")
        XCTAssertEqual(app.state.view, .contacts)
        XCTAssertEqual(app.selectedContactID, ContactID(number: 1))
    }
}
