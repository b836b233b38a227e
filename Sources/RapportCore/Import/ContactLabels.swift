/// The labels of emails and phones as a contact CSV writes them. Rapport stores the common
/// ones in lower case ("work", "mobile", as vCards name them); Google Contacts writes them
/// capitalized ("Work", "Mobile") and marks the preferred value with "* " before its label.
/// Other labels ("Ufficio", "Studio") are kept as written.
enum ContactLabels {
    /// Rapport's label → the one Google writes.
    static let standard: [String: String] = [
        "home": "Home", "work": "Work", "mobile": "Mobile", "other": "Other", "main": "Main", "pager": "Pager",
        "fax": "Fax", "work fax": "Work Fax", "home fax": "Home Fax",
    ]

    /// The label cell for a value: a standard label capitalized, "* " before the primary
    /// value's label (when it has one, so a blank label stays blank).
    static func exported(_ label: String, isPrimary: Bool) -> String {
        let trimmed = label.trimmingWhitespace()
        let written = standard[trimmed.lowercased()] ?? trimmed
        guard isPrimary, !written.isEmpty else { return written }
        return "* " + written
    }

    /// A label cell's label and whether it marks the primary value: "* Work" is ("work", true),
    /// "Studio" is ("Studio", false).
    static func imported(_ cell: String) -> (label: String, isPrimary: Bool) {
        var text = cell.trimmingWhitespace()
        var isPrimary = false
        if text.hasPrefix("*") {
            isPrimary = true
            text = String(text.dropFirst()).trimmingWhitespace()
        }
        let lowered = text.lowercased()
        return (standard[lowered] != nil ? lowered : text, isPrimary)
    }
}
