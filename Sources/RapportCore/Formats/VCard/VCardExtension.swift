/// An `X-` property a card carries out of the CRM: a custom field as `X-CODICE-FISCALE:RSSMRA…`.
public struct VCardExtension: Sendable, Hashable {
    /// The property name after "X-": letters, digits and dashes, upper case.
    public let name: String
    public let value: String

    /// "Codice fiscale" -> "CODICE-FISCALE": a property name keeps only letters, digits and dashes.
    public init(fieldName: String, value: String) {
        let folded = TextFolding.fold(fieldName).uppercased()
        let dashed = folded.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
        let name = dashed.split(separator: "-").joined(separator: "-")
        self.name = name.isEmpty ? "FIELD" : name
        self.value = value
    }
}
