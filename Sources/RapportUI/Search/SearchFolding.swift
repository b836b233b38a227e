import RapportCore
import RapportCanvas

/// Folding for search: the one folding of the CRM (`TextFolding` in Core), so a name is found
/// by the same letters it is sorted by.
enum SearchFolding {
    /// Folds one character into zero or more scalars (lowercase, no accents).
    static func fold(_ character: Character) -> [Unicode.Scalar] { TextFolding.fold(character) }

    /// Number of entries, for a test that the two strings line up.
    static var tableCount: Int { TextFolding.tableCount }
}
