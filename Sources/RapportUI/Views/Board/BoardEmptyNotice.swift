import RapportCore
import RapportCanvas

/// What the board says when it has no card to show: how to add the first deal (a new book), or
/// how to get the cards back (a filter matching nothing). Drawn across the columns, since one
/// column is too narrow for a sentence at 80 columns.
enum BoardEmptyNotice {
    /// The sentence, or nil when the board shows cards.
    static func text(book: Book, filter: String, shownCards: Int) -> String? {
        guard shownCards == 0 else { return nil }
        if book.opportunities.isEmpty { return Messages.boardEmptyBook.text }
        guard !filter.allSatisfy(\.isWhitespace) else { return nil }
        return Messages.boardEmptyFilter.text(["filter": filter])
    }

    /// A boxed line in the middle of the cards' rows.
    static func render(_ text: String, into buffer: inout CellBuffer, columnsArea: Rect) {
        let cards = BoardLayout.cardsArea(of: columnsArea)
        guard cards.height >= 3 else { return }
        let width = min(cards.width, DisplayWidth.of(text) + 4)
        let box = Rect(x: cards.x + (cards.width - width) / 2, y: cards.y + min(2, cards.height - 3), width: width, height: 3)
        buffer.fill(box)
        buffer.drawBox(box, style: .border)
        buffer.write(text, at: box.x + 2, y: box.y + 1, style: .accent, maxWidth: box.width - 4)
    }
}
