import RapportCore
import RapportCanvas
@testable import RapportUI
import XCTest

/// Forecasting in the interface: a deal's own category from its form, the categories and the
/// attainment of the targets on the Reports screen.
final class ForecastScreenTests: XCTestCase {
    func testTheDealFormSetsAndClearsTheDealsOwnCategory() throws {
        var app = AppHarness(book: BoardFixture.book(leads: 3), width: 120, height: 36)
        _ = App.perform(.board(.focusOpportunity(BoardFixture.fleet)), state: &app.state, environment: app.environment)
        app.press("e", "tab", "tab", "tab", "tab", "tab", "tab")
        app.type("best case")
        // The first Enter takes the suggestion ("best-case"), the second saves.
        app.press("enter", "enter")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.fleet]?.forecastCategory, .bestCase)
        app.press("e", "tab", "tab", "tab", "tab", "tab", "tab", "ctrl-u", "enter")
        XCTAssertNil(app.state.book.opportunities[BoardFixture.fleet]?.forecastCategory, "blank: the stage's again")
        app.press("u")
        XCTAssertEqual(app.state.book.opportunities[BoardFixture.fleet]?.forecastCategory, .bestCase, "undoable")
    }

    func testTheFormRefusesACategoryItDoesNotKnow() {
        var app = AppHarness(book: BoardFixture.book(leads: 3), width: 120, height: 36)
        _ = App.perform(.board(.focusOpportunity(BoardFixture.fleet)), state: &app.state, environment: app.environment)
        app.press("e", "tab", "tab", "tab", "tab", "tab", "tab")
        app.type("maybe")
        app.press("enter")
        XCTAssertNil(app.state.book.opportunities[BoardFixture.fleet]?.forecastCategory)
        XCTAssertTrue(app.screenText().contains("Blank for the stage's, or one of:"))
    }

    func testThePipelineAndKPIReportsShowTheTargets() {
        var book = ReportsViewTests.book
        book.settings.setTarget(Money(minorUnits: 25_000_000, currency: .eur), for: .quarter(year: 2026, quarter: 4))
        var app = AppHarness(book: book, width: 160, height: 120)
        app.press("6", "j")
        XCTAssertEqual(app.state.reports.selected, .pipeline)
        var text = app.screenText()
        XCTAssertTrue(text.contains("Forecast by category, per quarter"))
        XCTAssertTrue(text.contains("Won against target"))
        // €84,750 won in 2026-Q4 by 2026-11-22 against €250,000: 33.9%.
        XCTAssertTrue(text.contains("33.9%"))
        app.press("k", "k", "k")
        XCTAssertEqual(app.state.reports.selected, .kpi)
        text = app.screenText()
        XCTAssertTrue(text.contains("Sales velocity, per day"))
        XCTAssertTrue(text.contains("Won against target"))
    }
}
