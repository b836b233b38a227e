import Foundation
import XCTest
@testable import RapportCore
import RapportCanvas
@testable import RapportUI

/// Issue 13, item 21: stages, segments and tags are picked from a list (the picker of New
/// opportunity), and messages longer than their room are wrapped, never cut.
final class ContactPickersTests: XCTestCase {
    private func app(width: Int = 80, height: Int = 24) -> AppHarness {
        var app = AppHarness(book: CRMFixture.make(), width: width, height: height)
        app.press("2")
        return app
    }

    private func form(_ app: AppHarness) -> CompletingForm? {
        if case .form(_, let form)? = app.state.contacts.modal { return form }
        return nil
    }

    func testTheFilterOffersStagesTagsAndSegmentsAndAnEmptyFieldStaysAny() throws {
        var app = app()
        app.press("f")
        // The empty Stage field offers every stage, nothing highlighted: Tab leaves it "any".
        XCTAssertEqual(form(app)?.suggestions(in: app.state.book).map(\.label), ContactForms.stageChoices)
        assertGolden(app.frame(), named: "contacts-filter-picker-80x24")
        app.press("tab")
        XCTAssertEqual(form(app)?.text(0), "")
        // Tags come from the book: ↓ picks the first, Enter takes it.
        XCTAssertEqual(form(app)?.suggestions(in: app.state.book).map(\.label), ["newsletter", "vip"])
        app.press("down", "down", "enter")
        XCTAssertEqual(form(app)?.text(1), "vip")
        app.press("tab")
        app.type("at")
        XCTAssertEqual(form(app)?.suggestions(in: app.state.book).first?.label, CustomerSegment.atRisk.title)
        app.press("tab")
        app.press("enter")
        XCTAssertNil(app.state.contacts.modal)
        XCTAssertNil(app.state.contacts.query.stage)
        XCTAssertEqual(app.state.contacts.query.tag, "vip")
        XCTAssertEqual(app.state.contacts.query.segment, .atRisk)
    }

    func testTheContactFormsStageIsPickedFromTheList() throws {
        var app = app()
        app.press("n")
        for _ in 0..<8 { app.press("tab") }
        XCTAssertEqual(form(app)?.focusedIndex, 8)
        XCTAssertEqual(form(app)?.text(8), "Lead")
        app.press("ctrl-u")
        app.type("cu")
        XCTAssertEqual(form(app)?.suggestions(in: app.state.book).map(\.label), ["Customer", "Former customer"])
        app.press("enter")  // takes the choice; the next Enter submits
        XCTAssertEqual(form(app)?.text(8), "Customer")
    }

    func testFormErrorsAndProblemsAreWrappedNotCut() {
        let long = "One of: subscriber, lead, marketing qualified lead, sales qualified lead, opportunity, customer, evangelist"
        var state = FormState(fields: [FormField("Stage", text: "x", validate: { _ in [long] })])
        _ = state.handle(.enter)  // touches every field, shows the error
        let view = FormView(state: state, title: "Form", width: 40, problem: "No contact or company named Zanzibar Trading: pick one from the list or leave it empty")
        let buffer = Golden.render(width: 40, height: 20) { buffer, area in view.render(into: &buffer, area: area) }
        let text = (0..<buffer.height).map { buffer.text(ofRow: $0) }.joined(separator: "\n")
        XCTAssertFalse(text.contains("…"), "nothing is cut:\n\(text)")
        for word in (long + " Zanzibar Trading: pick one from the list or leave it empty").split(separator: " ") {
            XCTAssertTrue(text.contains(word), "\(word) is shown:\n\(text)")
        }
        XCTAssertGreaterThan(view.preferredHeight, FormView(state: FormState(fields: [FormField("Stage")]), title: "Form", width: 40).preferredHeight + 4)
    }

    func testALongStatusMessageIsWrappedAboveTheBar() {
        var app = app()
        let long = "Could not convert the lead: the pipeline has no stage called Negotiation any more; pick a stage from the list and try again"
        app.state.show(long, severity: .error, environment: app.environment)
        let frame = app.frame()
        assertGolden(frame, named: "contacts-long-message-80x24")
        let bottom = (frame.height - 3..<frame.height).map { frame.text(ofRow: $0) }.joined(separator: " ")
        XCTAssertTrue(bottom.contains("Could not convert the lead"), bottom)
        XCTAssertTrue(bottom.contains("and try again"), bottom)
        XCTAssertTrue(frame.text(ofRow: frame.height - 1).contains("rapport"), "the bar still shows the book")
    }
}
