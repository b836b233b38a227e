import Foundation
import XCTest
@testable import RapportCore

/// Every email and phone of a contact through `export csv` and `import csv`, Google's and
/// Outlook's multi-value columns, and the Italian and French headers. The files are small and
/// written by hand after the headers each program writes (not copies of real exports).
final class ContactCSVMultiValueTests: XCTestCase {
    private let createdAt = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T00:00:00Z

    /// Two contacts: one with three emails, two phones, a non-ASCII name, commas, quotes and a
    /// line break in its fields; one with a single unlabeled email, so the pairs are padded.
    private func book() -> Book {
        var book = Book()
        book.companies.upsert(Company(id: CompanyID(number: 1), createdAt: createdAt, name: "Rossi, Bianchi & \"Figli\" S.p.A."))
        book.contacts.upsert(Contact(
            id: ContactID(number: 1), createdAt: createdAt, firstName: "Zoë Ånne", lastName: "D'Alessandro-Müller 漢字",
            emails: [LabeledValue("zoe@rossi.it", label: "work"), LabeledValue("zoe.home@gmail.com", label: "home"),
                     LabeledValue("z.dalessandro@studio.it", label: "Studio, \"legale\"")],
            phones: [LabeledValue("+39 333 123 4567", label: "mobile"), LabeledValue("+39 02 1234 5678", label: "work fax")],
            companyID: CompanyID(number: 1), jobTitle: "CEO, \"fondatrice\"",
            address: PostalAddress(street: "Via Roma 1, scala B", city: "Forlì", region: "FC", postalCode: "47121", country: "Italia"),
            birthday: LocalDate(year: 1980, month: 2, day: 29), source: "fiera \"Tessile\", Milano", tags: ["vip", "tessile"],
            notes: "Prefers calls after 10, \"always\"\nSecond line", lifecycle: .customer,
            consent: Consent(marketing: ConsentRecord(granted: true, date: createdAt, method: "web form"))))
        book.contacts.upsert(Contact(id: ContactID(number: 2), createdAt: createdAt, firstName: "Marco", lastName: "Bianchi",
                                     emails: [LabeledValue("marco@bianchi.it")], source: "referral", lifecycle: .lead))
        return book
    }

    /// Everything the contacts CSV carries.
    private func fields(_ contact: Contact, in book: Book) -> [String] {
        [contact.firstName, contact.lastName, "\(contact.emails)", "\(contact.phones)",
         contact.companyID.flatMap { book.companies[$0]?.name } ?? "", contact.jobTitle, "\(String(describing: contact.address))",
         contact.birthday?.description ?? "", contact.source, contact.tags.joined(separator: ";"), contact.notes,
         contact.lifecycle.rawValue, String(contact.createdAt.timeIntervalSince1970),
         contact.consent.marketing.map { String($0.granted) } ?? ""]
    }

    private func importContacts(_ data: Data, into book: Book = Book()) throws -> ImportResult {
        try CSVImporter.run(data, into: book, options: CSVImportOptions(kind: .contacts, fileName: "in.csv", now: importNow, timeZone: utc))
    }

    // MARK: Our own export

    func testExportWritesGooglesNumberedPairsAfterTheCanonicalColumns() {
        let rows = CSVExporter.rows(.contacts, of: book())
        XCTAssertEqual(rows[0], ["first_name", "last_name", "email", "phone", "company", "title", "lifecycle_stage", "tags",
                                 "created_at", "marketing_consent", "source", "birthday", "notes",
                                 "street", "city", "region", "postal_code", "country",
                                 "E-mail 1 - Label", "E-mail 1 - Value", "E-mail 2 - Label", "E-mail 2 - Value",
                                 "E-mail 3 - Label", "E-mail 3 - Value", "Phone 1 - Label", "Phone 1 - Value",
                                 "Phone 2 - Label", "Phone 2 - Value"])
        XCTAssertEqual(Array(rows[1].suffix(10)), ["* Work", "zoe@rossi.it", "Home", "zoe.home@gmail.com",
                                                   "Studio, \"legale\"", "z.dalessandro@studio.it",
                                                   "* Mobile", "+39 333 123 4567", "Work Fax", "+39 02 1234 5678"])
        XCTAssertEqual(Array(rows[2].suffix(10)), ["", "marco@bianchi.it", "", "", "", "", "", "", "", ""],
                       "an unlabeled primary gets no marker; missing values are empty pairs")
        XCTAssertTrue(rows.allSatisfy { $0.count == rows[0].count })
        XCTAssertEqual(CSVExporter.data(.contacts, of: book()), CSVExporter.data(.contacts, of: book()))
        // A book without emails or phones writes no numbered columns at all.
        var bare = Book()
        bare.contacts.upsert(Contact(id: ContactID(number: 1), createdAt: createdAt, firstName: "Solo", lastName: "Nome"))
        XCTAssertEqual(CSVExporter.rows(.contacts, of: bare)[0].count, 18)
    }

    func testEveryEmailPhoneAndLabelSurvivesExportThenImportIntoAnEmptyBook() throws {
        let original = book()
        let data = CSVExporter.data(.contacts, of: original)
        let result = try importContacts(data)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        XCTAssertTrue(result.warnings.isEmpty, "\(result.warnings)")
        XCTAssertEqual(result.book.contacts.count, 2)
        for contact in original.contacts.sortedByID {
            let imported = try XCTUnwrap(result.book.contacts.all.first { $0.primaryEmail == contact.primaryEmail })
            XCTAssertEqual(fields(imported, in: result.book), fields(contact, in: original))
        }
        XCTAssertEqual(CSVExporter.data(.contacts, of: result.book), data, "the imported book exports the same bytes")
        let again = try importContacts(data, into: result.book)
        XCTAssertFalse(again.changesBook, "\(again.changes)")
    }

    // MARK: Google Contacts

    func testGoogleNumberedColumnsWithPrimaryMarkersAndSeveralValuesInACell() throws {
        let csv = """
        First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,E-mail 3 - Label,E-mail 3 - Value,\
        Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Organization Name,Organization Title,\
        Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country
        Giulia,Rossi,* myContacts ::: Clienti,Home,giulia@gmail.com,* Work,giulia@rossi.it ::: g.rossi@rossi.it,Other,GIULIA@rossi.it,\
        Mobile,+39 333 1 ::: +39 333 2,Work Fax,+39 02 9,Rossi SpA,CEO,\
        Work,"Via Roma 1, Milano",Via Roma 1,Milano,MI,20121,Italy
        """
        let result = try importCSV(csv, kind: .contacts)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        let giulia = try XCTUnwrap(result.book.contacts.sortedByID.first)
        XCTAssertEqual(giulia.emails, [LabeledValue("giulia@rossi.it", label: "work"), LabeledValue("giulia@gmail.com", label: "home"),
                                       LabeledValue("g.rossi@rossi.it", label: "work")],
                       "the starred one is the primary; the repeated address is dropped")
        XCTAssertEqual(giulia.phones, [LabeledValue("+39 333 1", label: "mobile"), LabeledValue("+39 333 2", label: "mobile"),
                                       LabeledValue("+39 02 9", label: "work fax")])
        XCTAssertEqual(giulia.tags, ["Clienti"])
        XCTAssertEqual(giulia.jobTitle, "CEO")
        XCTAssertEqual(giulia.address, PostalAddress(street: "Via Roma 1", city: "Milano", region: "MI", postalCode: "20121", country: "Italy"))
        XCTAssertEqual(result.warnings.map(\.message), ["ignored columns: \"Address 1 - Label\", \"Address 1 - Formatted\""])
    }

    func testGoogleOldLayoutWithTypeColumnsAndCustomLabels() throws {
        let csv = """
        Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value
        Anna Verdi,Anna,Verdi,Studio,anna@studio.it,* Home,anna@casa.it,Ufficio,+39 06 1
        """
        let anna = try XCTUnwrap(try importCSV(csv, kind: .contacts).book.contacts.sortedByID.first)
        XCTAssertEqual(anna.emails, [LabeledValue("anna@casa.it", label: "home"), LabeledValue("anna@studio.it", label: "Studio")])
        XCTAssertEqual(anna.phones, [LabeledValue("+39 06 1", label: "Ufficio")])
    }

    func testAnInvalidAddressInAGoogleCellIsReported() throws {
        let csv = "Given Name,E-mail 1 - Label,E-mail 1 - Value\nAnna,Work,anna@x.it ::: not-an-email\n"
        XCTAssertEqual(try importCSV(csv, kind: .contacts).invalid.map(\.description),
                       ["in.csv:2: email \"not-an-email\" is not an email address"])
    }

    // MARK: Outlook

    func testOutlookEmailsAndPhonesTakeTheirLabelFromTheColumn() throws {
        let csv = """
        First Name,Last Name,E-mail Address,E-mail Type,E-mail 2 Address,E-mail 3 Address,Primary Phone,Business Phone,Business Phone 2,\
        Home Phone,Mobile Phone,Other Phone,Business Fax,Pager,Business Street,Business City,Home Street,Home City,Home Postal Code,Home Country/Region
        John,Smith,john@contoso.com,SMTP,JOHN@contoso.com,john@home.net,+1 555 0000,+1 555 0100,+1 555 0101,+1 555 0200,+1 555 0199,\
        +1 555 0300,+1 555 0400,+1 555 0500,,,1 Main St,Springfield,12345,United States
        """
        let result = try importCSV(csv, kind: .contacts)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        let john = try XCTUnwrap(result.book.contacts.sortedByID.first)
        XCTAssertEqual(john.emails, [LabeledValue("john@contoso.com"), LabeledValue("john@home.net")])
        XCTAssertEqual(john.phones, [LabeledValue("+1 555 0000", label: "main"), LabeledValue("+1 555 0199", label: "mobile"),
                                     LabeledValue("+1 555 0100", label: "work"), LabeledValue("+1 555 0101", label: "work"),
                                     LabeledValue("+1 555 0200", label: "home"), LabeledValue("+1 555 0300", label: "other"),
                                     LabeledValue("+1 555 0400", label: "work fax"), LabeledValue("+1 555 0500", label: "pager")])
        XCTAssertEqual(john.address, PostalAddress(street: "1 Main St", city: "Springfield", postalCode: "12345", country: "United States"),
                       "the work address is empty, so the home one is read")
        XCTAssertEqual(result.warnings.map(\.message), ["ignored columns: \"E-mail Type\""])
    }

    // MARK: Italian and French headers

    func testItalianOutlookExport() throws {
        let csv = "\u{FEFF}Titolo;Nome;Secondo nome;Cognome;Società;Reparto;Posizione;Via (uff.);Città (uff.);Provincia (uff.);CAP (uff.);"
            + "Paese/area geografica (uff.);Ufficio;Abitazione;Cellulare;Indirizzo posta elettronica;Tipo posta elettronica;"
            + "Indirizzo posta elettronica 2;Compleanno;Categorie;Notes\r\n"
            + "Dott.;Giulia;;Rossi;Tessitura Rossi;Vendite;Direttrice;Via Roma 1;Prato;PO;59100;Italia;0574 1;0574 2;333 1;"
            + "giulia@rossi.it;SMTP;giulia@gmail.com;14/03/1980;Clienti;Preferisce il mattino\r\n"
        let result = try importCSV(csv, kind: .contacts)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        let giulia = try XCTUnwrap(result.book.contacts.sortedByID.first)
        XCTAssertEqual([giulia.firstName, giulia.lastName, giulia.jobTitle, giulia.notes],
                       ["Giulia", "Rossi", "Direttrice", "Preferisce il mattino"], "Posizione is the job title, not Titolo")
        XCTAssertEqual(giulia.emails.map(\.value), ["giulia@rossi.it", "giulia@gmail.com"])
        XCTAssertEqual(giulia.phones, [LabeledValue("333 1", label: "mobile"), LabeledValue("0574 1", label: "work"),
                                       LabeledValue("0574 2", label: "home")])
        XCTAssertEqual(giulia.address, PostalAddress(street: "Via Roma 1", city: "Prato", region: "PO", postalCode: "59100", country: "Italia"))
        XCTAssertEqual(giulia.birthday?.description, "1980-03-14")
        XCTAssertEqual(giulia.tags, ["Clienti"])
        XCTAssertEqual(giulia.companyID.flatMap { result.book.companies[$0]?.name }, "Tessitura Rossi")
        XCTAssertEqual(result.warnings.map(\.message),
                       ["ignored columns: \"Titolo\", \"Secondo nome\", \"Reparto\", \"Tipo posta elettronica\""])
    }

    func testItalianSpreadsheetHeadersIgnoreCaseAndAccents() throws {
        let csv = "NOME;COGNOME;SOCIETA';QUALIFICA;TELEFONO;CELLULARE;INDIRIZZO E-MAIL;INDIRIZZO;CAP;CITTA;PROVINCIA;PAESE;NOTE\n"
            + "Marco;Bianchi;Bianchi Srl;Titolare;02 1;333 2;marco@bianchi.it;Corso Italia 3;20122;Milano;MI;Italia;Cliente storico\n"
        let result = try importCSV(csv, kind: .contacts)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        XCTAssertTrue(result.warnings.isEmpty, "\(result.warnings)")
        let marco = try XCTUnwrap(result.book.contacts.sortedByID.first)
        XCTAssertEqual([marco.firstName, marco.lastName, marco.jobTitle, marco.notes], ["Marco", "Bianchi", "Titolare", "Cliente storico"])
        XCTAssertEqual(marco.emails, [LabeledValue("marco@bianchi.it")])
        XCTAssertEqual(marco.phones, [LabeledValue("02 1"), LabeledValue("333 2", label: "mobile")])
        XCTAssertEqual(marco.address, PostalAddress(street: "Corso Italia 3", city: "Milano", region: "MI", postalCode: "20122", country: "Italia"))
        XCTAssertEqual(marco.companyID.flatMap { result.book.companies[$0]?.name }, "Bianchi Srl")
    }

    func testFrenchOutlookExportReadsTheSecondTitreAsTheJobTitle() throws {
        let csv = "Titre,Prénom,Deuxième prénom,Nom,Suffixe,Société ,Service ,Titre,Rue (bureau),Ville (bureau),Dép/Région (bureau),"
            + "Code postal (bureau),Pays/Région (bureau),Téléphone (bureau),Téléphone (domicile),Tél. mobile,Adresse de messagerie,"
            + "Adresse de messagerie 2,Anniversaire,Catégories,Notes\r\n"
            + "Mme,Zoé,,Lefèvre,,Lefèvre SA,Achats,Acheteuse,12 rue de la Paix,Paris,Île-de-France,75002,France,01 23 45 67 89,"
            + "01 98 76 54 32,06 12 34 56 78,zoe@lefevre.fr,zoe@perso.fr,22/11/1985,Fournisseurs,\"Rappeler lundi, \"\"urgent\"\"\"\r\n"
        let result = try importCSV(csv, kind: .contacts)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        let zoe = try XCTUnwrap(result.book.contacts.sortedByID.first)
        XCTAssertEqual([zoe.firstName, zoe.lastName, zoe.jobTitle, zoe.notes], ["Zoé", "Lefèvre", "Acheteuse", "Rappeler lundi, \"urgent\""])
        XCTAssertEqual(zoe.emails.map(\.value), ["zoe@lefevre.fr", "zoe@perso.fr"])
        XCTAssertEqual(zoe.phones, [LabeledValue("06 12 34 56 78", label: "mobile"), LabeledValue("01 23 45 67 89", label: "work"),
                                    LabeledValue("01 98 76 54 32", label: "home")])
        XCTAssertEqual(zoe.address, PostalAddress(street: "12 rue de la Paix", city: "Paris", region: "Île-de-France", postalCode: "75002",
                                                  country: "France"))
        XCTAssertEqual(zoe.birthday?.description, "1985-11-22")
        XCTAssertEqual(zoe.companyID.flatMap { result.book.companies[$0]?.name }, "Lefèvre SA")
        XCTAssertEqual(result.warnings.map(\.message),
                       ["ignored columns: \"Titre\", \"Deuxième prénom\", \"Suffixe\", \"Service \""])
    }

    func testFrenchSpreadsheetHeaders() throws {
        let csv = "PRENOM;Nom;Entreprise;Fonction;Téléphone;Portable;Courriel;Adresse;Code postal;Ville;Pays;Remarque\n"
            + "Léa;Martin;Martin & Fils;Gérante;04 1;06 2;lea@martin.fr;3 place Bellecour;69002;Lyon;France;x\n"
        let result = try importCSV(csv, kind: .contacts)
        XCTAssertTrue(result.invalid.isEmpty, "\(result.invalid)")
        let lea = try XCTUnwrap(result.book.contacts.sortedByID.first)
        XCTAssertEqual([lea.firstName, lea.lastName, lea.jobTitle], ["Léa", "Martin", "Gérante"])
        XCTAssertEqual(lea.emails, [LabeledValue("lea@martin.fr")])
        XCTAssertEqual(lea.phones, [LabeledValue("04 1"), LabeledValue("06 2", label: "mobile")])
        XCTAssertEqual(lea.address, PostalAddress(street: "3 place Bellecour", city: "Lyon", postalCode: "69002", country: "France"))
        XCTAssertEqual(result.warnings.map(\.message), ["ignored columns: \"Remarque\""], "unknown headers are still reported")
        let societe = try importCSV("Prénom;Nom;Société;Adresse e-mail\nLéa;Martin;Martin & Fils;lea@martin.fr\n", kind: .contacts)
        XCTAssertEqual(societe.book.companies.sortedByID.map(\.name), ["Martin & Fils"])
        XCTAssertEqual(societe.book.contacts.sortedByID.first?.primaryEmail, "lea@martin.fr")
    }

    // MARK: Merging into a book

    func testAnExistingContactGainsMissingValuesAndLabelsButKeepsItsOwn() throws {
        var book = Book()
        book.contacts.upsert(Contact(id: ContactID(number: 1), createdAt: createdAt, firstName: "Anna", lastName: "Verdi",
                                     emails: [LabeledValue("anna@verdi.it"), LabeledValue("anna@casa.it", label: "Personale")],
                                     phones: [LabeledValue("+39 02 1", label: "mobile")],
                                     address: PostalAddress(street: "Via Po 2", city: "Torino", country: "Italia")))
        let csv = "email,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,city,postal_code\n"
            + "anna@verdi.it,Work,anna@verdi.it,Home,anna@casa.it,Work,+39021,Moncalieri,10024\n"
        let result = try importCSV(csv, kind: .contacts, into: book)
        let anna = try XCTUnwrap(result.book.contacts[ContactID(number: 1)])
        XCTAssertEqual(anna.emails, [LabeledValue("anna@verdi.it", label: "work"), LabeledValue("anna@casa.it", label: "Personale")])
        XCTAssertEqual(anna.phones, [LabeledValue("+39 02 1", label: "mobile")], "the same number, written differently")
        XCTAssertEqual(anna.address, PostalAddress(street: "Via Po 2", city: "Moncalieri", postalCode: "10024", country: "Italia"),
                       "empty cells never erase")
    }

    // MARK: The alias table

    /// A header two columns of one kind both list would silently go to the first: each
    /// normalized alias belongs to one column.
    func testNoHeaderIsListedByTwoColumnsOfAKind() {
        // (Activities list Salesforce's "ActivityDate" under due, after "Activity Date" under date.)
        for kind in [ImportKind.contacts, .companies, .opportunities, .purchases, .surveys] {
            var owner: [String: String] = [:]
            for column in kind.columns {
                for alias in column.aliases {
                    let key = CSVHeader.normalize(alias.header.replacingOccurrences(of: "#", with: "0"))
                    if let other = owner[key], other != column.canonical {
                        XCTFail("\(kind): \"\(alias.header)\" is listed by \(other) and \(column.canonical)")
                    }
                    owner[key] = column.canonical
                }
            }
        }
    }

    // MARK: Real vCards through the CSV

    /// The vCards of ../shared/fixtures/vcard (Gmail, iPhone, Outlook, Android…), imported,
    /// exported as CSV and imported into an empty book: every field the CSV carries is equal.
    /// A card whose "email" is not an address (John_Doe_ANDROID.vcf has one) is exported as it
    /// is, and the CSV import reports its line instead of taking it. Skips, saying so, when the
    /// fixtures are not beside the package.
    func testRealVCardsKeepEveryEmailPhoneAndAddressThroughTheCSV() throws {
        let folder = try SharedFixtures.folder("vcard")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".vcf") }.sorted()
        XCTAssertFalse(names.isEmpty)
        var checked = 0
        var refused = 0
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let book = VCardImporter.run(data, into: Book(), fileName: name, now: importNow, timeZone: utc).book
            let csv = CSVExporter.data(.contacts, of: book)
            let result = try CSVImporter.run(csv, into: Book(), options: CSVImportOptions(kind: .contacts, fileName: "x.csv", skipInvalid: true,
                                                                                            now: importNow, timeZone: utc))
            let contacts = book.contacts.sortedByID
            let notAddresses = contacts.flatMap { $0.emails.map(\.value).filter { !ImportValues.looksLikeEmail($0) } }
            XCTAssertEqual(result.invalid.map(\.message), notAddresses.map { "email \"\($0)\" is not an email address" }, name)
            refused += notAddresses.count
            let kept = contacts.filter { $0.emails.allSatisfy { ImportValues.looksLikeEmail($0.value) } }
            XCTAssertEqual(result.book.contacts.count, kept.count, name)
            for (before, after) in zip(kept, result.book.contacts.sortedByID) {
                XCTAssertEqual(fields(after, in: result.book), fields(before, in: book), name)
                checked += before.emails.count + before.phones.count
            }
            if notAddresses.isEmpty { XCTAssertEqual(CSVExporter.data(.contacts, of: result.book), csv, name) }
        }
        XCTAssertGreaterThan(checked, 20)
        // John_Doe_ANDROID.vcf's quoted-printable "ÑÑÑ…" email is left out (with a warning) by the
        // vCard import already: it could never go into a mail header.
        XCTAssertEqual(refused, 0)
    }
}
