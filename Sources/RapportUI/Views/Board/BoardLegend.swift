import RapportCore
import RapportCanvas

/// The line under the board that explains the card symbols, until the user hides it with Esc.
/// That it was hidden is kept in the book's settings (`hiddenHints`), so it is shown on the
/// board's first use only, not on every start (`ScreenContext.hideHint`); the `?` overlay keeps
/// the legend for later.
enum BoardLegend {
    static let hintID = "board.legend"

    static func isShown(_ book: Book) -> Bool {
        !(book.settings.hiddenHints ?? []).contains(hintID)
    }

    /// The board's area without the legend's line, when it is shown.
    static func boardArea(_ book: Book, in area: Rect) -> Rect {
        isShown(book) ? area.splitBottom(1).rest : area
    }

    /// "! step overdue · » close date passed · … Esc hides this": the legend first, so a narrow
    /// terminal cuts the way to hide it, which the `?` overlay also lists.
    static func render(into buffer: inout CellBuffer, area: Rect) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: .normal)
        var x = area.x
        for (index, marker) in CardMarker.allCases.enumerated() where x < area.maxX {
            if index > 0 { x += buffer.write(" · ", at: x, y: area.y, style: .muted, maxWidth: area.maxX - x) }
            x += buffer.write(marker.symbol, at: x, y: area.y, style: marker.style, maxWidth: area.maxX - x)
            x += buffer.write(" " + marker.shortMeaning.text, at: x, y: area.y, style: .muted, maxWidth: area.maxX - x)
        }
        let hide = Messages.boardLegendHide.text
        if area.maxX - x >= DisplayWidth.of(hide) + 3 {
            buffer.writeRightAligned(hide, endingAt: area.maxX, y: area.y, style: .accent)
        }
    }
}
