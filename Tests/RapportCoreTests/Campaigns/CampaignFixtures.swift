import Foundation
import XCTest
@testable import RapportCore

/// Hand-made contacts and books for the campaign tests; instants are noon UTC of a day.
enum CampaignFixture {
    static let granted = Consent(marketing: ConsentRecord(granted: true, date: Fixture.noon("2026-01-01"), method: "web form"))
    static let withdrawn = Consent(marketing: ConsentRecord(granted: false, date: Fixture.noon("2026-03-02"), method: "email reply"))

    static func contact(_ number: Int, _ first: String, _ last: String = "Test", email: String? = nil, phone: String? = nil,
                        city: String? = nil, tags: [String] = [], lifecycle: LifecycleStage = .lead,
                        consent: Consent = granted, created: String = "2026-01-01", company: CompanyID? = nil) -> Contact {
        Contact(id: ContactID(number: number), createdAt: Fixture.noon(created), firstName: first, lastName: last,
                emails: email.map { [LabeledValue($0)] } ?? [], phones: phone.map { [LabeledValue($0)] } ?? [],
                companyID: company, address: city.map { PostalAddress(city: $0, country: "Italy") }, tags: tags,
                lifecycle: lifecycle, consent: consent)
    }

    static func purchase(_ number: Int, _ contact: Int, _ day: String, _ minor: Int64, category: String = "") -> Purchase {
        Purchase(id: PurchaseID(number: number), createdAt: Fixture.noon(day), contactID: ContactID(number: contact),
                 date: Fixture.day(day), amount: Fixture.eur(minor), product: "Item", category: category)
    }

    static func clock(_ day: String) -> FixedClock { FixedClock(Fixture.day(day)) }
}

/// A transport that keeps what it is given, and can be told to fail at the n-th message.
struct RecordingTransport: MessageTransport {
    var name: String { "memory" }
    var messages: [OutgoingMessage] = []
    var failAt: Int?
    var finished = 0

    mutating func deliver(_ message: OutgoingMessage) throws(DeliveryError) {
        if let failAt, messages.count == failAt { throw DeliveryError("relay refused") }
        messages.append(message)
    }

    mutating func finish() throws(DeliveryError) { finished += 1 }

    var emails: [EmailMessage] {
        messages.compactMap { if case .email(let email) = $0 { return email } else { return nil } }
    }
}
