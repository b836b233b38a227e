import RapportCore

/// An aligned plain-text table that fits a width: columns (but the first) shrink from the widest down, and a
/// cut value ends with "…". Widths are counted in Characters, which is right for the Latin,
/// Greek and Cyrillic names a CRM mostly holds (wide CJK glyphs may overrun a little).
struct TextTable {
    let headers: [String]
    let rows: [[String]]

    func render(width: Int) -> String {
        let columnCount = headers.count
        // Cells come from the data: shown visibly before measuring, so the columns line up.
        let rows = rows.map { $0.map { TerminalSafeText.visible($0.replacingOccurrences(of: "\n", with: " ")) } }
        var widths = (0..<columnCount).map { column in
            ([headers[column]] + rows.map { column < $0.count ? $0[column] : "" }).map(\.count).max() ?? 0
        }
        let gaps = 2 * max(0, columnCount - 1)
        // The first column is the id, which a script or a person needs whole.
        while widths.reduce(0, +) + gaps > width, let widest = widths.indices.dropFirst().max(by: { widths[$0] < widths[$1] }),
              widths[widest] > 4 {
            widths[widest] -= 1
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for column in 0..<columnCount {
                let cell = column < cells.count ? cells[column].replacingOccurrences(of: "\n", with: " ") : ""
                let fitted = cell.count > widths[column] ? String(cell.prefix(widths[column] - 1)) + "…" : cell
                parts.append(column == columnCount - 1 ? fitted : fitted.padding(toLength: widths[column], withPad: " ", startingAt: 0))
            }
            return parts.joined(separator: "  ").trimmingTrailingSpaces
        }
        return ([line(headers), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n")
    }

    /// `$COLUMNS` when it is a number, else 100.
    static func terminalWidth(_ environment: [String: String]) -> Int {
        environment["COLUMNS"].flatMap(Int.init).map { max($0, 20) } ?? 100
    }
}


