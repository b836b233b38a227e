import Foundation
import RapportCore
import RapportUI

/// The TUI's `s` in view 5, performed outside the pure code: the campaign goes through the
/// transport the settings name, each delivery saved as it happens (so a crash never leads to a
/// second mail), and the result handed back to the view.
@MainActor
enum CampaignDelivery {
    static func send(_ id: CampaignID, state: inout AppState, store: BookStore, environment: AppEnvironment) {
        guard let campaign = state.book.campaigns[id] else { return }
        var book = state.book
        var transport = CampaignSender.transport(for: campaign.channel, settings: book.settings, bookDirectory: store.directory)
        do {
            let report = try CampaignSender.send(id, in: &book, transport: &transport, clock: environment.clock, dryRun: false) { progress throws(DeliveryError) in
                do { try store.save(progress) } catch { throw DeliveryError(String(describing: error)) }
            }
            App.finishCampaignSend(report, book: book, state: &state, environment: environment)
        } catch {
            state.show("Not sent: \(error)", severity: .error, environment: environment, seconds: 15)
        }
    }
}
