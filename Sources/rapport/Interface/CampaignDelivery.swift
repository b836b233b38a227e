import Foundation
import RapportCore
import RapportUI

/// The TUI's `s` on the Campaigns screen, performed outside the pure code: the campaign goes
/// through the transport the settings name, each delivery saved as it happens (so a crash never
/// leads to a second mail); the outcome goes back to the update as `EffectOutcome.campaignSent`.
@MainActor
enum CampaignDelivery {
    static func send(_ id: CampaignID, book: Book, store: BookStore, environment: AppEnvironment) -> EffectOutcome? {
        guard let campaign = book.campaigns[id] else { return nil }
        var book = book
        var transport = CampaignSender.transport(for: campaign.channel, settings: book.settings, bookDirectory: store.directory)
        do {
            let report = try CampaignSender.send(id, in: &book, transport: &transport, clock: environment.clock, dryRun: false) { progress throws(DeliveryError) in
                do { try store.save(progress) } catch { throw DeliveryError(String(describing: error)) }
            }
            return .campaignSent(report, book: book)
        } catch {
            return .campaignNotSent(String(describing: error))
        }
    }
}
