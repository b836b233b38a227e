/// Guesses the delimiter of a CSV file from its first records.
///
/// Counts each candidate outside quoted fields, record by record. A real delimiter gives the
/// same number of columns (more than one) in every sampled record; a character that merely
/// occurs in the data ("Smith, John" in a `;` file) rarely does. Among consistent candidates the
/// one giving the most columns wins; ties go to `,`, then `;`, then tab.
enum CSVDelimiterDetector {
    static let sampleRecordLimit = 20

    static func detect(in bytes: UnsafeBufferPointer<UInt8>) -> CSVDelimiter? {
        let candidates = CSVDelimiter.allCases
        var countsPerRecord: [[Int]] = []
        var current = [Int](repeating: 0, count: candidates.count)
        var insideQuotes = false
        var recordHasContent = false
        let quote = UInt8(ascii: "\"")
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")

        func endRecord() {
            if recordHasContent { countsPerRecord.append(current) }
            current = [Int](repeating: 0, count: candidates.count)
            recordHasContent = false
        }

        for byte in bytes {
            if byte == quote {
                // A doubled quote toggles twice, so it needs no special case.
                insideQuotes.toggle()
                recordHasContent = true
                continue
            }
            if insideQuotes { continue }
            if byte == cr || byte == lf {
                endRecord()
                if countsPerRecord.count >= sampleRecordLimit { break }
                continue
            }
            recordHasContent = true
            for (index, candidate) in candidates.enumerated() where candidate.byte == byte {
                current[index] += 1
            }
        }
        if countsPerRecord.count < sampleRecordLimit { endRecord() }
        guard !countsPerRecord.isEmpty else { return nil }

        var best: (delimiter: CSVDelimiter, columns: Int)?
        for (index, candidate) in candidates.enumerated() {
            let counts = countsPerRecord.map { $0[index] }
            guard let first = counts.first, first > 0, counts.allSatisfy({ $0 == first }) else { continue }
            if best == nil || first > (best?.columns ?? 0) { best = (candidate, first) }
        }
        if let best { return best.delimiter }

        // Ragged files (rows with missing trailing cells): fall back to the candidate most
        // frequent in the header line, which spreadsheets always write in full.
        var header: (delimiter: CSVDelimiter, count: Int)?
        for (index, candidate) in candidates.enumerated() {
            let count = countsPerRecord[0][index]
            if count > 0, count > (header?.count ?? 0) { header = (candidate, count) }
        }
        return header?.delimiter
    }
}
