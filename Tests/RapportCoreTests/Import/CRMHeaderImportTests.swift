import Foundation
import XCTest
@testable import RapportCore

/// Small files with the headers each CRM or address book writes (not copies of real exports).
final class CRMHeaderImportTests: XCTestCase {
    private func onlyContact(_ csv: String) throws -> (Contact, Book) {
        let result = try importCSV(csv, kind: .contacts)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        XCTAssertEqual(result.book.contacts.count, 1)
        return (try XCTUnwrap(result.book.contacts.sortedByID.first), result.book)
    }

    private func company(of contact: Contact, in book: Book) -> String? { contact.companyID.flatMap { book.companies[$0]?.name } }

    func testGoogleContacts() throws {
        let (c, book) = try onlyContact("""
        Name,Given Name,Additional Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title
        Giulia Rossi,Giulia,,Rossi,* myContacts ::: Clienti,* Work,giulia@rossi.it,Home,giulia@gmail.com,Mobile,+39 333 1,Rossi SpA,CEO
        """)
        XCTAssertEqual([c.firstName, c.lastName, c.jobTitle], ["Giulia", "Rossi", "CEO"])
        XCTAssertEqual(c.emails.map(\.value), ["giulia@rossi.it", "giulia@gmail.com"])
        XCTAssertEqual(c.phones.map(\.value), ["+39 333 1"])
        XCTAssertEqual(c.tags, ["Clienti"])
        XCTAssertEqual(company(of: c, in: book), "Rossi SpA")
    }

    func testOutlook() throws {
        let (c, book) = try onlyContact("""
        First Name,Middle Name,Last Name,Company,Job Title,Business Phone,Mobile Phone,E-mail Address,E-mail 2 Address,Birthday
        John,,Smith,Contoso,Buyer,+1 555 0100,+1 555 0199,john@contoso.com,,3/14/1980
        """)
        XCTAssertEqual([c.firstName, c.lastName, c.jobTitle], ["John", "Smith", "Buyer"])
        XCTAssertEqual(c.emails.map(\.value), ["john@contoso.com"])
        XCTAssertEqual(c.phones, [LabeledValue("+1 555 0199", label: "mobile"), LabeledValue("+1 555 0100", label: "work")])
        XCTAssertEqual(c.birthday?.description, "1980-03-14")
        XCTAssertEqual(company(of: c, in: book), "Contoso")
    }

    func testThunderbird() throws {
        let (c, book) = try onlyContact("""
        First Name,Last Name,Display Name,Nickname,Primary Email,Secondary Email,Work Phone,Home Phone,Mobile Number,Organization
        Zoé,Lefèvre,Zoé Lefèvre,,zoe@lefevre.fr,zoe@perso.fr,+33 1 23,,+33 6 12,Lefèvre SA
        """)
        XCTAssertEqual([c.firstName, c.lastName], ["Zoé", "Lefèvre"])
        XCTAssertEqual(c.emails.map(\.value), ["zoe@lefevre.fr", "zoe@perso.fr"])
        XCTAssertEqual(Set(c.phones.map(\.value)), ["+33 1 23", "+33 6 12"])
        XCTAssertEqual(company(of: c, in: book), "Lefèvre SA")
    }

    func testHubSpot() throws {
        let (c, book) = try onlyContact("""
        Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage,Create Date,Company Name,Job Title
        101,Ada,Byron,ada@example.com,+44 20 7946,marketingqualifiedlead,2024-05-06 14:30,Analytical Ltd,Countess
        """)
        XCTAssertEqual([c.firstName, c.lastName, c.jobTitle], ["Ada", "Byron", "Countess"])
        XCTAssertEqual(c.lifecycle, .mql)
        XCTAssertEqual(c.createdAt, Date(timeIntervalSince1970: 1_715_005_800))
        XCTAssertEqual(company(of: c, in: book), "Analytical Ltd")
    }

    func testPipedrivePersonsAndDeals() throws {
        let (c, _) = try onlyContact("Person - Name,Person - Email,Person - Phone,Organization - Name\nMario De Luca,mario@deluca.it,+39 06 1,De Luca Srl\n")
        XCTAssertEqual([c.firstName, c.lastName], ["Mario De", "Luca"], "a full name alone is split at the last word")

        let deals = """
        Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Expected close date,Deal - Lost reason,Person - Name,Person - Email,Organization - Name
        Looms for Prato,"12,500.00",EUR,Proposal,open,2026-12-15,,Mario Rossi,mario@rossi.it,Rossi Tessuti
        Yarn restock,800,USD,Qualified,lost,,Price too high,Mario Rossi,mario@rossi.it,Rossi Tessuti
        Big order,5000,EUR,Negotiation,won,,,Anna Neri,anna@neri.it,
        """
        let result = try importCSV(deals, kind: .opportunities)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        let byTitle = Dictionary(uniqueKeysWithValues: result.book.opportunities.all.map { ($0.title, $0) })
        let looms = try XCTUnwrap(byTitle["Looms for Prato"])
        XCTAssertEqual(looms.amount, Money(major: 12_500, currency: .eur))
        XCTAssertEqual(looms.stageID, "proposal")
        XCTAssertEqual(looms.expectedClose?.description, "2026-12-15")
        XCTAssertEqual(byTitle["Yarn restock"]?.status, .lost)
        XCTAssertEqual(byTitle["Yarn restock"]?.lostReason, "Price too high")
        XCTAssertEqual(byTitle["Yarn restock"]?.amount.currency, .usd)
        XCTAssertEqual(result.book.contacts.count, 2, "people are created once, by email")
        XCTAssertEqual(contact(result.book, email: "anna@neri.it")?.lifecycle, .customer, "a won deal makes a customer")
        XCTAssertEqual(contact(result.book, email: "mario@rossi.it")?.firstName, "Mario")
        XCTAssertFalse(try importCSV(deals, kind: .opportunities, into: result.book).changesBook)
    }

    func testSalesforceLeadsAndOpportunities() throws {
        let (c, book) = try onlyContact("FirstName,LastName,Email,Phone,Title,Account.Name,LeadSource,CreatedDate\nMarc,Benioff,marc@sf.com,+1 415,CEO,Salesforce,Web,2024-01-15T10:30:00.000+0000\n")
        XCTAssertEqual([c.firstName, c.lastName, c.jobTitle, c.source], ["Marc", "Benioff", "CEO", "Web"])
        XCTAssertEqual(c.createdAt, Date(timeIntervalSince1970: 1_705_314_600))
        XCTAssertEqual(company(of: c, in: book), "Salesforce")

        let deals = "Name,StageName,Amount,CloseDate,Probability,AccountName\nRenewal,Closed Won,1000,2024-02-01,100,Salesforce\nUpsell,Meeting,250.50,2024-03-01,40%,Salesforce\n"
        let result = try importCSV(deals, kind: .opportunities, into: book)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        let byTitle = Dictionary(uniqueKeysWithValues: result.book.opportunities.all.map { ($0.title, $0) })
        XCTAssertEqual(byTitle["Renewal"]?.status, .won)
        XCTAssertEqual(byTitle["Upsell"]?.stageID, "meeting")
        XCTAssertEqual(byTitle["Upsell"]?.probabilityOverride, 40)
        XCTAssertEqual(byTitle["Upsell"]?.companyID, c.companyID)
    }

    func testUnknownStageListsTheValidOnes() throws {
        let result = try importCSV("title,stage\nDeal,Dreaming\n", kind: .opportunities)
        XCTAssertEqual(result.invalid.map(\.description),
                       ["in.csv:2: unknown stage \"Dreaming\"; the stages are: New, Qualified, Meeting, Proposal, Negotiation"])
    }
}
