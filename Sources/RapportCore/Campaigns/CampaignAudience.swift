import Foundation

/// Why a contact the campaign targets does not get it.
public enum ExclusionReason: Hashable, Sendable, CustomStringConvertible {
    /// Marketing consent was never recorded: silence is not consent.
    case noMarketingConsent
    /// Refused or withdrawn, on this date.
    case consentWithdrawn(Date)
    case noEmail
    /// An address that cannot go into a mail header (a control character, a space…): stored
    /// before the rule existed, or by hand.
    case unusableEmail
    case noPhone
    case noPostalAddress

    public var description: String {
        switch self {
        case .noMarketingConsent: return "no marketing consent recorded"
        case .consentWithdrawn(let date):
            return "marketing consent withdrawn on " + LocalDate(date, in: ReportPeriod.utc).description
        case .noEmail: return "no email address"
        case .unusableEmail: return Messages.leftOutUnusableEmail.text
        case .noPhone: return "no phone number"
        case .noPostalAddress: return "no postal address"
        }
    }

    /// A short code for CSV and JSON output.
    public var code: String {
        switch self {
        case .noMarketingConsent: return "no-consent"
        case .consentWithdrawn: return "consent-withdrawn"
        case .noEmail: return "no-email"
        case .unusableEmail: return "unusable-email"
        case .noPhone: return "no-phone"
        case .noPostalAddress: return "no-address"
        }
    }
}

public struct LeftOutContact: Hashable, Sendable {
    public let contactID: ContactID
    public let reason: ExclusionReason
}

/// Who a campaign reaches now: its target's contacts and its members, less everyone without
/// marketing consent or without an address on the campaign's channel, with the reason for each.
public struct CampaignAudience: Sendable {
    /// Members already sent to: never sent to again.
    public let alreadySent: [ContactID]
    /// Who a send would reach: unsent members and newly targeted contacts, in id order.
    public let toSend: [ContactID]
    /// Targeted or member contacts that are not sent to, with why.
    public let leftOut: [LeftOutContact]

    /// Resolves the audience of a campaign as of a day.
    public static func resolve(_ campaign: Campaign, in book: Book, asOf: LocalDate) throws(AudienceFilterError) -> CampaignAudience {
        let filter = try AudienceFilter(campaign.target, savedFilters: book.settings.savedFilters)
        // A campaign without a target reaches only the members put in it by hand, never the whole book.
        let targeted = filter.matchesEveryone ? [] : filter.contacts(in: AudienceContext(book: book, asOf: asOf, for: filter))
        var alreadySent: [ContactID] = []
        var candidates: [ContactID: Contact] = [:]
        for member in campaign.members {
            if member.sentAt != nil {
                alreadySent.append(member.contactID)
            } else if let contact = book.contacts[member.contactID] {
                candidates[contact.id] = contact
            }
        }
        let sentSet = Set(alreadySent)
        for contact in targeted where !sentSet.contains(contact.id) { candidates[contact.id] = contact }
        var toSend: [ContactID] = []
        var leftOut: [LeftOutContact] = []
        for contact in candidates.values.sorted(by: { $0.id < $1.id }) {
            if let reason = exclusion(of: contact, channel: campaign.channel) {
                leftOut.append(LeftOutContact(contactID: contact.id, reason: reason))
            } else {
                toSend.append(contact.id)
            }
        }
        return CampaignAudience(alreadySent: alreadySent.sorted(), toSend: toSend, leftOut: leftOut)
    }

    /// `resolve` as a value, for screens that keep the error to show it.
    public static func result(_ campaign: Campaign, in book: Book, asOf: LocalDate) -> Result<CampaignAudience, AudienceFilterError> {
        do {
            return .success(try resolve(campaign, in: book, asOf: asOf))
        } catch {
            return .failure(error)
        }
    }

    /// Why a contact cannot receive a campaign on a channel; nil when it can. Consent comes first:
    /// it is the reason that matters even when an address is missing too.
    public static func exclusion(of contact: Contact, channel: CampaignChannel) -> ExclusionReason? {
        switch contact.consent.marketing {
        case nil: return .noMarketingConsent
        case let record? where !record.granted: return .consentWithdrawn(record.date)
        default: break
        }
        switch channel {
        case .email:
            guard let email = contact.primaryEmail?.trimmingWhitespace(), !email.isEmpty else { return .noEmail }
            return HeaderSafeText.isValidEmailAddress(email) ? nil : .unusableEmail
        case .sms: return contact.primaryPhone.map { $0.trimmingWhitespace().isEmpty } ?? true ? .noPhone : nil
        case .directMail: return contact.address.map(\.isEmpty) ?? true ? .noPostalAddress : nil
        case .ads, .event: return nil
        }
    }
}
