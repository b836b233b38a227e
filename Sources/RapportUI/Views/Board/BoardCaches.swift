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

    /// `pipelineID`: the pipeline shown, nil for the first.
    func stageIndex(_ book: Book, pipelineID: String? = nil) -> BoardStageIndex {
        stages.value(for: BoardStageIndex.Key(book, pipelineID: pipelineID)) { BoardStageIndex(book, pipelineID: pipelineID) }
    }

    func searchIndex(_ book: Book) -> BoardSearchIndex {
        search.value(for: BoardSearchIndex.Key(book)) { BoardSearchIndex(book) }
    }

    func columns(_ book: Book, pipelineID: String? = nil, filter: String, sort: BoardSort, clock: any Clock) -> BoardColumns {
        let key = BoardColumns.Key(book, pipelineID: pipelineID, filter: filter, sort: sort, clock: clock)
        return columns.value(for: key) {
            BoardColumns(book, pipelineID: pipelineID, filter: filter, sort: sort, today: clock.today,
                         timeZone: clock.timeZone, caches: self)
        }
    }

    /// After a change the board made to a few deals: the new book's stage index derived from the
    /// old book's (when still kept) instead of rebuilt from 25,000 records on the next frame.
    func carryOver(from old: Book, to new: Book, touched: [OpportunityID], pipelineID: String? = nil) {
        guard old.settings.pipelines == new.settings.pipelines,
              let previous = stages.peek(BoardStageIndex.Key(old, pipelineID: pipelineID)) else { return }
        let key = BoardStageIndex.Key(new, pipelineID: pipelineID)
        guard stages.peek(key) == nil else { return }
        stages.store(previous.patched(to: new, touched: touched, pipelineID: pipelineID), for: key)
    }
}
