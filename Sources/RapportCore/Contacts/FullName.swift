/// A whole name given in one piece ("Grace Hopper", "Hopper, Grace") split into first and last
/// name the way the importers split a "name" column, so `rapport add contact --name` and an
/// imported file agree on who is who.
public enum FullName {
    public static func split(_ text: String) -> (first: String, last: String) {
        ImportValues.splitFullName(text.trimmingWhitespace())
    }
}
