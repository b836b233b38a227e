import XCTest
@testable import RapportCore

/// One rule per field: what the rules refuse is what `check` reports.
final class FieldRulesTests: XCTestCase {
    func testRules() {
        XCTAssertNotNil(FieldRules.opportunityAmount(Money(minorUnits: -50_000, currency: .eur)))
        XCTAssertNil(FieldRules.opportunityAmount(Money(minorUnits: 0, currency: .eur)))
        XCTAssertNotNil(FieldRules.probability(101))
        XCTAssertNotNil(FieldRules.probability(-1))
        XCTAssertNil(FieldRules.probability(100))
        XCTAssertNotNil(FieldRules.npsScore(11))
        XCTAssertNil(FieldRules.npsScore(0))
        XCTAssertNotNil(FieldRules.email("grace@"))
        XCTAssertNil(FieldRules.email("grace@navy.mil"))
        XCTAssertNotNil(FieldRules.contactIdentity(firstName: " ", lastName: "", emails: []))
        XCTAssertNil(FieldRules.contactIdentity(firstName: "", lastName: "", emails: ["grace@navy.mil"]))
        XCTAssertNotNil(FieldRules.required("  ", field: "name"))
    }

    func testCheckReportsWhatTheRulesRefuse() {
        var book = Book()
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        book.companies.upsert(Company(id: book.companies.nextID(), createdAt: now, name: " "))
        book.contacts.upsert(Contact(id: book.contacts.nextID(), createdAt: now, firstName: "Grace", lastName: "Hopper",
                                     emails: [LabeledValue("grace@")]))
        book.contacts.upsert(Contact(id: book.contacts.nextID(), createdAt: now, firstName: "", lastName: ""))
        let stage = book.settings.pipeline[0].id
        var deal = Opportunity(id: book.opportunities.nextID(), createdAt: now, title: "Fleet", contactID: nil, companyID: nil,
                               stageID: stage, amount: Money(minorUnits: -50_000, currency: .eur), expectedClose: nil)
        deal.probabilityOverride = 120
        book.opportunities.upsert(deal)
        let messages = BookChecker.problems(in: book).map(\.message)
        XCTAssertTrue(messages.contains(FieldRules.opportunityAmount(deal.amount)!), "\(messages)")
        XCTAssertTrue(messages.contains(FieldRules.probability(120)!), "\(messages)")
        XCTAssertTrue(messages.contains(FieldRules.email("grace@")!), "\(messages)")
        XCTAssertTrue(messages.contains(Messages.rulesContactUnnamed.text), "\(messages)")
        XCTAssertTrue(messages.contains(FieldRules.required(" ", field: "name")!), "\(messages)")
    }
}
