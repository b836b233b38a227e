import Foundation
import RapportCanvas
import RapportCore
import Synchronization

/// Campaign results and audiences for the screen, computed once per state of the book: the view
/// renders every frame, and a large book's purchases and segments are too many to go through
/// each time. Memoisation only: what is returned is what a fresh computation would return.
/// Held by the screen's state, so two apps (or two tests) never share what one computed.
final class CampaignsCaches: Sendable {

    /// The revisions of everything results and audiences depend on, and the day.
    struct Key: Hashable, Sendable {
        let revisions: [Int]
        let settings: Settings
        let asOf: LocalDate

        init(_ book: Book, asOf: LocalDate) {
            revisions = [book.campaigns.revision, book.contacts.revision, book.purchases.revision,
                         book.opportunities.revision, book.activities.revision, book.companies.revision]
            settings = book.settings
            self.asOf = asOf
        }
    }

    private struct Memo {
        var key: Key
        var results: [CampaignID: CampaignResults] = [:]
        var audiences: [CampaignID: Result<CampaignAudience, AudienceFilterError>] = [:]
    }

    private let memo = Mutex<Memo?>(nil)

    private func withMemo<T>(_ book: Book, asOf: LocalDate, _ body: (inout Memo) -> T) -> T {
        let key = Key(book, asOf: asOf)
        return memo.withLock { stored in
            var current = stored?.key == key ? (stored ?? Memo(key: key)) : Memo(key: key)
            let value = body(&current)
            stored = current
            return value
        }
    }

    func results(_ book: Book, asOf: LocalDate) -> [CampaignID: CampaignResults] {
        withMemo(book, asOf: asOf) { memo in
            if memo.results.isEmpty, !book.campaigns.isEmpty {
                for result in CampaignResults.all(in: book, asOf: asOf) { memo.results[result.campaignID] = result }
            }
            return memo.results
        }
    }

    func audience(of campaign: Campaign, in book: Book, asOf: LocalDate) -> Result<CampaignAudience, AudienceFilterError> {
        withMemo(book, asOf: asOf) { memo in
            if let known = memo.audiences[campaign.id] { return known }
            let computed = CampaignAudience.result(campaign, in: book, asOf: asOf)
            memo.audiences[campaign.id] = computed
            return computed
        }
    }
}
