import Foundation
import XCTest
import RapportCore

/// A custom field from its definition to `rapport set`, `show --json`, `list --filter` and the
/// CSV export, through the real binary.
final class CustomFieldsCommandTests: XCTestCase {
    let now = ["RAPPORT_NOW": "2026-12-02T12:00:00Z"]

    private func rapport(_ arguments: [String], line: UInt = #line) throws -> RapportRun {
        try RapportBinary.run(arguments, environment: now)
    }

    func testAFieldFromDefinitionToSetShowFilterAndExport() throws {
        let book = try makeTemporaryDirectory(self) + "/book"
        func run(_ arguments: [String], line: UInt = #line) throws -> RapportRun {
            let result = try rapport(arguments + ["--data", book])
            XCTAssertEqual(result.status, 0, result.stderr, line: line)
            return result
        }
        _ = try run(["fields", "add", "opportunity", "Budget", "--type", "money"])
        _ = try run(["fields", "add", "opportunity", "Renewal", "--type", "date"])
        _ = try run(["fields", "add", "contact", "Codice fiscale"])
        XCTAssertEqual(try run(["add", "contact", "--name", "Giulia Rossi", "--field", "Codice fiscale=RSSGLI80A41F205X"]).stdout, "con-000001\n")
        XCTAssertEqual(try run(["add", "opportunity", "--title", "Licence", "--amount", "1000", "--contact", "con-000001"]).stdout, "opp-000001\n")
        XCTAssertEqual(try run(["add", "opportunity", "--title", "Pilot", "--amount", "10", "--field", "Budget=500"]).stdout, "opp-000002\n")

        // Built-in and custom fields in one change.
        XCTAssertEqual(try run(["set", "opp-000001", "amount=1200", "Budget=15000", "Renewal=2026-12-31"]).stdout, "opp-000001\n")
        let shown = try run(["show", "opp-000001", "--json"]).stdout
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(shown.utf8)) as? [String: Any])
        // 1200 EUR is 120 000 cents; 15000 EUR is stored with its two decimals and its currency.
        XCTAssertEqual((record["amount"] as? [String: Any])?["minor"] as? Int, 120_000)
        XCTAssertEqual(record["customFields"] as? [String: String], ["Budget": "15000.00 EUR", "Renewal": "2026-12-31"])
        XCTAssertTrue(try run(["show", "opp-000001"]).stdout.contains("Budget       €15,000.00"))

        // A value the form would refuse is refused here, and nothing is saved.
        let refused = try rapport(["set", "opp-000001", "amount=5", "Budget=lots", "--data", book])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("Budget: \"lots\" is not an amount"), refused.stderr)
        XCTAssertTrue(try run(["show", "opp-000001"]).stdout.contains("€1,200.00"))

        // 15000 > 10000 but 500 is not; 2026-12-31 < 2027-01-01, and opp-000002 has no renewal.
        let big = try run(["list", "opportunities", "--filter", "Budget>10000", "--json"]).stdout
        XCTAssertTrue(big.contains("opp-000001") && !big.contains("opp-000002"), big)
        let renewing = try run(["list", "opportunities", "--filter", "Renewal<2027-01-01", "--json"]).stdout
        XCTAssertTrue(renewing.contains("opp-000001") && !renewing.contains("opp-000002"), renewing)

        let csv = try run(["export", "csv", "--kind", "opportunities"]).stdout
        let lines = csv.split(whereSeparator: \.isNewline)
        XCTAssertTrue(lines.first?.hasSuffix(",Budget,Renewal") ?? false, csv)
        XCTAssertTrue(lines.dropFirst().first?.hasSuffix(",15000.00 EUR,2026-12-31") ?? false, csv)
        let contacts = try run(["export", "csv", "--kind", "contacts"]).stdout
        XCTAssertTrue(contacts.contains("Codice fiscale") && contacts.contains("RSSGLI80A41F205X"), contacts)
        let vcard = try run(["export", "vcard"]).stdout
        XCTAssertTrue(vcard.contains("X-CODICE-FISCALE:RSSGLI80A41F205X"), vcard)

        // Rename keeps the values; removing a field that holds values needs --yes.
        _ = try run(["fields", "rename", "opportunity", "Budget", "Spend"])
        XCTAssertTrue(try run(["show", "opp-000001", "--json"]).stdout.contains("\"Spend\": \"15000.00 EUR\""))
        let unconfirmed = try rapport(["fields", "remove", "opportunity", "Spend", "--data", book])
        XCTAssertEqual(unconfirmed.status, 1)
        XCTAssertTrue(unconfirmed.stderr.contains("add --yes"), unconfirmed.stderr)
        _ = try run(["fields", "remove", "opportunity", "Spend", "--yes"])
        XCTAssertFalse(try run(["show", "opp-000001", "--json"]).stdout.contains("Spend"))
        let listed = try run(["fields", "list", "--json"]).stdout
        XCTAssertTrue(listed.contains("Renewal") && !listed.contains("Spend"), listed)
        XCTAssertTrue(try run(["check"]).stdout.contains("no problems found"))
    }

    func testMistakesAreUsageErrorsAndChangeNothing() throws {
        let book = try makeTemporaryDirectory(self) + "/book"
        func status(_ arguments: [String]) throws -> (Int32, String) {
            let result = try rapport(arguments + ["--data", book])
            return (result.status, result.stderr)
        }
        XCTAssertEqual(try status(["fields", "add", "opportunity", "Budget", "--type", "currency"]).0, 2)
        XCTAssertEqual(try status(["fields", "add", "opportunity", "Region", "--type", "choice"]).0, 2)
        XCTAssertEqual(try status(["fields", "add", "planet", "Size"]).0, 2)
        XCTAssertEqual(try status(["fields", "add", "opportunity", "Region", "--type", "choice", "--choices", "North,South"]).0, 0)
        XCTAssertEqual(try status(["fields", "add", "deal", "region"]).0, 1, "the name is taken, ignoring case")
        XCTAssertEqual(try status(["add", "opportunity", "--title", "T", "--amount", "1", "--field", "Region=East"]).0, 2)
        XCTAssertEqual(try status(["add", "opportunity", "--title", "T", "--amount", "1", "--field", "Colour=red"]).0, 2)
        XCTAssertEqual(try status(["add", "opportunity", "--title", "T", "--amount", "1", "--field", "Region=south"]).0, 0)
        XCTAssertEqual(try status(["set", "opp-000001", "Region"]).0, 2, "not FIELD=VALUE")
        XCTAssertEqual(try status(["set", "opp-000001", "probability=140"]).0, 2)
        XCTAssertEqual(try status(["list", "opportunities", "--filter", "Region>North"]).0, 2)
        let shown = try rapport(["show", "opp-000001", "--json", "--data", book]).stdout
        XCTAssertTrue(shown.contains("\"Region\": \"South\"") && !shown.contains("probabilityOverride"), shown)
        // An empty value clears the field.
        XCTAssertEqual(try status(["set", "opp-000001", "Region="]).0, 0)
        XCTAssertFalse(try rapport(["show", "opp-000001", "--json", "--data", book]).stdout.contains("customFields"))
    }
}
