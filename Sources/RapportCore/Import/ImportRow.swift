/// A header as an alias describes it, ready to compare with normalized header cells: either a
/// fixed name, or (with `#`) a prefix and suffix around a number.
struct HeaderPattern: Sendable {
    let prefix: String
    let suffix: String?

    init(_ alias: String) {
        if let hash = alias.firstIndex(of: "#") {
            prefix = CSVHeader.normalize(String(alias[..<hash]))
            suffix = CSVHeader.normalize(String(alias[alias.index(after: hash)...]))
        } else {
            prefix = CSVHeader.normalize(alias)
            suffix = nil
        }
    }

    /// Nil when the normalized header is not this one; else the number `#` stood for (0 for a fixed name).
    func match(_ normalized: String) -> Int? {
        guard let suffix else { return normalized == prefix ? 0 : nil }
        guard normalized.count > prefix.count + suffix.count, normalized.hasPrefix(prefix), normalized.hasSuffix(suffix) else {
            return nil
        }
        let digits = normalized.dropFirst(prefix.count).dropLast(suffix.count)
        guard digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }
}

/// Which header cell feeds which canonical column, resolved once per file.
struct ImportColumnMap: Sendable {
    /// One header cell read for a column: where it is, the label its values get, and where
    /// the cell with each value's label is (Google's "E-mail 1 - Label").
    struct Source: Sendable, Equatable {
        let index: Int
        let label: String
        let labelIndex: Int?
        /// The number of a numbered header ("Address 2 - City" is 2), 0 for the others.
        let number: Int
    }

    /// The cells of one of the addresses a file carries (Outlook's work, home and other
    /// addresses, Google's Address 1, 2…): part (street, city…) → cells, in alias order.
    struct AddressGroup: Sendable, Equatable {
        var cells: [String: [Int]] = [:]
    }

    /// Canonical name → the header cells read, in alias order.
    private let sources: [String: [Source]]
    /// Header cells no column claimed: listed so the user sees what was left out.
    let ignoredHeaders: [String]
    /// The addresses the header has, in alias order (see `ImportColumns.addressParts`); empty
    /// for kinds without one. Worked out once per file, so each row only reads cells.
    let addressGroups: [AddressGroup]

    init(header: [String], columns: [ImportColumn]) {
        let normalized = header.map(CSVHeader.normalize)
        // Only cells with a name can match an alias: a header of five million empty cells is
        // looked at once, not once per alias.
        let named = normalized.indices.filter { !normalized[$0].isEmpty }
        var claimed = Set<Int>()
        var sources: [String: [Source]] = [:]

        /// The unclaimed cells an alias names, with their numbers, numbered ones in number order.
        func matches(_ pattern: HeaderPattern) -> [(index: Int, number: Int)] {
            var found: [(index: Int, number: Int)] = []
            for index in named where !claimed.contains(index) {
                if let number = pattern.match(normalized[index]) { found.append((index, number)) }
            }
            return found.sorted { ($0.number, $0.index) < ($1.number, $1.index) }
        }

        for column in columns {
            var found: [Source] = []
            for alias in column.aliases {
                var hits = matches(HeaderPattern(alias.header))
                if hits.isEmpty { continue }
                if !column.repeats, let last = hits.last { hits = [last] }
                for hit in hits { claimed.insert(hit.index) }
                // Each label header's cells by number, found once per alias rather than once per
                // value cell (a file with thousands of numbered pairs stays linear).
                let labelCells: [[Int: [Int]]] = alias.labelHeaders.map { labelHeader in
                    Dictionary(grouping: matches(HeaderPattern(labelHeader)), by: \.number).mapValues { $0.map(\.index) }
                }
                for hit in hits {
                    var labelIndex: Int?
                    for cells in labelCells where labelIndex == nil {
                        labelIndex = cells[hit.number]?.first { !claimed.contains($0) }
                    }
                    if let labelIndex { claimed.insert(labelIndex) }
                    found.append(Source(index: hit.index, label: alias.label, labelIndex: labelIndex, number: hit.number))
                }
                if !column.repeats { break }
            }
            if !found.isEmpty { sources[column.canonical] = found }
        }
        self.sources = sources
        self.ignoredHeaders = header.enumerated().filter { !claimed.contains($0.offset) && !$0.element.trimmingWhitespace().isEmpty }
            .map(\.element)

        var groupOrder: [String] = []
        var groups: [String: AddressGroup] = [:]
        for part in ImportColumns.addressParts {
            for source in sources[part] ?? [] {
                let key = source.label + "#" + String(source.number)
                if groups[key] == nil { groupOrder.append(key) }
                groups[key, default: AddressGroup()].cells[part, default: []].append(source.index)
            }
        }
        self.addressGroups = groupOrder.compactMap { groups[$0] }
    }

    func has(_ canonical: String) -> Bool { sources[canonical] != nil }
    func columns(_ canonical: String) -> [Int] { sources[canonical]?.map(\.index) ?? [] }
    func sources(_ canonical: String) -> [Source] { sources[canonical] ?? [] }
}

/// One value of a multi-valued column (emails, phones) with its label; `isPrimary` when the file
/// marks it as the preferred one (Google's "* " before the label).
struct LabeledCell: Equatable {
    let value: String
    let label: String
    let isPrimary: Bool
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

    /// Every value of a repeating column with its label, in column order. A cell may hold
    /// several values separated by " ::: " (as Google writes them), sharing the cell's label or
    /// taking the label in the same position of the label cell.
    func labeledValues(_ canonical: String) -> [LabeledCell] {
        var cells: [LabeledCell] = []
        for source in map.sources(canonical) where source.index < fields.count {
            let text = ImportValues.trim(fields[source.index])
            if text.isEmpty { continue }
            var labels: [(label: String, isPrimary: Bool)] = [(source.label, false)]
            if let labelIndex = source.labelIndex, labelIndex < fields.count {
                let labelText = ImportValues.trim(fields[labelIndex])
                if !labelText.isEmpty { labels = ImportValues.multipleValues(labelText).map(ContactLabels.imported) }
            }
            for (position, value) in ImportValues.multipleValues(text).enumerated() {
                // More values than labels: the others share the first label, not its "*".
                let label = position < labels.count ? labels[position] : (label: labels.first?.label ?? "", isPrimary: false)
                cells.append(LabeledCell(value: value, label: label.label, isPrimary: label.isPrimary))
            }
        }
        return cells
    }

    var isBlank: Bool { fields.allSatisfy { ImportValues.trim($0).isEmpty } }
}
