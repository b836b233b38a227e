import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Every date field reads dates the one way (`DateInput`), and a prefilled field is replaced by
/// typing, as a browser's focused field is.
final class DateFieldsTests: XCTestCase {
    private func giulia() -> AppHarness {
        var app = AppHarness(book: CRMFixture.make(), width: 80, height: 24)
        app.press("2", "/")
        app.type("giulia")
        app.press("enter")
        return app
    }

    func testContactTaskDueTakesRelativeDatesAndWeekdays() throws {
        for (typed, days) in [("+3", 3), ("tomorrow", 1), ("+2w", 14)] {
            var app = giulia()
            let today = app.environment.clock.today
            app.press("t", "tab")
            app.type("Call back")
            app.press("tab")
            app.type(typed)  // replaces the prefilled date
            app.press("enter")
            let task = try XCTUnwrap(app.state.book.activities.all.first { $0.summary == "Call back" }, typed)
            XCTAssertEqual(task.dueDate, today.adding(days: days), typed)
        }
        var app = giulia()
        let today = app.environment.clock.today
        app.press("t", "tab")
        app.type("Visit")
        app.press("tab")
        app.type("friday")
        app.press("enter")
        let task = try XCTUnwrap(app.state.book.activities.all.first { $0.summary == "Visit" })
        let due = try XCTUnwrap(task.dueDate)
        XCTAssertEqual(due.weekday, 5)
        XCTAssertTrue((1...7).contains(today.days(until: due)))
    }

    func testConvertLeadCloseByTakesPlusThirty() throws {
        var app = AppHarness(book: CRMFixture.make(), width: 80, height: 24)
        let today = app.environment.clock.today
        app.press("2", "/")
        app.type("giuseppe")
        app.press("enter", "C", "tab")
        app.type("2500")
        app.press("tab", "tab")
        app.type("+30")
        app.press("enter")
        let deal = try XCTUnwrap(app.state.book.opportunities.all.first { $0.contactID == ContactID(number: 2) })
        XCTAssertEqual(deal.amount, Money(major: 2_500, currency: .eur), "typing replaced the prefilled 0")
        XCTAssertEqual(deal.expectedClose, today.adding(days: 30))
    }

    func testAPrefilledFieldIsSelectedUntilEdited() {
        var form = FormState(fields: [FormField("Due", text: "tomorrow"), FormField("Time", text: "")])
        XCTAssertTrue(form.isFocusedTextSelected)
        _ = form.handle(.char("+"))
        _ = form.handle(.char("3"))
        XCTAssertEqual(form.values[0], "+3", "the first printable key replaces the value, the next ones append")

        form = FormState(fields: [FormField("Due", text: "tomorrow")])
        _ = form.handle(.backspace)
        XCTAssertEqual(form.values[0], "tomorro", "Backspace edits the value")
        XCTAssertFalse(form.isFocusedTextSelected)

        form = FormState(fields: [FormField("Due", text: "2026-12-1")])
        _ = form.handle(.end)
        _ = form.handle(.char("5"))
        XCTAssertEqual(form.values[0], "2026-12-15", "an arrow or End keeps the value")

        // Tabbing into a prefilled field selects it again.
        form = FormState(fields: [FormField("A", text: "one"), FormField("B", text: "two")])
        _ = form.handle(.tab)
        XCTAssertTrue(form.isFocusedTextSelected)
        _ = form.handle(.paste("three"))
        XCTAssertEqual(form.values, ["one", "three"])
    }

    func testTheSelectionIsShown() {
        let form = FormState(fields: [FormField("Due", text: "tomorrow")])
        var buffer = CellBuffer(width: 40, height: 8)
        FormView(state: form, title: "Task", width: 40).render(into: &buffer, area: Rect(x: 0, y: 0, width: 40, height: 8))
        let row = (0..<8).first { y in (0..<40).contains { buffer[$0, y].style == .selected } }
        XCTAssertNotNil(row, "the prefilled value is drawn selected")
    }
}
