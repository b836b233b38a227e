import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

final class CompaniesScreenTests: XCTestCase {
    func testListAndPaneGoldens() {
        for (width, height) in [(80, 24), (160, 48)] {
            var app = AppHarness(book: CRMFixture.make(), width: width, height: height)
            app.press("3")
            assertGolden(app.frame(), named: "companies-list-\(width)x\(height)")
            app.press("j", "enter")  // Tessitura Rossi
            for section in CompanySection.allCases {
                assertGolden(app.frame(), named: "companies-\(section.title.lowercased())-\(width)x\(height)")
                app.press("]")
            }
        }
    }

    func testRollUpsAndJumpToAPerson() throws {
        var app = AppHarness(book: CRMFixture.make())
        app.press("3")
        let row = try XCTUnwrap(CompaniesScreen.index(app.state.companies, book: app.state.book).rows.first { $0.company.name == "Tessitura Rossi" })
        XCTAssertEqual(row.people, 1)
        XCTAssertEqual(row.openPipeline, Money(major: 4_500, currency: .eur))
        XCTAssertEqual(row.won, Money(major: 12_000, currency: .eur))
        app.press("j", "enter", "]", "enter")
        XCTAssertEqual(app.state.view, .contacts)
        XCTAssertEqual(app.selectedContactID, ContactID(number: 1))
    }
}

final class ActivitiesScreenTests: XCTestCase {
    func testAgendaGoldens() {
        for (width, height) in [(80, 24), (160, 48)] {
            var app = AppHarness(book: CRMFixture.make(), width: width, height: height)
            app.press("4")
            assertGolden(app.frame(), named: "activities-agenda-\(width)x\(height)")
            app.press("]")
            assertGolden(app.frame(), named: "activities-tickets-\(width)x\(height)")
        }
    }

    func testDoneLogsTheCallAndRescheduleMovesTheTask() throws {
        var app = AppHarness(book: CRMFixture.make())
        app.press("4")
        app.press("x")  // the overdue call
        let call = try XCTUnwrap(app.state.book.activities[ActivityID(number: 2)])
        XCTAssertNotNil(call.doneAt)
        XCTAssertTrue(app.state.book.activities.all.contains { $0.kind == .interaction && $0.summary == "Call about the proposal" })
        app.press("r")  // the meeting today
        app.type("+1w")
        app.press("enter")
        XCTAssertEqual(app.state.book.activities[ActivityID(number: 3)]?.dueDate, CRMFixture.today.adding(days: 7))
        app.press("g", "enter")
        XCTAssertEqual(app.state.view, .contacts, "Enter jumps to the task's contact")
    }
}
