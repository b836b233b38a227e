import Foundation
import XCTest
@testable import RapportCore

/// Real exports in ../shared/fixtures/vcard. Every expectation below was read off the file by
/// hand; comments point at the quirk each file exercises.
final class VCardFixtureTests: XCTestCase {
    /// Skips (with the folder's path) when ../shared/fixtures/vcard is absent.
    private func load(_ name: String) throws -> VCardParseResult {
        _ = try SharedFixtures.folder("vcard")
        return VCardParser.parseWithWarnings(try SharedFixtures.file("vcard/" + name))
    }

    private func values(_ typed: [VCardTypedValue]) -> [String] { typed.map(\.value) }

    func testEveryFixtureIsCoveredByATest() throws {
        let folder = try SharedFixtures.folder("vcard")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".vcf") }.sorted()
        XCTAssertEqual(files, [
            "John_Doe_ANDROID.vcf", "John_Doe_BLACK_BERRY.vcf", "John_Doe_EVOLUTION.vcf", "John_Doe_GMAIL.vcf",
            "John_Doe_IPHONE.vcf", "John_Doe_LOTUS_NOTES.vcf", "John_Doe_MAC_ADDRESS_BOOK.vcf", "John_Doe_MS_OUTLOOK.vcf",
            "fullcontact.vcf", "gmail-list.vcf", "gmail-single.vcf", "gmail-single2.vcf", "outlook-2003.vcf",
            "outlook-2007.vcf", "rfc2426-example.vcf", "rfc6350-example.vcf",
            "thunderbird-MoreFunctionsForAddressBook-extension.vcf",
        ], "a new fixture needs its own hand-written test below")
    }

    /// Android 2.1: quoted-printable UTF-8 with soft line breaks (some followed by a blank
    /// line), bare parameters (TEL;CELL;PREF), base64 PHOTO ended by a blank line.
    func testAndroid() throws {
        let result = try load("John_Doe_ANDROID.vcf")
        XCTAssertEqual(result.warnings, [])
        let cards = result.cards
        XCTAssertEqual(cards.count, 6)
        XCTAssertTrue(cards.allSatisfy { $0.version == "2.1" })

        XCTAssertNil(cards[0].formattedName)
        XCTAssertEqual(cards[0].emails, [VCardTypedValue(value: "john.doe@company.com", isPreferred: true)])
        XCTAssertEqual(cards[0].categories, ["My Contacts"])
        XCTAssertEqual(values(cards[1].emails), ["jane.doe@company.com"])

        XCTAssertEqual(cards[2].formattedName, "Ñ Ñ Ñ Ñ Ñ")
        XCTAssertEqual(cards[2].name?.familyNames, ["Ñ Ñ Ñ Ñ"])
        XCTAssertEqual(cards[2].phones, [VCardTypedValue(value: "123456789", types: ["cell"], isPreferred: true)])

        // N and FN continue over a soft line break: 11 Ñ.
        XCTAssertEqual(cards[3].formattedName, Array(repeating: "Ñ", count: 11).joined(separator: " "))
        XCTAssertEqual(cards[3].name?.familyNames, [Array(repeating: "Ñ", count: 11).joined(separator: " ")])
        XCTAssertEqual(values(cards[3].phones), ["123456", "234567", "3456789", "45678901"])
        XCTAssertEqual(cards[3].phones.map(\.types), [["cell"], ["home"], ["cell"], ["home"]])
        // Two NOTE lines, each three QP lines, joined with a line break.
        XCTAssertEqual(cards[3].note?.components(separatedBy: "\n").count, 2)
        XCTAssertEqual(cards[3].note?.filter { $0 == "Ñ" }.count, 2 * 21)

        XCTAssertEqual(cards[4].formattedName, "Ñ Ñ Ñ Ñ")
        XCTAssertEqual(cards[4].name?.familyNames, ["Ñ Ñ"])
        XCTAssertEqual(cards[4].name?.givenNames, ["Ñ Ñ Ñ"])
        XCTAssertEqual(cards[4].emails, [
            VCardTypedValue(value: "bob@company.com", types: ["work"], isPreferred: true),
            VCardTypedValue(value: String(repeating: "Ñ", count: 14), isPreferred: true),
        ])
        XCTAssertEqual(cards[4].phones.map(\.types), [["cell"], ["work"], ["work", "fax"]])
        XCTAssertEqual(cards[4].organization, String(repeating: "Ñ", count: 12))
        XCTAssertEqual(values(cards[4].urls), ["www.company.com", "http://www.company.com"])
        XCTAssertEqual(cards[4].skippedBinaryProperties, ["PHOTO"])
        XCTAssertEqual(cards[4].otherProperties.map(\.name), ["ORG"], "the second ORG is kept, not merged")

        XCTAssertEqual(cards[5].formattedName, "ÑÑÑÑ")
        XCTAssertEqual(cards[5].phones, [VCardTypedValue(value: "55556666", types: ["cell"], isPreferred: true)])
        XCTAssertEqual(values(cards[5].emails), ["henry@company.com"])
        // Four QP lines then a blank line: 44 Ñ, and the blank line does not end the card.
        XCTAssertEqual(cards[5].organization, String(repeating: "Ñ", count: 44))
        XCTAssertEqual(cards[5].categories, ["My Contacts"])
    }

    /// BlackBerry 2.1: `TEL;TYPE=CELL`, a one-line base64 PHOTO followed by a blank line, empty NOTE.
    func testBlackBerry() throws {
        let result = try load("John_Doe_BLACK_BERRY.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(result.cards.count, 1)
        XCTAssertEqual(card.formattedName, "John Doe")
        XCTAssertEqual(card.name, VCardName(familyNames: ["Doe"], givenNames: ["john"]))
        XCTAssertEqual(card.organization, "Acme Solutions")
        XCTAssertEqual(card.phones, [VCardTypedValue(value: "+96123456789", types: ["cell"])])
        XCTAssertEqual(card.emails, [])
        XCTAssertNil(card.note)
        XCTAssertEqual(card.skippedBinaryProperties, ["PHOTO"])
    }

    /// Evolution 3.0: folding in the middle of words and values, quoted parameter values,
    /// escaped commas in N and FN, ORG with two units, ADR folded with a double space.
    func testEvolution() throws {
        let result = try load("John_Doe_EVOLUTION.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "Mr. John Richter, James Doe Sr.")
        XCTAssertEqual(card.name, VCardName(familyNames: ["Doe"], givenNames: ["John"], additionalNames: ["Richter, James"],
                                            honorificPrefixes: ["Mr."], honorificSuffixes: ["Sr."]))
        XCTAssertEqual(card.nicknames, ["Johny"])
        XCTAssertEqual(card.emails, [VCardTypedValue(value: "john.doe@ibm.com", types: ["work"])])
        XCTAssertEqual(card.phones, [
            VCardTypedValue(value: "905-666-1234", types: ["cell"]),
            VCardTypedValue(value: "905-555-1234", types: ["work", "voice"]),
        ])
        XCTAssertEqual(values(card.urls), ["http://www.ibm.com"])
        XCTAssertEqual(card.organization, "IBM")
        XCTAssertEqual(card.organizationUnits, ["Accounting", "Dungeon"])
        XCTAssertEqual(card.department, "Accounting")
        XCTAssertEqual(card.title, "Money Counter")
        XCTAssertEqual(card.categories, ["VIP"])
        XCTAssertEqual(card.uid, "477343c8e6bf375a9bac1f96a5000837")
        XCTAssertEqual(card.revision, "2012-03-05T13:32:54Z")
        XCTAssertEqual(card.birthday, VCardDate(text: "1980-03-22", year: 1980, month: 3, day: 22))
        XCTAssertEqual(card.addresses, [VCardAddress(postOfficeBox: ["ASB-123"], streetAddress: ["15 Crescent moon drive"],
                                                     locality: ["Albaney"], region: ["New York"], postalCode: ["12345"],
                                                     country: ["United States of America"], types: ["home"])])
        XCTAssertTrue(card.note?.hasPrefix("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\" AND ANY") ?? false)
        XCTAssertTrue(card.note?.contains("SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS") ?? false)
        XCTAssertTrue(card.note?.hasSuffix("ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.") ?? false)
        XCTAssertEqual(card.otherProperties(named: "X-AIM").map(\.value), ["johnny5@aol.com"])
        XCTAssertEqual(card.otherProperties(named: "X-EVOLUTION-FILE-AS").map(\.value), ["Doe, John"])
        XCTAssertEqual(card.otherProperties(named: "X-AIM").first?.parameterValues("X-COUCHDB-UUID"),
                       ["cb9e11fc-bb97-4222-9cd8-99820c1de454"])
    }

    /// Gmail 3.0: item groups with X-ABLabel on non-standard properties, repeated TYPE, `\"`.
    func testGmailJohnDoe() throws {
        let result = try load("John_Doe_GMAIL.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "Mr. John Richter, James Doe Sr.")
        XCTAssertEqual(card.name?.additionalNames, ["Richter, James"])
        XCTAssertEqual(card.emails, [VCardTypedValue(value: "john.doe@ibm.com", types: ["internet", "home"])])
        XCTAssertEqual(card.phones, [
            VCardTypedValue(value: "905-555-1234", types: ["cell"]),
            VCardTypedValue(value: "905-666-1234", types: ["home"]),
        ])
        XCTAssertEqual(card.urls, [VCardTypedValue(value: "http://www.ibm.com", types: ["work"])])
        XCTAssertEqual(card.addresses.first?.extendedAddress,
                       ["Crescent moon drive\n555-asd\nNice Area, Albaney, New York 12345\nUnited States of America"])
        XCTAssertEqual(card.birthday?.year, 1980)
        let spouse = card.otherProperties(named: "X-ABRELATEDNAMES")
        XCTAssertEqual(spouse.map(\.value), ["Jenny"])
        XCTAssertEqual(spouse.map(\.label), ["Spouse"])
        XCTAssertEqual(card.otherProperties(named: "X-ABDATE").map(\.label), ["Anniversary"])
        XCTAssertTrue(card.note?.hasPrefix("THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS \"AS IS\"") ?? false)
        XCTAssertTrue(card.note?.hasSuffix("SUCH DAMAGE.\nFavotire Color: Blue") ?? false)
        XCTAssertTrue(card.otherProperties(named: "X-ABLABEL").isEmpty, "grouped labels are consumed")
    }

    /// iPhone 3.0: lines end in CR CR LF, a 46 KB folded base64 PHOTO, grouped EMAIL/TEL/ADR/URL,
    /// unescaped comma lists in N, `http\://`.
    func testIPhone() throws {
        let result = try load("John_Doe_IPHONE.vcf")
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.cards.count, 1)
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.version, "3.0")
        XCTAssertEqual(card.formattedName, "Mr. John Richter James Doe Sr.")
        XCTAssertEqual(card.name, VCardName(familyNames: ["Doe"], givenNames: ["John"], additionalNames: ["Richter", "James"],
                                            honorificPrefixes: ["Mr."], honorificSuffixes: ["Sr."]))
        XCTAssertEqual(card.emails, [VCardTypedValue(value: "john.doe@ibm.com", types: ["internet"], isPreferred: true)])
        XCTAssertEqual(card.phones, [
            VCardTypedValue(value: "905-555-1234", types: ["cell", "voice"], isPreferred: true),
            VCardTypedValue(value: "905-666-1234", types: ["home", "voice"]),
            VCardTypedValue(value: "905-777-1234", types: ["work", "voice"]),
            VCardTypedValue(value: "905-888-1234", types: ["home", "fax"]),
            VCardTypedValue(value: "905-999-1234", types: ["work", "fax"]),
            VCardTypedValue(value: "905-111-1234", types: ["pager"]),
            VCardTypedValue(value: "905-222-1234", label: "AssistantPhone"),
        ])
        XCTAssertEqual(card.urls, [VCardTypedValue(value: "http://www.ibm.com", label: "HomePage", isPreferred: true)])
        XCTAssertEqual(card.addresses, [
            VCardAddress(streetAddress: ["Silicon Alley 5"], locality: ["New York"], region: ["New York"], postalCode: ["12345"],
                         country: ["United States of America"], types: ["home"], isPreferred: true),
            VCardAddress(streetAddress: ["Street4\nBuilding 6\nFloor 8"], locality: ["New York"], postalCode: ["12345"],
                         country: ["USA"], types: ["work"]),
        ])
        XCTAssertEqual(card.organization, "IBM")
        XCTAssertEqual(card.department, "Accounting")
        XCTAssertEqual(card.birthday, VCardDate(text: "2012-06-06", year: 2012, month: 6, day: 6))
        XCTAssertEqual(card.skippedBinaryProperties, ["PHOTO"])
        XCTAssertEqual(card.otherProperties.map(\.name), ["PRODID", "X-ABADR", "X-ABADR"], "nothing of the photo leaks out")
    }

    /// Lotus Notes 3.0: escaped comma inside NICKNAME, long folded lines, many rarely used
    /// properties (GEO, CLASS, PROFILE, SORT-STRING, …) kept generically.
    func testLotusNotes() throws {
        let result = try load("John_Doe_LOTUS_NOTES.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "Mr. Doe John I Johny")
        XCTAssertEqual(card.name, VCardName(familyNames: ["Doe"], givenNames: ["John"], additionalNames: ["Johny"],
                                            honorificPrefixes: ["Mr."], honorificSuffixes: ["I"]))
        XCTAssertEqual(card.nicknames, ["Johny,JayJay"])
        XCTAssertEqual(card.organization, "IBM")
        XCTAssertEqual(card.organizationUnits, ["SUN"])
        XCTAssertEqual(card.title, "Generic Accountant")
        XCTAssertEqual(card.role, "Counting Money")
        XCTAssertEqual(card.emails, [
            VCardTypedValue(value: "john.doe@ibm.com", types: ["internet", "work"], isPreferred: true),
            VCardTypedValue(value: "billy_bob@gmail.com", types: ["internet", "work"]),
        ])
        XCTAssertEqual(card.phones, [
            VCardTypedValue(value: "+1 (212) 204-34456", types: ["cell", "voice"], isPreferred: true),
            VCardTypedValue(value: "00-1-212-555-7777", types: ["work", "fax"]),
        ])
        XCTAssertEqual(card.addresses.first?.streetAddress, ["25334\nSouth cresent drive, Building 5, 3rd floo r"])
        XCTAssertEqual(card.addresses.first?.postalCode, ["NYC887"])
        XCTAssertEqual(card.urls, [VCardTypedValue(value: "http://www.sun.com", label: "HomePage", isPreferred: true)])
        XCTAssertEqual(card.uid, "0e7602cc-443e-4b82-b4b1-90f62f99a199")
        XCTAssertEqual(card.birthday?.month, 5)
        XCTAssertEqual(card.otherProperties(named: "GEO").first?.rawValue, "-2.600000;3.400000")
        // This generator folds with two spaces. Unfolding removes exactly one (RFC 6350 §3.2;
        // Evolution and Gmail, above, rely on that to keep a real space), so one space stays.
        XCTAssertEqual(card.otherProperties(named: "X-LONG-STRING").first?.value,
                       "12345678901234567890123456789012345678901234567890123456789012 34567890123456789012345678901234567890")
        XCTAssertEqual(card.otherProperties(named: "LABEL").first?.value,
                       "John Doe\nNew York, NewYork,\nSouth Crecent Dr ive,\nBuilding 5, floor 3,\nUSA")
        XCTAssertEqual(card.skippedBinaryProperties, ["PHOTO"])
    }

    /// Mac Address Book 3.0: bare `PHOTO;BASE64:` parameter, escaped comma in N and ADR.
    func testMacAddressBook() throws {
        let result = try load("John_Doe_MAC_ADDRESS_BOOK.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "Mr. John Richter,James Doe Sr.")
        XCTAssertEqual(card.name?.additionalNames, ["Richter,James"])
        XCTAssertEqual(card.emails, [VCardTypedValue(value: "john.doe@ibm.com", types: ["internet", "work"], isPreferred: true)])
        XCTAssertEqual(values(card.phones), ["905-777-1234", "905-666-1234", "905-555-1234", "905-888-1234",
                                             "905-999-1234", "905-111-1234", "905-222-1234"])
        XCTAssertEqual(card.phones.first?.isPreferred, true)
        XCTAssertEqual(card.phones.last?.label, "AssistantPhone", "a label without Apple's _$!<…>!$_ wrapper")
        XCTAssertEqual(card.addresses.map(\.streetAddress), [["Silicon Alley 5,"], ["Street4\nBuilding 6\nFloor 8"]])
        XCTAssertEqual(card.skippedBinaryProperties, ["PHOTO"])
        XCTAssertEqual(card.otherProperties(named: "X-ABRELATEDNAMES").first?.label, "Spouse")
        XCTAssertEqual(card.otherProperties(named: "X-ABUID").first?.value, "6B29A774-D124-4822-B8D0-2780EC117F60:ABPerson")
    }

    /// Outlook 2.1: `N;LANGUAGE=en-us`, bare TEL types, QP LABEL with soft breaks, 2.1 base64
    /// PHOTO with indented lines and a blank line, a very long X-MS-OL-DESIGN line.
    func testOutlookJohnDoe() throws {
        let result = try load("John_Doe_MS_OUTLOOK.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "Mr. John Richter James Doe Sr.")
        XCTAssertEqual(card.name, VCardName(familyNames: ["Doe"], givenNames: ["John"], additionalNames: ["Richter", "James"],
                                            honorificPrefixes: ["Mr."], honorificSuffixes: ["Sr."]))
        XCTAssertEqual(card.emails, [VCardTypedValue(value: "john.doe@ibm.cm", types: ["internet"], isPreferred: true)])
        XCTAssertEqual(card.phones, [
            VCardTypedValue(value: "(905) 555-1234", types: ["work", "voice"]),
            VCardTypedValue(value: "(905) 666-1234", types: ["home", "voice"]),
        ])
        XCTAssertEqual(card.addresses.map(\.streetAddress), [["Cresent moon drive"], ["Silicon Alley 5"]])
        XCTAssertEqual(card.addresses.map(\.types), [["work"], ["home"]])
        XCTAssertEqual(card.addresses.map(\.isPreferred), [true, false])
        XCTAssertEqual(card.role, "Counting Money")
        XCTAssertEqual(card.birthday, VCardDate(text: "19800322", year: 1980, month: 3, day: 22))
        XCTAssertEqual(card.otherProperties(named: "LABEL").map(\.value),
                       ["Cresent moon drive\nAlbaney, New York  12345", "Silicon Alley 5,\nNew York, New York  12345"])
        XCTAssertEqual(card.otherProperties(named: "X-MS-ASSISTANT").first?.value, "Jenny")
        XCTAssertEqual(card.skippedBinaryProperties, ["PHOTO"])
        XCTAssertEqual(card.revision, "20120305T131933Z")
    }

    /// fullcontact 4.0: TYPE lists, custom types, repeated ORG/TITLE/BDAY (ALTID), photo URLs.
    func testFullContact() throws {
        let result = try load("fullcontact.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.version, "4.0")
        XCTAssertEqual(card.formattedName, "Prefix FirstName MiddleName LastName Suffix")
        XCTAssertEqual(card.name, VCardName(familyNames: ["LastName"], givenNames: ["FirstName"], additionalNames: ["MiddleName"],
                                            honorificPrefixes: ["Prefix"], honorificSuffixes: ["Suffix"]))
        XCTAssertEqual(card.emails.map(\.value), ["home@example.com", "work@example.com", "school@example.com",
                                                  "other@example.com", "custom@example.com"])
        XCTAssertEqual(card.emails.map(\.types), [["home"], ["work"], ["school"], ["other"], ["customtype"]])
        XCTAssertEqual(values(card.phones), (1111...1119).map { "555-555-\($0)" })
        XCTAssertEqual(card.phones[0].types, ["home", "voice"])
        XCTAssertEqual(card.phones[6].types, ["work", "fax"])
        XCTAssertEqual(card.organization, "Organization1")
        XCTAssertEqual(card.department, "Department1")
        XCTAssertEqual(card.title, "Title1")
        XCTAssertEqual(card.birthday, VCardDate(text: "20160801", year: 2016, month: 8, day: 1))
        XCTAssertEqual(card.note, "Notes line 1\nNotes line 2")
        XCTAssertEqual(card.addresses.map(\.locality), [["HomeCity"], ["WorkCity"], ["OtherCity"], ["CustomCity"]])
        XCTAssertEqual(card.addresses.last?.country, ["CustomCountry"])
        XCTAssertEqual(card.nicknames, ["NickName"])
        XCTAssertEqual(card.categories, ["Tag"])
        XCTAssertEqual(card.otherProperties(named: "PHOTO").last?.value,
                       "https://d2ojpxxtu63wzl.cloudfront.net/static/aa915d1f29f19baf560e5491decdd30a_67c95da9133249fde8b0da7ceebc298bf680117e6f52054f7f5f7a95e8377238")
        XCTAssertEqual(card.otherProperties(named: "ORG").first?.value, "Organization2;Department2")
        XCTAssertEqual(card.otherProperties(named: "IMPP").count, 7)
    }

    func testGmailList() throws {
        let result = try load("gmail-list.vcf")
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.cards.map(\.formattedName), ["Arnold Smith", "Chris Beatle", "Doug White"])
        XCTAssertEqual(result.cards.map { $0.name?.givenNames ?? [] }, [["Arnold"], ["Chris"], ["Doug"]])
        XCTAssertEqual(result.cards.map { values($0.emails) }, [["asmithk@gmail.com"], ["chrisy55d@yahoo.com"], ["dwhite@gmail.com"]])
    }

    func testGmailSingle() throws {
        let result = try load("gmail-single.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "Greg Dartmouth")
        XCTAssertEqual(card.name, VCardName(familyNames: ["Dartmouth"], givenNames: ["Greg"]))
        XCTAssertEqual(card.nicknames, ["Gman"])
        XCTAssertEqual(card.emails, [VCardTypedValue(value: "gdartmouth@hotmail.com", types: ["internet"])])
        XCTAssertEqual(card.phones, [
            VCardTypedValue(value: "555 555 1111", types: ["cell"]),
            VCardTypedValue(value: "555 555 2222", label: "GRAND_CENTRAL"),
        ])
        XCTAssertEqual(card.addresses, [
            VCardAddress(streetAddress: ["123 Home St\nHome City, HM 12345"], types: ["home"]),
            VCardAddress(streetAddress: ["321 Custom St"], locality: ["Custom City"], region: ["TX"], postalCode: ["98765"],
                         country: ["USA"], label: "CustomAdrType"),
        ])
        XCTAssertEqual(card.urls, [VCardTypedValue(value: "http://TheProfile.com", label: "PROFILE")])
        XCTAssertEqual(card.birthday, VCardDate(text: "1960-09-10", year: 1960, month: 9, day: 10))
        XCTAssertEqual(card.note, "This is GMail's note field.\nIt should be added as a NOTE type.\nACustomField: CustomField")
        XCTAssertEqual(card.otherProperties(named: "X-ABRELATEDNAMES").map(\.label), ["Spouse", "CustomRelationship"])
    }

    func testGmailSingle2() throws {
        let result = try load("gmail-single2.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "VCard Test")
        XCTAssertEqual(card.emails.map(\.value), ["email@example.com", "homeemail@example.com", "workemail@example.com",
                                                  "otheremail@example.com", "customcategory@example.com"])
        XCTAssertEqual(card.emails.last?.label, "CustomEmailCategory")
        XCTAssertEqual(values(card.phones), (1111...1121).map { "555555\($0)" })
        XCTAssertEqual(card.phones.map(\.label), [nil, nil, nil, nil, nil, nil, nil, nil, "GRAND_CENTRAL", nil, "CustomePhoneCategory"])
        XCTAssertEqual(card.phones[5].types, ["main"])
        XCTAssertEqual(card.addresses.map(\.streetAddress), (111...115).map { [$0.description + " Main St"] })
        XCTAssertEqual(card.addresses.last?.label, "CustomAddressCategory")
        XCTAssertEqual(card.urls.map(\.label), [nil, "PROFILE", "BLOG", "HomePage", nil, "CustomWebsiteCategory"])
        XCTAssertEqual(card.urls.map(\.value), (1...6).map { "http://www.example\($0).com" })
        XCTAssertEqual(card.otherProperties(named: "X-ABRELATEDNAMES").count, 16)
        XCTAssertEqual(card.otherProperties(named: "X-ABRELATEDNAMES").last?.label, "CustomRelationCategory")
        XCTAssertEqual(card.birthday?.year, 1912)
    }

    /// Outlook 2003 2.1: QP NOTE with CRLF, KEY in base64 with 4-space indents and two blank
    /// lines after it, an FBURL with raw `?` bytes.
    func testOutlook2003() throws {
        let result = try load("outlook-2003.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "John Doe III")
        XCTAssertEqual(card.name, VCardName(familyNames: ["Doe"], givenNames: ["John"], honorificPrefixes: ["Mr."], honorificSuffixes: ["III"]))
        XCTAssertEqual(card.organization, "Company, The")
        XCTAssertEqual(card.department, "TheDepartment")
        XCTAssertEqual(card.note, "This is the note field!!\nSecond line\n\nThird line is empty\n")
        XCTAssertEqual(values(card.phones), ["BusinessPhone", "HomePhone", "MobilePhone", "BusinessFaxPhone"])
        XCTAssertEqual(card.addresses, [VCardAddress(extendedAddress: ["TheOffice"], streetAddress: ["123 Main St"],
                                                     locality: ["Austin"], region: ["TX"], postalCode: ["12345"],
                                                     country: ["United States of America"], types: ["work"])])
        XCTAssertEqual(card.emails, [VCardTypedValue(value: "jdoe@hotmail.com", types: ["internet"], isPreferred: true)])
        XCTAssertEqual(card.otherProperties(named: "LABEL").first?.value, "TheOffice\n123 Main St\nAustin, TX 12345\nUnited States of America")
        XCTAssertEqual(card.skippedBinaryProperties, ["KEY"])
        XCTAssertEqual(card.revision, "20121012T210525Z")
    }

    /// Outlook 2007 2.1: QP NOTE with CHARSET=us-ascii and a tab, empty base64 KEY.
    func testOutlook2007() throws {
        let result = try load("outlook-2007.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "Mr. Michael Angstadt Jr.")
        XCTAssertEqual(card.name?.familyNames, ["Angstadt"])
        XCTAssertEqual(card.nicknames, ["Mike"])
        XCTAssertEqual(card.note, "This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\n"
                       + "But I'm not sure because there's text formatting going on here.\nIt does not preserve the formatting")
        XCTAssertEqual(card.phones, [
            VCardTypedValue(value: "(111) 555-1111", types: ["work", "voice"]),
            VCardTypedValue(value: "(111) 555-2222", types: ["home", "voice"]),
            VCardTypedValue(value: "(111) 555-4444", types: ["cell", "voice"]),
            VCardTypedValue(value: "(111) 555-3333", types: ["work", "fax"]),
        ])
        XCTAssertEqual(card.emails, [VCardTypedValue(value: "mike.angstadt@gmail.com", types: ["internet"], isPreferred: true)])
        XCTAssertEqual(card.urls.map(\.types), [["home"], ["work"]])
        XCTAssertEqual(card.birthday, VCardDate(text: "19220310", year: 1922, month: 3, day: 10))
        XCTAssertEqual(card.skippedBinaryProperties, ["KEY", "PHOTO"])
        XCTAssertEqual(card.otherProperties(named: "FBURL").first?.value, "http://website.com/mycal")
    }

    /// RFC 2426 §7: `BEGIN:vCard` in mixed case, LF only, folds right before a `;`.
    func testRFC2426Example() throws {
        let result = try load("rfc2426-example.vcf")
        XCTAssertEqual(result.warnings, [])
        XCTAssertEqual(result.cards.map(\.formattedName), ["Frank Dawson", "Tim Howes"])
        let frank = result.cards[0]
        XCTAssertEqual(frank.organization, "Lotus Development Corporation")
        XCTAssertEqual(frank.addresses, [VCardAddress(streetAddress: ["6544 Battleford Drive"], locality: ["Raleigh"], region: ["NC"],
                                                      postalCode: ["27613-3502"], country: ["U.S.A."], types: ["work", "postal", "parcel"])])
        XCTAssertEqual(frank.phones, [
            VCardTypedValue(value: "+1-919-676-9515", types: ["voice", "msg", "work"]),
            VCardTypedValue(value: "+1-919-676-9564", types: ["fax", "work"]),
        ])
        XCTAssertEqual(frank.emails, [
            VCardTypedValue(value: "Frank_Dawson@Lotus.com", types: ["internet"], isPreferred: true),
            VCardTypedValue(value: "fdawson@earthlink.net", types: ["internet"]),
        ])
        XCTAssertEqual(values(frank.urls), ["http://home.earthlink.net/~fdawson"])
        let tim = result.cards[1]
        XCTAssertEqual(tim.addresses.first?.locality, ["Mountain View"])
        XCTAssertEqual(tim.addresses.first?.postalCode, ["94043"], "the space after the folded `;` is trimmed")
        XCTAssertEqual(values(tim.emails), ["howes@netscape.com"])
        XCTAssertEqual(values(tim.phones), ["+1-415-937-3419", "+1-415-528-4164"])
    }

    /// RFC 6350 §8: `TYPE="work,voice"`, PREF=1, `tel:` URIs, a BDAY without year.
    func testRFC6350Example() throws {
        let result = try load("rfc6350-example.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "Simon Perreault")
        XCTAssertEqual(card.name, VCardName(familyNames: ["Perreault"], givenNames: ["Simon"], honorificSuffixes: ["ing. jr", "M.Sc."]))
        XCTAssertEqual(card.birthday, VCardDate(text: "--0203", year: nil, month: 2, day: 3))
        XCTAssertEqual(card.organization, "Viagenie")
        XCTAssertEqual(card.addresses, [VCardAddress(extendedAddress: ["Suite D2-630"], streetAddress: ["2875 Laurier"],
                                                     locality: ["Quebec"], region: ["QC"], postalCode: ["G1V 2M2"],
                                                     country: ["Canada"], types: ["work"])])
        XCTAssertEqual(card.phones, [
            VCardTypedValue(value: "+1-418-656-9254;ext=102", types: ["work", "voice"], isPreferred: true),
            VCardTypedValue(value: "+1-418-262-6501", types: ["work", "cell", "voice", "video", "text"]),
        ])
        XCTAssertEqual(card.emails, [VCardTypedValue(value: "simon.perreault@viagenie.ca", types: ["work"])])
        XCTAssertEqual(card.urls, [VCardTypedValue(value: "http://nomis80.org", types: ["home"])])
        XCTAssertEqual(card.otherProperties(named: "LANG").map(\.value), ["fr", "en"])
        XCTAssertEqual(card.otherProperties(named: "KEY").first?.value, "http://www.viagenie.ca/simon.perreault/simon.asc")
    }

    /// Thunderbird add-on 3.0: CHARSET on 3.0 properties, `TYPE=PREF,INTERNET`, escaped commas in
    /// CATEGORIES (so one category by the RFC), LF-only lines inside a CRLF file.
    func testThunderbird() throws {
        let result = try load("thunderbird-MoreFunctionsForAddressBook-extension.vcf")
        XCTAssertEqual(result.warnings, [])
        let card = try XCTUnwrap(result.cards.first)
        XCTAssertEqual(card.formattedName, "John Doe")
        XCTAssertEqual(card.name, VCardName(familyNames: ["Doe"], givenNames: ["John"]))
        XCTAssertEqual(card.organization, "TheOrganization")
        XCTAssertEqual(card.department, "TheDepartment")
        XCTAssertEqual(card.emails.first, VCardTypedValue(value: "doe.john@hotmail.com", types: ["internet"], isPreferred: true))
        XCTAssertEqual(values(card.emails).count, 5)
        XCTAssertEqual(values(card.phones), ["555-555-1111", "555-555-2222", "555-555-5555", "555-555-3333", "555-555-4444"])
        XCTAssertEqual(card.addresses.map(\.extendedAddress), [["222 Broadway"], ["123 Main St"]])
        XCTAssertEqual(card.addresses.map(\.types), [["work", "postal"], ["home", "postal"]])
        XCTAssertEqual(card.categories, ["category1, category2, category3"])
        XCTAssertEqual(card.note, "This is the notes field.\nSecond Line\n\nFourth Line\nYou can put anything in the \"note\" field; even curse words.")
        XCTAssertEqual(card.birthday?.day, 21)
        XCTAssertEqual(card.skippedBinaryProperties, ["PHOTO"])
    }
}
