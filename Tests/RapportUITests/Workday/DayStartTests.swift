import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// The day's start in the TUI: the banner, the overdue count in the status bar and the
/// reminders of timed tasks. The harness's clock is noon UTC on Sunday 2026-11-22.
final class DayStartTests: XCTestCase {
    private static let today = AppHarness.today
    private static func at(_ days: Int, hour: Int = 10) -> Date {
        today.adding(days: days).startOfDay(in: TimeZone(identifier: "UTC") ?? .current).addingTimeInterval(Double(hour * 3600))
    }

    /// Two overdue tasks (one from yesterday, one at 09:30 this morning), one at 15:00 and one
    /// for any time today, a deal rotting in "new" (14 days) for 20 days, and a contact due a
    /// touch under the vip tag's 14 days (last call 30 days ago).
    static func book() -> Book {
        var settings = Settings()
        settings.keepInTouch = ["vip": 14]
        let giulia = Contact(id: ContactID(number: 1), createdAt: at(-200), firstName: "Giulia", lastName: "Rossi", tags: ["vip"])
        let marco = Contact(id: ContactID(number: 2), createdAt: at(-200), firstName: "Marco", lastName: "Bianchi")
        let deal = Opportunity(id: OpportunityID(number: 1), createdAt: at(-20), title: "Annual licence", contactID: marco.id,
                               stageID: "new", amount: Money(major: 12_000, currency: .eur))
        return Book(settings: settings, contacts: [giulia, marco], opportunities: [deal], activities: [
            Activity(id: ActivityID(number: 1), createdAt: at(-30), channel: .phone, direction: .outbound, summary: "Intro call",
                     occurredAt: at(-30), contactID: giulia.id),
            Activity(id: ActivityID(number: 2), createdAt: at(-5), task: .call, summary: "Call about the renewal", due: today.adding(days: -1),
                     contactID: marco.id, opportunityID: deal.id),
            Activity(id: ActivityID(number: 3), createdAt: at(-5), task: .email, summary: "Send the quote", due: today,
                     dueTime: LocalTime(hour: 9, minute: 30), contactID: marco.id),
            Activity(id: ActivityID(number: 4), createdAt: at(-5), task: .call, summary: "Call Rossi", due: today,
                     dueTime: LocalTime(hour: 15, minute: 0), contactID: giulia.id),
            Activity(id: ActivityID(number: 5), createdAt: at(-5), task: .todo, summary: "Plan the week", due: today),
        ])
    }

    func testBannerGoldensAndTheStatusBarCount() throws {
        for (width, height) in [(80, 24), (120, 36)] {
            var app = AppHarness(book: Self.book(), width: width, height: height)
            App.openDayStart(state: &app.state, environment: app.environment)
            let frame = app.frame()
            assertGolden(frame, named: "day-start-\(width)x\(height)")
            XCTAssertTrue(frame.lines().last?.contains("2 overdue") ?? false)
            // The late and the due-today lines carry their meaning in their style.
            let lines = frame.lines()
            for (text, role) in [("1 day late", StyleRole.overdue), ("15:00", .dueToday), ("2 overdue", .overdue)] {
                let y = try XCTUnwrap(lines.firstIndex { $0.contains(text) }, text)
                let x = try XCTUnwrap(lines[y].range(of: text).map { lines[y].distance(from: lines[y].startIndex, to: $0.lowerBound) })
                XCTAssertEqual(frame.style(at: x, y: y).role, role, text)
            }
        }
    }

    func testNoBannerWhenNothingIsDue() {
        var app = AppHarness(book: Book())
        App.openDayStart(state: &app.state, environment: app.environment)
        XCTAssertNil(app.state.workday.dayStart)
        XCTAssertFalse(app.frame().lines().last?.contains("overdue") ?? true, "no count in the status bar")
    }

    func testEscDismissesAndAnyOtherKeyDismissesAndActs() {
        var app = AppHarness(book: Self.book())
        App.openDayStart(state: &app.state, environment: app.environment)
        app.press("esc")
        XCTAssertNil(app.state.workday.dayStart)
        XCTAssertEqual(app.state.view, .board, "Esc only closes the banner")
        App.openDayStart(state: &app.state, environment: app.environment)
        app.press("4")
        XCTAssertNil(app.state.workday.dayStart)
        XCTAssertEqual(app.state.view, .activities)
    }

    func testOverdueCountFollowsEveryChange() {
        var app = AppHarness(book: Self.book())
        XCTAssertEqual(App.overdueCount(app.state, environment: app.environment), 2)
        var changed = app.state.book
        TaskActions.complete(ActivityID(number: 2), in: &changed, at: app.environment.clock.now)
        app.state.commit(changed, label: "Done", environment: app.environment)
        XCTAssertEqual(App.overdueCount(app.state, environment: app.environment), 1)
        XCTAssertTrue(app.screenText().contains("1 overdue"))
        app.press("u")
        XCTAssertEqual(App.overdueCount(app.state, environment: app.environment), 2)
    }

    func testATimedTaskRemindsAtItsTimeOnceWithTheBell() {
        var app = AppHarness(book: Self.book())
        let before = AppEnvironment(clock: FixedClock(Self.at(0, hour: 14).addingTimeInterval(59 * 60)))  // 14:59
        XCTAssertFalse(App.remindDueTasks(state: &app.state, environment: before))
        XCTAssertNil(app.state.message)
        let onTime = AppEnvironment(clock: FixedClock(Self.at(0, hour: 15).addingTimeInterval(20)))  // 15:00:20
        XCTAssertTrue(App.remindDueTasks(state: &app.state, environment: onTime), "rings the bell")
        XCTAssertEqual(app.state.message?.text, "Call Rossi at 15:00 — now")
        app.state.message = nil
        XCTAssertFalse(App.remindDueTasks(state: &app.state, environment: onTime), "once per task per session")
        XCTAssertNil(app.state.message)
    }

    func testReminderWithoutTheBellWhenTurnedOff() {
        var book = Self.book()
        book.settings.reminderBell = false
        var app = AppHarness(book: book)
        let onTime = AppEnvironment(clock: FixedClock(Self.at(0, hour: 15)))
        XCTAssertFalse(App.remindDueTasks(state: &app.state, environment: onTime))
        XCTAssertEqual(app.state.message?.text, "Call Rossi at 15:00 — now")
    }
}
