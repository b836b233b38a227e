import Foundation
import XCTest
import RapportCore
import RapportCanvas
@testable import RapportUI

/// View 5's forms: a campaign or a template created and edited without leaving the program.
final class CampaignFormsTests: XCTestCase {
    private func fill(_ app: inout AppHarness, _ values: [String]) {
        for (index, value) in values.enumerated() {
            if index > 0 { app.press("tab") }
            app.press("ctrl-u")
            app.type(value)
        }
    }

    func testNewCampaignIsSavedWithExactlyTheTypedValuesAndUndone() {
        var app = AppHarness(book: CampaignsScreenTests.book(), width: 80, height: 24)
        app.press("5", "n")
        assertGolden(app.frame(), named: "campaigns-new-campaign-80x24")
        fill(&app, ["Spring 2027", "sms", "Spring", "2027-03-01", "2027-03-21", "1,500", "1200.50",
                    "lifecycle:customer city:Milano", "promo", "running"])
        app.resize(width: 120, height: 36)
        assertGolden(app.frame(), named: "campaigns-new-campaign-filled-120x36")
        app.press("enter")
        XCTAssertNil(app.state.campaigns.form)
        let campaign = app.state.book.campaigns[CampaignID(number: 3)]
        XCTAssertEqual(campaign?.name, "Spring 2027")
        XCTAssertEqual(campaign?.channel, .sms)
        XCTAssertEqual(campaign?.period, "Spring")
        XCTAssertEqual(campaign?.startDate, LocalDate(year: 2027, month: 3, day: 1))
        XCTAssertEqual(campaign?.endDate, LocalDate(year: 2027, month: 3, day: 21))
        XCTAssertEqual(campaign?.budget, Money(minorUnits: 150_000, currency: .eur))
        XCTAssertEqual(campaign?.cost, Money(minorUnits: 120_050, currency: .eur))
        XCTAssertEqual(campaign?.target, "lifecycle:customer city:Milano")
        XCTAssertEqual(campaign?.templateID, TemplateID(number: 1))
        XCTAssertEqual(campaign?.status, .running)
        XCTAssertEqual(campaign?.members, [])
        XCTAssertEqual(CampaignsSelection.selectedCampaign(app.state.campaigns, book: app.state.book)?.id, CampaignID(number: 3), "the new campaign is selected")
        app.press("u")
        XCTAssertEqual(app.state.book, CampaignsScreenTests.book())
    }

    func testABadTargetIsRefusedWithTheParsersMessageAndNothingChanges() {
        var app = AppHarness(book: CampaignsScreenTests.book(), width: 120, height: 36)
        app.press("5", "n")
        fill(&app, ["Broken", "email", "", "", "", "", "", "colour:red"])
        app.press("enter")
        var expected = ""
        do { _ = try AudienceFilter("colour:red") } catch { expected = error.message }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertNotNil(app.state.campaigns.form, "the form stays open")
        XCTAssertEqual(app.state.campaigns.form?.form.focusedIndex, CampaignForms.CampaignField.target)
        XCTAssertTrue(app.screenText().contains(String(expected.prefix(40))), app.screenText())
        XCTAssertEqual(app.state.book, CampaignsScreenTests.book())
        app.press("esc")
        XCTAssertNil(app.state.campaigns.form)
        XCTAssertEqual(app.state.book, CampaignsScreenTests.book())
    }

    func testEditCampaignChangesOnlyWhatWasTyped() {
        var app = AppHarness(book: CampaignsScreenTests.book(), width: 80, height: 24)
        app.press("5", "e")
        XCTAssertEqual(app.state.campaigns.form?.form.values,
                       ["Autumn 2026", "email", "Autumn", "", "", "250.00", "200.00", "lifecycle:customer", "Promo", "done"])
        assertGolden(app.frame(), named: "campaigns-edit-campaign-80x24")
        for _ in 0..<6 { app.press("tab") }
        app.press("ctrl-u")
        app.type("180")
        app.press("enter")
        var expected = CampaignsScreenTests.book().campaigns[CampaignID(number: 1)]
        expected?.cost = Money(minorUnits: 18_000, currency: .eur)
        expected?.updatedAt = app.environment.clock.now
        XCTAssertEqual(app.state.book.campaigns[CampaignID(number: 1)], expected)
        app.press("u")
        XCTAssertEqual(app.state.book, CampaignsScreenTests.book())
    }

    func testNewTemplateWithAnUnknownMergeFieldIsRefusedWithWhereItIs() {
        var app = AppHarness(book: CampaignsScreenTests.book(), width: 80, height: 24)
        app.press("5", "t", "n")
        assertGolden(app.frame(), named: "campaigns-new-template-80x24")
        fill(&app, ["Thanks", "email", "Thank you", "Dear {{frist_name|friend}},\\nthanks."])
        app.press("enter")
        XCTAssertNotNil(app.state.campaigns.form)
        let screen = app.screenText()
        XCTAssertTrue(screen.contains("body:1:6: unknown merge field \"frist_name\""), screen)
        XCTAssertTrue(screen.contains("did you mean \"first_name\"?"), screen)
        XCTAssertEqual(app.state.book, CampaignsScreenTests.book())
        app.resize(width: 120, height: 36)
        assertGolden(app.frame(), named: "campaigns-new-template-refused-120x36")
    }

    func testNewTemplateKeepsTheNewLinesAndIsUndoable() {
        var app = AppHarness(book: CampaignsScreenTests.book(), width: 120, height: 36)
        app.press("5", "t", "n")
        fill(&app, ["Reminder", "SMS", "", "Hi {{first_name|there}},\\nsee you tomorrow."])
        app.press("enter")
        XCTAssertNil(app.state.campaigns.form)
        let template = app.state.book.templates[TemplateID(number: 2)]
        XCTAssertEqual(template?.name, "Reminder")
        XCTAssertEqual(template?.kind, .sms)
        XCTAssertEqual(template?.subject, "")
        XCTAssertEqual(template?.body, "Hi {{first_name|there}},\nsee you tomorrow.")
        app.press("u")
        XCTAssertEqual(app.state.book, CampaignsScreenTests.book())
    }

    func testTemplateBodyGoesToTheEditorAndBackIntoTheForm() {
        var app = AppHarness(book: CampaignsScreenTests.book(), width: 120, height: 36)
        app.press("5", "t", "e")
        XCTAssertEqual(app.state.campaigns.form?.form.values[CampaignForms.TemplateField.body],
                       "Dear {{first_name|customer}},\\n20% off.")
        app.press("ctrl-o")
        let request = EditRequest(text: "Dear {{first_name|customer}},\n20% off.", target: .templateFormBody)
        XCTAssertEqual(app.effects, [.editText(request)])
        _ = App.perform(.finished(.edited(request, text: "Dear {{first_name|customer}},\n30% off.\n")), state: &app.state, environment: app.environment)
        XCTAssertEqual(app.state.book, CampaignsScreenTests.book(), "nothing is saved before Enter")
        app.press("enter")
        XCTAssertEqual(app.state.book.templates[TemplateID(number: 1)]?.body, "Dear {{first_name|customer}},\n30% off.\n")
        app.press("u")
        XCTAssertEqual(app.state.book, CampaignsScreenTests.book())
    }

    func testATemplateBodyBackAfterTheFormClosedIsLostAndSaysSo() {
        var app = AppHarness(book: CampaignsScreenTests.book(), width: 120, height: 36)
        app.press("5", "t", "e", "ctrl-o")
        let request = EditRequest(text: "Dear {{first_name|customer}},\n20% off.", target: .templateFormBody)
        app.press("esc")
        XCTAssertNil(app.state.campaigns.form)
        _ = App.perform(.finished(.edited(request, text: "Changed")), state: &app.state, environment: app.environment)
        XCTAssertNil(app.state.campaigns.form, "the text opens no form")
        XCTAssertEqual(app.state.message?.text, "The template form was closed: the text is lost")
        XCTAssertEqual(app.state.book, CampaignsScreenTests.book())
    }

    func testEscapedBodyRoundTrips() {
        for body in ["a\nb", "back\\slash\\n literal", "", "\\", "end\n"] {
            XCTAssertEqual(CampaignForms.unescapeBody(CampaignForms.escapeBody(body)), body)
        }
    }
}
