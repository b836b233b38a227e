/// Reads the European Central Bank's euro reference-rate CSV files as downloaded (unzipped):
///
/// - the daily `eurofxref.csv`: a header `Date, USD, JPY, …, ` and one line
///   `1 December 2026, 1.0812, 161.25, …, ` (spaces after the commas, a trailing comma);
/// - the historical `eurofxref-hist.csv`: the header `Date,USD,JPY,…,` and one line per working
///   day, newest first, `2026-12-01,1.0812,161.25,N/A,…,` with `N/A` for a currency not quoted
///   that day (one that did not exist yet, or no longer does).
///
/// Every value is the units of the currency one euro bought that day, so each becomes an
/// `ExchangeRate` against EUR.
public enum ECBRatesCSV {
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public let line: Int
        public let message: String
        public var description: String { "line \(line): \(message)" }
    }

    public static func parse(_ text: String) throws(Failure) -> [ExchangeRate] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .enumerated().map { (number: $0.offset + 1, cells: cells(of: $0.element)) }
        lines.removeAll { $0.cells.allSatisfy(\.isEmpty) }
        guard let header = lines.first else { throw Failure(line: 1, message: Messages.ratesImportEmpty.text) }
        guard header.cells.first?.lowercased() == "date" else {
            throw Failure(line: header.number, message: Messages.ratesImportNoHeader.text)
        }
        var columns: [(index: Int, currency: CurrencyCode)] = []
        for (index, cell) in header.cells.enumerated().dropFirst() where !cell.isEmpty {
            guard let code = CurrencyCode(cell) else {
                throw Failure(line: header.number, message: Messages.ratesImportBadCurrency.text(["value": cell]))
            }
            columns.append((index, code))
        }
        var rates: [ExchangeRate] = []
        for line in lines.dropFirst() {
            guard let first = line.cells.first, let date = day(first) else {
                throw Failure(line: line.number, message: Messages.ratesImportBadDate.text(["value": line.cells.first ?? ""]))
            }
            for column in columns where column.index < line.cells.count {
                let cell = line.cells[column.index]
                if cell.isEmpty || cell.uppercased() == "N/A" { continue }
                guard let rate = RateValue(cell), !cell.contains(",") else {
                    throw Failure(line: line.number,
                                  message: Messages.ratesImportBadRate.text(["value": cell, "currency": column.currency.code]))
                }
                rates.append(ExchangeRate(currency: column.currency, base: .eur, date: date, rate: rate,
                                          source: ExchangeRate.ecbSource))
            }
        }
        return rates
    }

    private static func cells(of line: Substring) -> [String] {
        line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
    }

    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december"]

    /// "2026-12-01" (the historical file) or "1 December 2026" (the daily one).
    static func day(_ text: String) -> LocalDate? {
        if let date = LocalDate(text) { return date }
        let words = text.split(separator: " ")
        guard words.count == 3, let day = Int(words[0]), let year = Int(words[2]),
              let month = months.firstIndex(of: words[1].lowercased()) else { return nil }
        return LocalDate(year: year, month: month + 1, day: day)
    }
}
