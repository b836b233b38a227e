import Foundation
import RapportCanvas
import RapportCore
import Synchronization

/// The drawn cells of each visible card, kept while nothing a card shows can have changed: the
/// deals, contacts, companies and activities (by revision), the settings, and the minute (days
/// in stage, overdue). Moving the focus redraws two cards; every other card of a 200x60 board is
/// copied, not laid out and formatted again, on each key press. Held by the board's caches.
final class CardImages: Sendable {
    struct Validity: Equatable, Sendable {
        let opportunities: Int
        let contacts: Int
        let companies: Int
        let activities: Int
        let settings: Settings
        let minute: Int

        init(_ book: Book, now: Date) {
            opportunities = book.opportunities.revision
            contacts = book.contacts.revision
            companies = book.companies.revision
            activities = book.activities.revision
            settings = book.settings
            minute = Int((now.timeIntervalSince1970 / 60).rounded(.down))
        }
    }

    struct Key: Hashable, Sendable {
        let opportunity: OpportunityID
        let detail: CardDetail
        let width: Int
        let height: Int
        let isFocused: Bool
    }

    /// More than a few screens of cards: the oldest screens are dropped all at once.
    private static let capacity = 2_000
    private let storage = Mutex<(validity: Validity?, images: [Key: CellBuffer])>((nil, [:]))

    func image(for key: Key, validity: Validity, draw: () -> CellBuffer) -> CellBuffer {
        let hit = storage.withLock { stored -> CellBuffer? in
            guard stored.validity == validity else { return nil }
            return stored.images[key]
        }
        if let hit { return hit }
        let image = draw()
        storage.withLock { stored in
            if stored.validity != validity || stored.images.count >= Self.capacity {
                stored = (validity, [:])
            }
            stored.images[key] = image
        }
        return image
    }
}
