/// Reads the date forms found in BDAY/ANNIVERSARY: `1980-03-22`, `19800322`, `--0203` and
/// `--02-03` (no year, RFC 6350), `---22` (day only), `1980-03`, `1980`, and any of these
/// followed by a time (`T…` or a space). Free text (`circa 1800`) keeps only `text`.
enum VCardDateParsing {
    static func parse(_ text: String) -> VCardDate {
        let trimmed = text.trimmingSpaces()
        var result = VCardDate(text: trimmed)
        var datePart = Substring(trimmed)
        if let timeStart = datePart.firstIndex(where: { $0 == "T" || $0 == " " }) {
            datePart = datePart[..<timeStart]
        }
        let hasYear = !datePart.hasPrefix("--")
        guard datePart.allSatisfy({ $0 == "-" || ("0"..."9").contains($0) }) else { return result }
        let digits = datePart.filter { $0 != "-" }.compactMap { $0.wholeNumberValue }
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + digits[$1] } }

        var year: Int?, month: Int?, day: Int?
        switch (hasYear, digits.count) {
        case (true, 8): (year, month, day) = (number(0..<4), number(4..<6), number(6..<8))
        case (true, 6): (year, month) = (number(0..<4), number(4..<6))
        case (true, 4): year = number(0..<4)
        case (false, 4): (month, day) = (number(0..<2), number(2..<4))
        case (false, 2) where datePart.hasPrefix("---"): day = number(0..<2)
        case (false, 2): month = number(0..<2)
        default: return result
        }
        if let month, !(1...12).contains(month) { return result }
        if let day, !(1...31).contains(day) { return result }
        result.year = year
        result.month = month
        result.day = day
        return result
    }
}
