/// How names sort everywhere (TUI lists, `rapport list`, exports sorted by name): as people read
/// them, not by code point. Accents and case are folded first, so "Léa" comes between "Laura"
/// and "Lucas" and "Céline" before "Chloé"; names that fold alike ("Lea", "Léa") keep a stable
/// order by their exact text. Foundation's locale-aware compare is not used: its collation data
/// may be missing on Linux, and the fold gives the same order for the Latin names a CRM holds.
public struct NameSortKey: Hashable, Comparable, Sendable {
    public let folded: String
    public let exact: String

    public init(_ name: String) {
        folded = TextFolding.fold(name)
        exact = name
    }

    public static func < (lhs: NameSortKey, rhs: NameSortKey) -> Bool {
        lhs.folded != rhs.folded ? lhs.folded < rhs.folded : lhs.exact < rhs.exact
    }
}

public enum NameOrder {
    /// True when `a` sorts before `b` as a name (equal names: false, so callers tie-break by id).
    public static func precedes(_ a: String, _ b: String) -> Bool { NameSortKey(a) < NameSortKey(b) }

    /// The same order as one string, for indexes that keep plain string keys: the folded name,
    /// a separator below every printable character, the exact name. Comparing two of these with
    /// `<` compares the folded names first and the exact names on a tie.
    public static func sortString(_ name: String) -> String { TextFolding.fold(name) + "\u{1}" + name }
}
