import RapportCore

/// Plain aligned text and `#` bars for reports on stdout. Deliberately small and isolated: the
/// chart toolkit in RapportUI will replace it, so nothing here is meant to grow into a library.
struct ReportText {
    let format: NumberFormat
    let width: Int
    private(set) var lines: [String] = []

    init(format: NumberFormat, width: Int) {
        self.format = format
        self.width = width
    }

    mutating func line(_ text: String = "") { lines.append(text) }

    /// A sentence or two, wrapped at spaces to the width.
    mutating func say(_ text: String) {
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                line(current)
                current = String(word)
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        line(current)
    }

    mutating func title(_ text: String) {
        if !lines.isEmpty { line() }
        line(text)
        line(String(repeating: "=", count: min(text.count, width)))
    }

    mutating func heading(_ text: String) {
        line()
        line(text)
    }

    enum Alignment { case left, right }

    /// A table: each column as wide as its widest cell, two spaces apart, and when `bars` is
    /// given a bar per row in what is left of the width, scaled to the largest value.
    mutating func table(_ header: [String], _ rows: [[String]], align: [Alignment], bars: [Double]? = nil) {
        var widths = header.map(\.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func render(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
                return align[index] == .left ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        let tableWidth = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
        let barWidth = width - tableWidth - 2
        line(render(header).trimmingTrailingSpaces)
        line(String(repeating: "-", count: min(width, tableWidth)))
        let largest = bars?.max() ?? 0
        for (index, row) in rows.enumerated() {
            var text = render(row)
            if let bars, barWidth >= 4, largest > 0, index < bars.count {
                text += "  " + String(repeating: "#", count: Int((max(0, bars[index]) / largest * Double(barWidth)).rounded()))
            }
            line(text.trimmingTrailingSpaces)
        }
    }

    var text: String { lines.joined(separator: "\n") + "\n" }

    // MARK: Numbers

    func money(_ value: ReportMoney) -> String { value.money.formatted(format) }
    func money(_ value: ReportMoney?) -> String { value.map { money($0) } ?? "n/a" }

    /// A fraction as a percentage with one decimal: 0.5714 -> "57.1%"; nil -> "n/a".
    func percent(_ fraction: Double?) -> String {
        guard let fraction else { return "n/a" }
        return decimal(fraction * 100, digits: 1) + "%"
    }

    /// A number with `digits` decimals, rounded half away from zero, in the user's format.
    func decimal(_ value: Double?, digits: Int = 1) -> String {
        guard let value else { return "n/a" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (value * scale).rounded()
        let negative = scaled < 0
        let magnitude = Int64(abs(scaled))
        let whole = magnitude / Int64(scale)
        let fraction = magnitude % Int64(scale)
        var text = String(whole)
        if digits > 0 {
            let fractionText = String(fraction)
            text += String(format.decimalSeparator) + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return (negative && magnitude != 0 ? "-" : "") + text
    }

    func count(_ value: Int) -> String { String(value) }

    func period(from: LocalDate, to: LocalDate, asOf: LocalDate) -> String {
        "\(from) to \(to)" + (asOf == to ? "" : ", as of \(asOf)")
    }

    /// "3 deals in other currencies are ..." or nothing.
    mutating func excluded(_ count: Int, _ what: String, currency: CurrencyCode) {
        guard count > 0 else { return }
        say("\(count) \(what) in currencies other than \(currency) \(count == 1 ? "is" : "are") left out of the amounts.")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
