import Dispatch
import RapportCanvas
import RapportCore
import Synchronization

/// The book's links (whose activities, deals, purchases… belong to which contact and company),
/// shared by the contact and company panes and kept between frames. After an edit only the
/// index of the changed table is rebuilt (`BookLinks.updated(for:)`).
final class BookLinksCache: Sendable {
    private let stored = Mutex<BookLinks?>(nil)

    func links(for book: Book) -> BookLinks {
        let previous = stored.withLock { $0 }
        if let previous, previous.isCurrent(for: book) { return previous }
        // Built outside the lock: render and update never wait on each other for it.
        let links = previous?.updated(for: book) ?? BookLinks(book)
        stored.withLock { $0 = links }
        return links
    }

    /// Brings the links up to date on a background thread, so the first pane opened after the
    /// book opens (or after an edit) finds them ready instead of building them on a key press.
    func prepare(for book: Book) {
        DispatchQueue.global(qos: .utility).async { _ = self.links(for: book) }
    }
}
