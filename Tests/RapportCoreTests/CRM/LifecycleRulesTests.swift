import Foundation
import XCTest
@testable import RapportCore

final class LifecycleRulesTests: XCTestCase {
    let noon = SampleBook.noon

    func testPromoteClimbsTheLadderAndRecordsEachStep() {
        var contact = Contact(id: ContactID(number: 9), createdAt: noon, firstName: "Ada", lastName: "Byron", lifecycle: .subscriber)
        var stages: [LifecycleStage] = []
        var date = noon
        while let next = LifecycleRules.promote(&contact, at: date) {
            stages.append(next)
            date = date.addingTimeInterval(3600)
        }
        XCTAssertEqual(stages, [.lead, .mql, .sql, .opportunity, .customer, .evangelist])
        XCTAssertEqual(contact.lifecycleHistory.map(\.stage), [.subscriber] + stages)
        XCTAssertEqual(contact.lifecycleHistory.last?.enteredAt, noon.addingTimeInterval(5 * 3600))
        XCTAssertNil(LifecycleRules.promote(&contact, at: date), "an evangelist has nowhere further to go")
    }

    func testFormerCustomerPromotedIsWonBack() {
        XCTAssertEqual(LifecycleRules.nextStage(after: .formerCustomer), .customer)
        XCTAssertEqual(LifecycleRules.nextStage(after: .mql), .sql, "sales accepting the lead")
    }

    func testWinningADealMakesACustomerButKeepsAnEvangelist() {
        var book = SampleBook.make()
        let dealID = OpportunityID(number: 1)
        book.opportunities.update(dealID) { $0.markWon(at: self.noon) }
        LifecycleRules.opportunityWon(dealID, in: &book, at: noon)
        XCTAssertEqual(book.contacts[ContactID(number: 1)]?.lifecycle, .customer)

        book.contacts.update(ContactID(number: 1)) { $0.enter(.evangelist, at: self.noon) }
        LifecycleRules.opportunityWon(dealID, in: &book, at: noon)
        XCTAssertEqual(book.contacts[ContactID(number: 1)]?.lifecycle, .evangelist)
    }

    func testAPurchaseMakesACustomer() {
        var book = SampleBook.make()
        let buyer = ContactID(number: 2)
        XCTAssertEqual(book.contacts[buyer]?.lifecycle, .lead)
        LifecycleRules.recordPurchase(Purchase(id: PurchaseID(number: 7), createdAt: noon, contactID: buyer, date: SampleBook.day,
                                               amount: Money(major: 10, currency: .eur), product: "Socks"), in: &book, at: noon)
        XCTAssertEqual(book.contacts[buyer]?.lifecycle, .customer)
        XCTAssertEqual(book.purchases.count, 2)
    }

    func testCustomersWithoutAPurchaseForTwelveMonthsLapse() {
        var book = SampleBook.make()
        let utc = TimeZone(identifier: "UTC") ?? .current
        book.contacts.update(ContactID(number: 1)) { $0.enter(.customer, at: self.noon) }
        // The purchase is dated today: not lapsed now, lapsed a year and a day later.
        XCTAssertEqual(LifecycleRules.lapsedCustomers(in: book, today: SampleBook.day, timeZone: utc), [])
        let later = SampleBook.day.adding(months: 12).adding(days: 1)
        XCTAssertEqual(LifecycleRules.lapsedCustomers(in: book, today: later, timeZone: utc), [ContactID(number: 1)])
        XCTAssertEqual(LifecycleRules.applyLapses(in: &book, today: later, at: noon, timeZone: utc), 1)
        XCTAssertEqual(book.contacts[ContactID(number: 1)]?.lifecycle, .formerCustomer)
    }
}

final class LeadConversionTests: XCTestCase {
    let noon = SampleBook.noon

    func testConvertingALeadCreatesTheDealAndTheCompanyAndLinksBack() throws {
        let book = SampleBook.make()
        let lead = ContactID(number: 2)  // no company
        let request = LeadConversion.Request(opportunityTitle: "Pilot", amount: Money(major: 5_000, currency: .eur),
                                             stageID: "Qualified", companyName: "Lefèvre SARL")
        let outcome = try LeadConversion.convert(lead, request, in: book, at: noon)
        let deal = try XCTUnwrap(outcome.book.opportunities[outcome.opportunityID])
        let companyID = try XCTUnwrap(outcome.createdCompanyID)
        XCTAssertEqual(deal.contactID, lead)
        XCTAssertEqual(deal.companyID, companyID)
        XCTAssertEqual(deal.stageID, "qualified")
        XCTAssertEqual(deal.amount, Money(major: 5_000, currency: .eur))
        XCTAssertEqual(outcome.book.companies[companyID]?.name, "Lefèvre SARL")
        let contact = try XCTUnwrap(outcome.book.contacts[lead])
        XCTAssertEqual(contact.companyID, companyID)
        XCTAssertEqual(contact.lifecycle, .opportunity)
        XCTAssertEqual(contact.lifecycleHistory.last, LifecycleEntry(stage: .opportunity, enteredAt: noon))
    }

    func testAnExistingCompanyIsReusedAndTheFirstStageIsTheDefault() throws {
        let book = SampleBook.make()
        let outcome = try LeadConversion.convert(ContactID(number: 2), .init(opportunityTitle: "Pilot", amount: Money(major: 1, currency: .eur),
                                                                             companyName: "tessitura rossi s.r.l."), in: book, at: noon)
        XCTAssertNil(outcome.createdCompanyID)
        XCTAssertEqual(outcome.book.companies.count, 1)
        XCTAssertEqual(outcome.book.opportunities[outcome.opportunityID]?.stageID, "new")
        XCTAssertEqual(outcome.book.contacts[ContactID(number: 2)]?.companyID, CompanyID(number: 1))
    }

    func testOnlyLeadsConvert() {
        var book = SampleBook.make()
        book.contacts.update(ContactID(number: 2)) { $0.enter(.customer, at: self.noon) }
        XCTAssertThrowsError(try LeadConversion.convert(ContactID(number: 2), .init(opportunityTitle: "X", amount: Money(major: 1, currency: .eur)),
                                                        in: book, at: noon)) { error in
            XCTAssertEqual(error as? LeadConversion.Failure, .notALead(.customer))
        }
        XCTAssertThrowsError(try LeadConversion.convert(ContactID(number: 1), .init(opportunityTitle: " ", amount: Money(major: 1, currency: .eur)),
                                                        in: SampleBook.make(), at: noon))
    }
}
