import Foundation
import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// The agenda with a repeating task: planned with "Repeats" in the form, marked ↻, its rule
/// shown when selected, done (next planned) and skipped, each one undoable change.
final class RecurringTaskScreenTests: XCTestCase {
    private func planWeekly(_ app: inout AppHarness) {
        app.press("4", "t")
        // Type, Summary, Due (tomorrow: Mon 23 Nov 2026), Time, Repeats.
        app.press("tab")
        app.type("Team sync")
        app.press("tab", "tab", "tab")
        app.type("weekly on mon,wed")
        app.press("enter")
    }

    func testPlannedWithARuleMarkedAndDescribed() throws {
        var app = AppHarness(width: 120, height: 20)
        planWeekly(&app)
        let task = try XCTUnwrap(app.state.book.activities.all.first)
        XCTAssertEqual(task.recurrence, Recurrence(.weekly, weekdays: [1, 3]))
        let screen = app.screenText()
        XCTAssertTrue(screen.contains("↻ Team sync"), screen)
        XCTAssertTrue(screen.contains("Repeats weekly on mon,wed"), screen)
    }

    func testDoneAndSkipAreEachOneUndoableChange() throws {
        var app = AppHarness(width: 120, height: 20)
        planWeekly(&app)
        app.press("x")
        // Done on Mon 23 Nov: the next is Wed 25 Nov.
        let open = app.state.book.activities.all.filter(\.isOpenTask)
        XCTAssertEqual(open.map(\.dueDate), [LocalDate(year: 2026, month: 11, day: 25)])
        // The done call, its logged interaction (the form's type is a call), the next call.
        XCTAssertEqual(app.state.book.activities.count, 3)
        app.press("s")
        // Skipped: Wed 25 Nov → Mon 30 Nov, still one open task, nothing more done.
        XCTAssertEqual(app.state.book.activities.all.filter(\.isOpenTask).map(\.dueDate), [LocalDate(year: 2026, month: 11, day: 30)])
        XCTAssertEqual(app.state.book.activities.all.filter { $0.doneAt != nil }.count, 1)
        XCTAssertEqual(app.state.book.activities.count, 3)
        app.press("u")
        XCTAssertEqual(app.state.book.activities.all.filter(\.isOpenTask).map(\.dueDate), [LocalDate(year: 2026, month: 11, day: 25)])
        app.press("u")
        XCTAssertEqual(app.state.book.activities.count, 1)
        XCTAssertNil(app.state.book.activities.all.first?.doneAt)
    }

    func testABadRuleKeepsTheFormOpen() {
        var app = AppHarness(width: 120, height: 20)
        app.press("4", "t", "tab")
        app.type("Oops")
        app.press("tab", "tab", "tab")
        app.type("sometimes")
        app.press("enter")
        XCTAssertTrue(app.state.book.activities.isEmpty)
        XCTAssertTrue(app.screenText().contains("a repeat rule reads like"), app.screenText())
    }
}
