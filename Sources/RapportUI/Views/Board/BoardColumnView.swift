import Foundation
import RapportCanvas
import RapportCore

/// One column: its header (name, count, total, weighted total), then the cards that fit, then
/// "+N more" when some are hidden below.
struct BoardColumnView {
    let column: BoardColumn
    let isFocusedColumn: Bool
    /// Card index with the focus in this column, when it is the focused column.
    let focusedRow: Int?
    let rowOffset: Int
    let detail: CardDetail
    let book: Book
    let activities: BoardActivityIndex
    let cardImages: CardImages
    let clock: any Clock
    /// Which wording of the totals line to use (see `totalsVariants`): the same in every column.
    let totalsVariant: Int

    func render(into buffer: inout CellBuffer, area: Rect) {
        guard area.height >= BoardLayout.headerRows else { return }
        BoardScreen.wheelPointerTarget.mark(area, on: &buffer)
        renderHeader(into: &buffer, area: area)
        renderCards(into: &buffer, area: BoardLayout.cardsArea(of: area))
    }

    private func renderHeader(into buffer: inout CellBuffer, area: Rect) {
        let settings = book.settings
        let titleStyle: Style
        switch column.kind {
        case .stage: titleStyle = isFocusedColumn ? Style.focused.bold : Style.header.bold
        case .won: titleStyle = Style.positive.adding(isFocusedColumn ? [.bold, .underline] : .bold)
        case .lost: titleStyle = Style.negative.adding(isFocusedColumn ? [.bold, .underline] : .bold)
        }
        let count = String(column.cards.count)
        let used = buffer.writeRightAligned(count, endingAt: area.maxX, y: area.y, style: isFocusedColumn ? .focused : .muted)
        buffer.write(column.title, at: area.x, y: area.y, style: titleStyle, maxWidth: area.width - used - 1)

        let variants = BoardColumnView.totalsVariants(column, settings)
        let chosen = variants.indices.contains(totalsVariant) ? variants[totalsVariant] : variants[variants.count - 1]
        buffer.write(chosen, at: area.x, y: area.y + 1, style: .muted, maxWidth: area.width)
        buffer.horizontalLine(x: area.x, y: area.y + 2, length: area.width, style: isFocusedColumn ? .borderFocused : .border)
    }

    /// The totals line from the most to the least spelt out.
    static func totalsVariants(_ column: BoardColumn, _ settings: Settings) -> [String] {
        let total = column.total
        // "+N other": cards in a currency with no rate to the base, left out of the sums.
        let other = column.otherCurrencyCount > 0 ? " +\(column.otherCurrencyCount) other" : ""
        let approximate = column.isApproximate
        let money = { (amount: Money) in BoardFormat.total(BoardFormat.money(amount, settings), approximate: approximate) }
        let compact = { (amount: Money) in BoardFormat.total(BoardFormat.compact(amount, settings), approximate: approximate) }
        guard column.isStage else {
            return [money(total) + other, compact(total) + other, compact(total)]
        }
        let weighted = column.weighted
        return [
            "\(money(total)) · weighted \(money(weighted))" + other,
            "\(compact(total)) · weighted \(compact(weighted))" + other,
            "\(compact(total)) · w \(compact(weighted))" + other,
            "\(compact(total)) w\(compact(weighted))",
        ]
    }

    /// The fullest wording that fits every visible column.
    static func totalsVariant(for frames: [(BoardColumn, Int)], _ settings: Settings) -> Int {
        var chosen = 0
        for (column, width) in frames {
            let variants = totalsVariants(column, settings)
            let fits = variants.firstIndex { DisplayWidth.of($0) <= width } ?? variants.count - 1
            chosen = max(chosen, fits)
        }
        return chosen
    }

    private func renderCards(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let cards = column.cards
        guard !cards.isEmpty else {
            buffer.write(Messages.boardColumnEmpty.text, at: area.x, y: area.y, style: .muted, maxWidth: area.width)
            return
        }
        let offset = BoardLayout.visibleOffset(selected: focusedRow, offset: rowOffset, count: cards.count,
                                               height: area.height, detail: detail)
        let (all, withMore) = BoardLayout.capacity(height: area.height, detail: detail)
        let remaining = cards.count - offset
        let shown = remaining <= all ? remaining : withMore
        let now = clock.now
        let timeZone = clock.timeZone
        let today = clock.today
        let validity = CardImages.Validity(book, now: now)
        for position in 0..<shown {
            let index = offset + position
            guard let opportunity = book.opportunities[cards[index]] else { continue }
            let rect = Rect(x: area.x, y: area.y + position * detail.pitch, width: area.width,
                            height: min(detail.rows, area.maxY - (area.y + position * detail.pitch)))
            let isFocused = index == focusedRow
            if column.isStage {
                let key = CardImages.Key(opportunity: opportunity.id, detail: detail, width: rect.width, height: rect.height,
                                         isFocused: isFocused)
                let image = cardImages.image(for: key, validity: validity) {
                    var card = CellBuffer(width: rect.width, height: rect.height)
                    let facts = CardFacts(opportunity, book: book, activities: activities, now: now, timeZone: timeZone)
                    BoardCardView(facts: facts, detail: detail, isFocused: isFocused, settings: book.settings, today: today)
                        .render(into: &card, area: card.bounds)
                    return card
                }
                buffer.draw(image, atX: rect.x, y: rect.y)
                BoardScreen.pointerTarget(card: opportunity.id).mark(rect, on: &buffer)
            } else {
                // A deal is either open or closed for a given revision, so the keys never clash.
                let key = CardImages.Key(opportunity: opportunity.id, detail: .oneLine, width: rect.width, height: rect.height,
                                         isFocused: isFocused)
                let image = cardImages.image(for: key, validity: validity) {
                    var card = CellBuffer(width: rect.width, height: rect.height)
                    ClosedCardView(opportunity: opportunity, isFocused: isFocused, settings: book.settings).render(into: &card, area: card.bounds)
                    return card
                }
                buffer.draw(image, atX: rect.x, y: rect.y)
                BoardScreen.pointerTarget(card: opportunity.id).mark(rect, on: &buffer)
            }
        }
        let hidden = cards.count - offset - shown
        if hidden > 0 {
            buffer.write("+\(hidden) more", at: area.x, y: area.maxY - 1, style: .muted, maxWidth: area.width)
        }
        if offset > 0 {
            // Cards scrolled away above: said on the line under the header.
            let above = " ↑\(offset) "
            buffer.writeRightAligned(above, endingAt: area.maxX, y: area.y - 1, style: .muted)
        }
    }
}
