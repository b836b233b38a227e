import Foundation
import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// The board's totals with deals in several currencies: converted at the book's dated rates and
/// marked `≈`, and what has no rate counted aside, never left out silently.
final class BoardCurrencyTests: XCTestCase {
    private func deal(_ number: Int, _ stage: String, _ amount: Money, closedWon day: Int? = nil) -> Opportunity {
        var deal = Opportunity(id: OpportunityID(String(format: "opp-%06d", number)), createdAt: BoardFixture.at(2026, 11, 1),
                               title: "Deal \(number)", stageID: stage, amount: amount)
        if let day { deal.markWon(at: BoardFixture.at(2026, 11, day)) }
        return deal
    }

    private func book() -> Book {
        var settings = Settings()
        settings.rates = [
            ExchangeRate(currency: .usd, base: .eur, date: BoardFixture.day(2026, 11, 9), rate: RateValue("1.25") ?? .one, source: "ecb"),
            ExchangeRate(currency: .usd, base: .eur, date: BoardFixture.day(2026, 11, 11), rate: RateValue("1.60") ?? .one, source: "ecb"),
        ]
        return Book(settings: settings, opportunities: [
            deal(1, "new", BoardFixture.euros(1_000)),
            deal(2, "new", Money(major: 800, currency: .usd)),
            deal(3, "new", Money(major: 300, currency: .gbp)),
            deal(4, "new", Money(major: 500, currency: .usd), closedWon: 10),
        ])
    }

    func testTotalsConvertAtTheRateOfTheirDay() {
        let board = BoardColumns(book(), filter: "", sort: .amount, today: BoardFixture.day(2026, 11, 22), timeZone: BoardFixture.utc)
        let new = board.columns[0]
        // Open, at the latest rate (1.60): €1,000 + $800 / 1.6 = €1,000 + €500 = €1,500; the pounds have no rate.
        XCTAssertEqual(new.total, BoardFixture.euros(1_500))
        // Weighted at 10%: €100 + $80 / 1.6 = €100 + €50 = €150.
        XCTAssertEqual(new.weighted, BoardFixture.euros(150))
        XCTAssertTrue(new.isApproximate)
        XCTAssertEqual(new.otherCurrencyCount, 1)
        XCTAssertEqual(board.totals.openTotal, BoardFixture.euros(1_500))
        XCTAssertEqual(board.totals.openWithoutRate, 1)
        XCTAssertEqual(board.totals.openCount, 3)
        // Won on 11-10: the rate of 11-09 (1.25), not 11-11: $500 / 1.25 = €400.
        XCTAssertEqual(board.columns[5].total, BoardFixture.euros(400))
        XCTAssertEqual(board.totals.wonThisMonthTotal, BoardFixture.euros(400))
        XCTAssertTrue(board.totals.wonIsApproximate)
    }

    func testTheFooterMarksConvertedTotalsAndCountsWhatHadNoRate() {
        let board = BoardColumns(book(), filter: "", sort: .amount, today: BoardFixture.day(2026, 11, 22), timeZone: BoardFixture.utc)
        let footer = BoardFooter(totals: board.totals, settings: book().settings, sort: .amount, filter: TextInputState(),
                                 isEditingFilter: false, matchCount: 0)
        var buffer = CellBuffer(width: 160, height: 1)
        _ = footer.render(into: &buffer, area: Rect(x: 0, y: 0, width: 160, height: 1))
        let line = buffer.text(ofRow: 0)
        XCTAssertTrue(line.contains("≈€1,500 (3 open)"), line)
        XCTAssertTrue(line.contains("weighted forecast ≈€150"), line)
        XCTAssertTrue(line.contains("won 1 (≈€400)"), line)
        XCTAssertTrue(line.contains("1 without a EUR rate"), line)
        let header = BoardColumnView.totalsVariants(board.columns[0], book().settings)[0]
        XCTAssertEqual(header, "≈€1,500 · weighted ≈€150 +1 other")
    }

    func testTheDealFormTakesTheCurrencyTypedWithTheAmount() throws {
        let book = book()
        let form = OpportunityForm(editing: nil, defaultStage: book.settings.pipeline.first, book: book)
        let draft = try form.draft(from: ["Yen deal", "", "¥120000", "New", "", "", ""], book: book,
                                   today: BoardFixture.day(2026, 11, 22)).get()
        XCTAssertEqual(draft.amount, Money(minorUnits: 120_000, currency: .jpy))
        let euros = try form.draft(from: ["Euro deal", "", "1,200.50", "New", "", "", ""], book: book,
                                   today: BoardFixture.day(2026, 11, 22)).get()
        XCTAssertEqual(euros.amount, Money(minorUnits: 120_050, currency: .eur), "no code: the base currency")
    }

    func testABookInOneCurrencyShowsExactTotals() {
        var plain = book()
        plain.settings.rates = []
        let board = BoardColumns(plain, filter: "", sort: .amount, today: BoardFixture.day(2026, 11, 22), timeZone: BoardFixture.utc)
        XCTAssertFalse(board.columns[0].isApproximate)
        XCTAssertEqual(board.columns[0].total, BoardFixture.euros(1_000))
        XCTAssertEqual(board.columns[0].otherCurrencyCount, 2)
    }
}
