import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Review of polish-13, item 6: a merge candidate's row cut the name to keep the email whole
/// ("con-000122  Camill… camille.garcia@…"). The name keeps its room; the email is cut first.
final class MergeCandidateTruncationTests: XCTestCase {
    private func row(width: Int) throws -> String {
        var book = CRMFixture.make()
        let id = try XCTUnwrap(book.contacts.all.first?.id)
        var contact = try XCTUnwrap(book.contacts[id])
        contact.firstName = "Camille"
        contact.lastName = "Garcia-Fontaine"
        contact.companyID = nil
        contact.emails = [LabeledValue("camille.garcia-fontaine@example-holdings.com")]
        book.contacts.upsert(contact)
        let item = ContactMergeDialog.choiceItem(id, book: book)
        var buffer = CellBuffer(width: width, height: 1)
        ListView(items: [item], state: ListState(itemCount: 1)).render(into: &buffer, area: Rect(x: 0, y: 0, width: width, height: 1))
        return buffer.text(ofRow: 0)
    }

    func testTheNameStaysWholeAndTheEmailIsCut() throws {
        let line = try row(width: 60)
        XCTAssertTrue(line.contains("Camille Garcia-Fontaine"), line)
        XCTAssertTrue(line.contains("camille."), line)
        XCTAssertTrue(line.hasSuffix("…"), "the email is the part cut: \(line)")
    }

    func testAnEmailWithNoRoomLeftIsLeftOut() throws {
        let line = try row(width: 38)
        XCTAssertTrue(line.contains("Camille Garcia-Fontaine"), line)
        XCTAssertFalse(line.contains("@"), line)
    }

    func testWithRoomBothShowWhole() throws {
        let line = try row(width: 90)
        XCTAssertTrue(line.contains("Camille Garcia-Fontaine"), line)
        XCTAssertTrue(line.hasSuffix("camille.garcia-fontaine@example-holdings.com"), line)
    }
}
