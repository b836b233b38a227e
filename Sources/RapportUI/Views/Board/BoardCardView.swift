import Foundation
import RapportCanvas
import RapportCore

/// One deal on the board. The focused card is drawn in the selected style; the markers that
/// carry meaning (overdue, due today, no next step, rotting) keep their own style, reversed
/// when focused, so they still stand out.
struct BoardCardView {
    let facts: CardFacts
    let detail: CardDetail
    let isFocused: Bool
    let settings: Settings
    let today: LocalDate

    private var base: Style { isFocused ? .selected : .normal }

    private func meaningful(_ style: Style) -> Style {
        isFocused ? style.adding(.reverse) : style
    }

    func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: base)
        switch detail {
        case .oneLine: renderOneLine(into: &buffer, area: area)
        case .detailed, .wide: renderDetailed(into: &buffer, area: area)
        }
    }

    /// `!Fleet renewal…  €12k`: a marker, the title, the amount.
    private func renderOneLine(into buffer: inout CellBuffer, area: Rect) {
        if let marker = facts.marker {
            buffer.write(marker.symbol, at: area.x, y: area.y, style: meaningful(marker.style), maxWidth: 1)
        }
        let amount = BoardFormat.compact(facts.opportunity.amount, settings)
        let amountWidth = DisplayWidth.of(amount)
        let titleRoom = area.width - 1 - amountWidth - 1
        if titleRoom >= 4 {
            buffer.write(facts.opportunity.title, at: area.x + 1, y: area.y, style: base, maxWidth: titleRoom)
            buffer.writeRightAligned(amount, endingAt: area.maxX, y: area.y, style: isFocused ? base : .muted)
        } else {
            buffer.write(facts.opportunity.title, at: area.x + 1, y: area.y, style: base, maxWidth: area.width - 1)
        }
    }

    private func renderDetailed(into buffer: inout CellBuffer, area: Rect) {
        let width = area.width
        // Title, flagged when the expected close date has passed (in words where they fit).
        var titleRoom = width
        if facts.isPastClose {
            let words = Messages.boardCardPastClose.text
            let flag = width - DisplayWidth.of(words) - 1 >= 12 ? words : CardMarker.pastClose.symbol
            titleRoom -= buffer.writeRightAligned(flag, endingAt: area.maxX, y: area.y, style: meaningful(CardMarker.pastClose.style)) + 1
        }
        buffer.write(facts.opportunity.title, at: area.x, y: area.y, style: base.bold, maxWidth: titleRoom)

        // Who, and how much (and the probability when it is not the stage's).
        if area.height > 1 {
            var money = BoardFormat.money(facts.opportunity.amount, settings)
            if let probability = facts.probabilityOverride { money += " \(probability)%" }
            if DisplayWidth.of(money) > width / 2 {
                money = BoardFormat.compact(facts.opportunity.amount, settings)
                if let probability = facts.probabilityOverride { money += " \(probability)%" }
            }
            let used = buffer.writeRightAligned(money, endingAt: area.maxX, y: area.y + 1, style: base)
            var who = facts.party
            if detail == .wide, let contact = facts.contactName, let company = facts.companyName {
                who = "\(contact) · \(company)"
            }
            buffer.write(who, at: area.x, y: area.y + 1, style: isFocused ? base : .muted, maxWidth: width - used - 1)
        }

        // The next step, and days in the stage (flagged when rotting).
        if area.height > 2 {
            let days: String
            let daysStyle: Style
            if facts.isRotting {
                // The words when they leave the next step some room, else the symbol.
                let words = Messages.boardCardRotting.text(["days": facts.daysInStage])
                days = width - DisplayWidth.of(words) - 1 >= 12 ? words : CardMarker.rotting.symbol + "\(facts.daysInStage)d"
                daysStyle = meaningful(.warning)
            } else {
                days = "\(facts.daysInStage)d"
                daysStyle = isFocused ? base : .muted
            }
            let used = buffer.writeRightAligned(days, endingAt: area.maxX, y: area.y + 2, style: daysStyle)
            let step = facts.nextStepText(today: today)
            let stepStyle = facts.nextStepStyle
            let styled = stepStyle == .muted ? (isFocused ? base : .normal) : meaningful(stepStyle)
            buffer.write(step, at: area.x, y: area.y + 2, style: styled, maxWidth: width - used - 1)
        }

        // Wide cards: the expected close and the tags.
        if detail == .wide, area.height > 3 {
            var parts: [String] = []
            if let close = facts.opportunity.expectedClose {
                parts.append("close " + BoardFormat.shortDate(close, today: today))
            } else {
                parts.append("no close date")
            }
            if !facts.opportunity.offers.isEmpty {
                parts.append("\(facts.opportunity.offers.count) offer" + (facts.opportunity.offers.count == 1 ? "" : "s"))
            }
            parts += facts.opportunity.tags.map { "#" + $0 }
            let closeStyle: Style = (facts.opportunity.expectedClose.map { $0 < today } ?? false) ? meaningful(.warning) : (isFocused ? base : .muted)
            buffer.write(parts.joined(separator: " · "), at: area.x, y: area.y + 3, style: closeStyle, maxWidth: width)
        }
    }
}

/// A closed deal in the collapsed Won or Lost column: its title and amount on one line.
struct ClosedCardView {
    let opportunity: Opportunity
    let isFocused: Bool
    let settings: Settings

    func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        let base: Style = isFocused ? .selected : .normal
        buffer.fill(area, style: base)
        let amount = BoardFormat.compact(opportunity.amount, settings)
        let used = buffer.writeRightAligned(amount, endingAt: area.maxX, y: area.y, style: isFocused ? base : .muted)
        buffer.write(opportunity.title, at: area.x, y: area.y, style: base, maxWidth: max(0, area.width - used - 1))
    }
}
