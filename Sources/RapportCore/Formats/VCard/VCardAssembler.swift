/// Maps the property lines of one card onto `VCard`.
enum VCardAssembler {
    private static let binaryEncodings: Set<String> = ["BASE64", "B"]

    static func assemble(_ properties: [VCardPropertyLine], beginLine: Int) -> VCard {
        var card = VCard(version: "", line: beginLine)
        let labels = groupLabels(properties)

        for property in properties {
            let label = property.group.flatMap { labels[$0.lowercased()] }
            if isBinary(property) {
                card.skippedBinaryProperties.append(property.name)
                continue
            }
            let raw = VCardValueDecoding.decodeTransferEncoding(property.value, parameters: property.parameters)
            let text = VCardValueDecoding.unescapeText(raw)

            switch property.name {
            case "VERSION":
                card.version = text.trimmingSpaces()
            case "FN" where card.formattedName == nil:
                card.formattedName = nonEmpty(text.trimmingSpaces())
            case "N" where card.name == nil:
                let parts = VCardValueDecoding.structuredLists(raw, count: 5)
                card.name = VCardName(familyNames: parts[0], givenNames: parts[1], additionalNames: parts[2],
                                      honorificPrefixes: parts[3], honorificSuffixes: parts[4])
            case "NICKNAME":
                card.nicknames += VCardValueDecoding.list(raw)
            case "EMAIL":
                if let email = typedValue(property, value: text, label: label) { card.emails.append(email) }
            case "TEL":
                if let phone = typedValue(property, value: telephoneNumber(property, raw: raw, text: text), label: label) {
                    card.phones.append(phone)
                }
            case "URL":
                if let url = typedValue(property, value: text, label: label) { card.urls.append(url) }
            case "ADR":
                card.addresses.append(address(property, raw: raw, label: label))
            case "ORG" where card.organization == nil && card.organizationUnits.isEmpty:
                let parts = VCardValueDecoding.structuredComponents(raw)
                card.organization = parts.first.flatMap(nonEmpty)
                card.organizationUnits = parts.dropFirst().filter { !$0.isEmpty }
            case "TITLE" where card.title == nil:
                card.title = nonEmpty(text)
            case "ROLE" where card.role == nil:
                card.role = nonEmpty(text)
            case "NOTE":
                if let note = nonEmpty(text) {
                    card.note = card.note.map { $0 + "\n" + note } ?? note
                }
            case "BDAY" where card.birthday == nil:
                if nonEmpty(text) != nil { card.birthday = VCardDateParsing.parse(text) }
            case "CATEGORIES":
                card.categories += VCardValueDecoding.list(raw)
            case "UID" where card.uid == nil:
                card.uid = nonEmpty(text.trimmingSpaces())
            case "REV" where card.revision == nil:
                card.revision = nonEmpty(text.trimmingSpaces())
            case "X-ABLABEL" where property.group != nil:
                continue // consumed as the label of its group
            default:
                card.otherProperties.append(VCardProperty(
                    group: property.group, name: property.name, parameters: property.parameters,
                    rawValue: raw, value: text, label: label, line: property.line))
            }
        }
        return card
    }

    /// `item1.X-ABLabel:_$!<HomePage>!$_` → `["item1": "HomePage"]` (groups are case-insensitive).
    private static func groupLabels(_ properties: [VCardPropertyLine]) -> [String: String] {
        var labels: [String: String] = [:]
        for property in properties where property.name == "X-ABLABEL" {
            guard let group = property.group else { continue }
            var label = VCardValueDecoding.unescapeText(
                VCardValueDecoding.decodeTransferEncoding(property.value, parameters: property.parameters)
            ).trimmingSpaces()
            // Apple marks its built-in labels as _$!<Name>!$_.
            if label.hasPrefix("_$!<"), label.hasSuffix(">!$_"), label.count >= 8 {
                label = String(label.dropFirst(4).dropLast(4))
            }
            if !label.isEmpty { labels[group.lowercased()] = label }
        }
        return labels
    }

    private static func isBinary(_ property: VCardPropertyLine) -> Bool {
        property.parameters.contains { parameter in
            parameter.name == "ENCODING" && parameter.values.contains { binaryEncodings.contains($0.uppercased()) }
        }
    }

    /// TYPE values lower-cased, with `pref` turned into the flag; PREF=1 also means preferred.
    private static func typesAndPreference(_ property: VCardPropertyLine) -> (types: [String], isPreferred: Bool) {
        var types: [String] = []
        var isPreferred = false
        for parameter in property.parameters where parameter.name == "TYPE" {
            for value in parameter.values {
                let type = value.lowercased()
                if type == "pref" { isPreferred = true } else if !types.contains(type) { types.append(type) }
            }
        }
        if property.parameters.contains(where: { $0.name == "PREF" && $0.values.contains("1") }) {
            isPreferred = true
        }
        return (types, isPreferred)
    }

    private static func typedValue(_ property: VCardPropertyLine, value: String, label: String?) -> VCardTypedValue? {
        let trimmed = value.trimmingSpaces()
        guard !trimmed.isEmpty else { return nil }
        let (types, isPreferred) = typesAndPreference(property)
        return VCardTypedValue(value: trimmed, types: types, label: label, isPreferred: isPreferred)
    }

    /// vCard 4.0 writes `TEL;VALUE=uri:tel:+1-418-656-9254;ext=102`; the number is what
    /// follows `tel:`. A URI is not text, so its `;` is not an escape-worthy separator.
    private static func telephoneNumber(_ property: VCardPropertyLine, raw: String, text: String) -> String {
        let isURI = property.parameters.contains { $0.name == "VALUE" && $0.values.contains { $0.lowercased() == "uri" } }
        let candidate = isURI ? raw.trimmingSpaces() : text
        if candidate.lowercased().hasPrefix("tel:") { return String(candidate.dropFirst(4)) }
        return candidate
    }

    private static func address(_ property: VCardPropertyLine, raw: String, label: String?) -> VCardAddress {
        let parts = VCardValueDecoding.structuredLists(raw, count: 7)
        let (types, isPreferred) = typesAndPreference(property)
        return VCardAddress(postOfficeBox: parts[0], extendedAddress: parts[1], streetAddress: parts[2],
                            locality: parts[3], region: parts[4], postalCode: parts[5], country: parts[6],
                            types: types, label: label, isPreferred: isPreferred)
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
