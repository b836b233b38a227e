/// Which header cell feeds which canonical column, resolved once per file.
struct ImportColumnMap: Sendable {
    /// Canonical name → column indexes, in alias order.
    private let indexes: [String: [Int]]
    /// Header cells no column claimed: listed so the user sees what was left out.
    let ignoredHeaders: [String]

    init(header: [String], columns: [ImportColumn]) {
        let normalized = header.map(CSVHeader.normalize)
        var claimed = Set<Int>()
        var indexes: [String: [Int]] = [:]
        for column in columns {
            var found: [Int] = []
            for alias in column.aliases {
                let wanted = CSVHeader.normalize(alias)
                for (index, name) in normalized.enumerated() where name == wanted && !claimed.contains(index) {
                    found.append(index)
                    claimed.insert(index)
                    if !column.repeats { break }
                }
                if !column.repeats, !found.isEmpty { break }
            }
            if !found.isEmpty { indexes[column.canonical] = found }
        }
        self.indexes = indexes
        self.ignoredHeaders = header.enumerated().filter { !claimed.contains($0.offset) && !$0.element.trimmingWhitespace().isEmpty }
            .map(\.element)
    }

    func has(_ canonical: String) -> Bool { indexes[canonical] != nil }
    func columns(_ canonical: String) -> [Int] { indexes[canonical] ?? [] }
}

/// One data row seen through the column map: trimmed values by canonical name.
struct ImportRow {
    let fields: [String]
    let line: Int
    let map: ImportColumnMap

    /// The first non-empty trimmed value of the column, or nil.
    func text(_ canonical: String) -> String? {
        for index in map.columns(canonical) where index < fields.count {
            let value = ImportValues.trim(fields[index])
            if !value.isEmpty { return value }
        }
        return nil
    }

    /// Every non-empty trimmed value of a repeating column.
    func texts(_ canonical: String) -> [String] {
        map.columns(canonical).compactMap { index in
            guard index < fields.count else { return nil }
            let value = ImportValues.trim(fields[index])
            return value.isEmpty ? nil : value
        }
    }

    var isBlank: Bool { fields.allSatisfy { ImportValues.trim($0).isEmpty } }
}
