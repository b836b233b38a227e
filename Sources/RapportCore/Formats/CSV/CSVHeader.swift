import Foundation

/// Matching of header cells written by different programs ("First Name", "first_name",
/// "FirstName", "Prénom") against the aliases an importer knows.
public struct CSVHeader: Sendable, Hashable {
    /// The header cells as written.
    public let names: [String]
    /// The header cells after `normalize`, same order.
    public let normalizedNames: [String]

    public init(_ names: [String]) {
        self.names = names
        self.normalizedNames = names.map(Self.normalize)
    }

    /// Folds case and accents and drops everything but letters and digits:
    /// `"First Name"`, `"first_name"` and `"FIRST-NAME"` all become `"firstname"`;
    /// `"Prénom"` becomes `"prenom"`; `"E-mail 2"` becomes `"email2"`.
    public static func normalize(_ name: String) -> String {
        // Empty cells are common (a trailing delimiter, a hostile header of millions of them)
        // and even folding nothing has a cost.
        if name.isEmpty { return "" }
        let folded = TextFolding.fold(name, keepingCase: false, widths: true)
        var result = String.UnicodeScalarView()
        for scalar in folded.lowercased().unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            result.append(scalar)
        }
        return String(result)
    }

    /// Index of the first column whose normalized name equals the normalized form of any alias,
    /// trying aliases in order (so the importer lists its preferred spelling first).
    public func index(ofAnyOf aliases: [String]) -> Int? {
        for alias in aliases {
            let wanted = Self.normalize(alias)
            if let index = normalizedNames.firstIndex(of: wanted) { return index }
        }
        return nil
    }
}
