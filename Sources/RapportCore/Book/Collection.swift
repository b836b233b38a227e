/// The files of a book: one JSON file per collection, each with its own schema version.
public enum BookCollection: String, CaseIterable, Sendable, Comparable {
    case settings, contacts, companies, opportunities, activities, purchases, surveys, campaigns, tickets, templates

    public var fileName: String { rawValue + ".json" }

    /// The version this program writes. A file with a higher version was written by a newer
    /// Rapport and is refused rather than misread.
    public var schemaVersion: Int { 1 }

    public static func < (lhs: BookCollection, rhs: BookCollection) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
