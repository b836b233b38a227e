import Foundation
import RapportCanvas
import RapportCore

/// What the board derives from the book, kept between frames: each index keyed by the tables it
/// reads (their revisions change with every edit and are never reused), the columns also by the
/// filter, the sort and the month. A hit costs a comparison; a miss happens once per change, not
/// per key. A few entries each, so undo and redo back to a recent book are hits too. Held by
/// `BoardState`, so two books (a test's, the app's) never share an entry.
final class BoardCaches: Sendable {
    private let activities = MemoCache<Int, BoardActivityIndex>()
    private let stages = MemoCache<BoardStageIndex.Key, BoardStageIndex>()
    private let search = MemoCache<BoardSearchIndex.Key, BoardSearchIndex>(capacity: 2)
    private let columns = MemoCache<BoardColumns.Key, BoardColumns>()
    /// The drawn cards, keyed by everything a card shows.
    let cards = CardImages()

    init() {}

    func activityIndex(_ book: Book) -> BoardActivityIndex {
        activities.value(for: book.activities.revision) { BoardActivityIndex(book.activities) }
    }

    func stageIndex(_ book: Book) -> BoardStageIndex {
        stages.value(for: BoardStageIndex.Key(book)) { BoardStageIndex(book) }
    }

    func searchIndex(_ book: Book) -> BoardSearchIndex {
        search.value(for: BoardSearchIndex.Key(book)) { BoardSearchIndex(book) }
    }

    func columns(_ book: Book, filter: String, sort: BoardSort, clock: any Clock) -> BoardColumns {
        let key = BoardColumns.Key(book, filter: filter, sort: sort, clock: clock)
        return columns.value(for: key) {
            BoardColumns(book, filter: filter, sort: sort, today: clock.today, timeZone: clock.timeZone, caches: self)
        }
    }

    /// After a change the board made to a few deals: the new book's stage index derived from the
    /// old book's (when still kept) instead of rebuilt from 25,000 records on the next frame.
    func carryOver(from old: Book, to new: Book, touched: [OpportunityID]) {
        guard old.settings.pipeline == new.settings.pipeline, let previous = stages.peek(BoardStageIndex.Key(old)) else { return }
        let key = BoardStageIndex.Key(new)
        guard stages.peek(key) == nil else { return }
        stages.store(previous.patched(to: new, touched: touched), for: key)
    }
}
