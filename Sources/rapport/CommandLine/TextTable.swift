import Foundation
import RapportCore

/// An aligned plain-text table that fits a width: columns (but the first) shrink from the widest down, and a
/// cut value loses its middle ("Spring sale…2026"), so names that differ at the end (a year, a
/// number) still read differently. Widths are counted in Characters, which is right for the Latin,
/// Greek and Cyrillic names a CRM mostly holds (wide CJK glyphs may overrun a little).
struct TextTable {
    let headers: [String]
    let rows: [[String]]
    /// The column that tells rows apart (a name, a title): it shrinks only once every other
    /// column is down to 4, so two campaigns never read the same.
    var keeps: Int? = nil

    func render(width: Int) -> String {
        let columnCount = headers.count
        // Cells come from the data: shown visibly before measuring, so the columns line up.
        let rows = rows.map { $0.map { TerminalSafeText.visible($0.replacingOccurrences(of: "\n", with: " ")) } }
        var widths = (0..<columnCount).map { column in
            ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
        }
        let gaps = 2 * max(0, columnCount - 1)
        // The first column is the id, which a script or a person needs whole.
        func widest(_ columns: some Sequence<Int>) -> Int? {
            columns.filter { widths[$0] > 4 }.max { widths[$0] < widths[$1] }
        }
        while widths.reduce(0, +) + gaps > width,
              let column = widest(widths.indices.dropFirst().filter { $0 != keeps }) ?? widest(keeps.map { [$0] } ?? []) {
            widths[column] -= 1
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for column in 0..<columnCount {
                let cell = column < cells.count ? cells[column].replacingOccurrences(of: "\n", with: " ") : ""
                let fitted = cell.count > widths[column] ? Self.cutInTheMiddle(cell, to: widths[column]) : cell
                parts.append(column == columnCount - 1 ? fitted : fitted.padding(toLength: widths[column], withPad: " ", startingAt: 0))
            }
            return parts.joined(separator: "  ").trimmingTrailingSpaces
        }
        return ([line(headers), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
    }

    /// "Spring campaign 2026" in 12 columns: "Spring…2026" (the start gets the odd column).
    static func cutInTheMiddle(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(width)) }
        let kept = width - 1
        let head = (kept + 1) / 2
        return String(text.prefix(head)) + "…" + String(text.suffix(kept - head))
    }

    /// `$COLUMNS` when it is a number; else 100 on a terminal; else (a pipe, a file) no limit:
    /// a script reading the table gets every value whole.
    static func terminalWidth(_ environment: [String: String], outputIsTerminal: Bool = isatty(STDOUT_FILENO) == 1) -> Int {
        if let columns = environment["COLUMNS"].flatMap(Int.init) { return max(columns, 20) }
        return outputIsTerminal ? 100 : Int.max / 2
    }
}


