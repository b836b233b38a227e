import XCTest
@testable import RapportCore

final class OpportunityTests: XCTestCase {
    let settings = Settings()
    let start = SampleBook.noon

    private func deal() -> Opportunity {
        Opportunity(id: OpportunityID(number: 7), createdAt: start, title: "Fleet renewal", stageID: "new",
                    amount: Money(major: 10_000, currency: .eur))
    }

    func testProbabilityFollowsTheStageUnlessOverridden() {
        var opportunity = deal()
        XCTAssertEqual(opportunity.probability(in: settings), 10)
        opportunity.move(toStage: "negotiation", at: start)
        XCTAssertEqual(opportunity.probability(in: settings), 80)
        XCTAssertEqual(opportunity.weightedAmount(in: settings), Money(major: 8_000, currency: .eur))
        opportunity.probabilityOverride = 55
        XCTAssertEqual(opportunity.probability(in: settings), 55)
        opportunity.markWon(at: start)
        XCTAssertEqual(opportunity.probability(in: settings), 100)
        opportunity.markLost(reason: "No budget", at: start)
        XCTAssertEqual(opportunity.probability(in: settings), 0)
    }

    func testMovingRecordsTheStageHistory() {
        var opportunity = deal()
        let later = start.addingTimeInterval(86_400 * 3)
        opportunity.move(toStage: "qualified", at: later)
        opportunity.move(toStage: "qualified", at: later.addingTimeInterval(60)) // same stage: nothing recorded
        XCTAssertEqual(opportunity.stageHistory.map(\.stageID), ["new", "qualified"])
        XCTAssertEqual(opportunity.enteredCurrentStageAt, later)
        XCTAssertEqual(opportunity.updatedAt, later)
    }

    func testWonAndLostSetStatusAndCloseDate() {
        var opportunity = deal()
        opportunity.markLost(reason: "Chose a competitor", at: start)
        XCTAssertEqual(opportunity.status, .lost)
        XCTAssertEqual(opportunity.lostReason, "Chose a competitor")
        XCTAssertEqual(opportunity.closedAt, start)
        opportunity.reopen(at: start)
        XCTAssertEqual(opportunity.status, .open)
        XCTAssertNil(opportunity.closedAt)
        XCTAssertNil(opportunity.lostReason)
    }

    func testANewOfferSupersedesTheLiveOneAndSetsTheAmount() {
        var opportunity = deal()
        let day = SampleBook.day
        opportunity.addOffer(Offer(amount: Money(major: 11_000, currency: .eur), date: day), at: start)
        opportunity.addOffer(Offer(amount: Money(major: 9_500, currency: .eur), date: day.adding(days: 7)), at: start)
        XCTAssertEqual(opportunity.offers.map(\.status), [.superseded, .sent])
        XCTAssertEqual(opportunity.amount, Money(major: 9_500, currency: .eur))
        XCTAssertNil(opportunity.offerAcceptanceRate)
        opportunity.offers[1].status = .accepted
        opportunity.offers[0].status = .rejected
        XCTAssertEqual(opportunity.offerAcceptanceRate, 0.5)
    }

    func testLifecycleEntriesAreDated() {
        var contact = Contact(id: ContactID(number: 1), createdAt: start, firstName: "Ada", lastName: "Lovelace")
        XCTAssertEqual(contact.lifecycle, .lead)
        contact.enter(.mql, at: start.addingTimeInterval(10))
        contact.enter(.mql, at: start.addingTimeInterval(20))
        contact.enter(.customer, at: start.addingTimeInterval(30))
        XCTAssertEqual(contact.lifecycleHistory.map(\.stage), [.lead, .mql, .customer])
        XCTAssertEqual(contact.enteredAt(.mql), start.addingTimeInterval(10))
        XCTAssertEqual(LifecycleStage(loose: "Marketing Qualified Lead"), .mql)
        XCTAssertEqual(LifecycleStage(loose: "former customer"), .formerCustomer)
    }

    func testOverdueTasksDependOnDateAndTime() throws {
        let utc = try XCTUnwrap(TimeZone(identifier: "UTC"))
        let today = SampleBook.day
        var task = Activity(id: ActivityID(number: 1), createdAt: start, task: .call, summary: "Call", due: today,
                            dueTime: LocalTime(hour: 11, minute: 0))
        XCTAssertTrue(task.isOverdue(now: start, timeZone: utc)) // noon is past 11:00
        task.dueTime = LocalTime(hour: 15, minute: 0)
        XCTAssertFalse(task.isOverdue(now: start, timeZone: utc))
        task.dueTime = nil
        XCTAssertFalse(task.isOverdue(now: start, timeZone: utc)) // due some time today
        task.dueDate = today.adding(days: -1)
        XCTAssertTrue(task.isOverdue(now: start, timeZone: utc))
        task.doneAt = start
        XCTAssertFalse(task.isOverdue(now: start, timeZone: utc))
    }

    func testSurveyGroups() {
        func group(_ score: Int) -> SurveyResponse.Group {
            SurveyResponse(id: SurveyResponseID(number: 1), createdAt: start, contactID: nil, date: SampleBook.day, score: score).group
        }
        XCTAssertEqual([0, 6, 7, 8, 9, 10].map(group), [.detractor, .detractor, .passive, .passive, .promoter, .promoter])
    }

    func testIdsSortByLengthThenText() {
        XCTAssertLessThan(ContactID(number: 999_999), ContactID(number: 1_000_000))
        XCTAssertEqual(ContactID(number: 42).rawValue, "con-000042")
        XCTAssertEqual(ContactID("con-000042").number, 42)
        XCTAssertNil(ContactID("hubspot-42").number)
    }
}
