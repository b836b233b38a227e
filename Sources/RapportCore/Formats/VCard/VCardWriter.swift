import Foundation

/// Writes vCard 4.0 (default) or 3.0 with CRLF line ends and lines folded at 75 octets.
///
/// Written: FN, N, NICKNAME, EMAIL, TEL, ADR, URL, ORG, TITLE, ROLE, NOTE, BDAY, CATEGORIES,
/// UID and the `extensions` (X- properties). `otherProperties`, `revision` and skipped binaries are not written: they describe the
/// file the card came from, not the CRM's data. Labels are written the way Apple and Google
/// write them (`itemN.X-ABLabel`), which both versions' readers understand or ignore.
public struct VCardWriter: Sendable {
    public enum Version: String, Sendable, Hashable {
        case v3 = "3.0"
        case v4 = "4.0"
    }

    public var version: Version

    public init(version: Version = .v4) {
        self.version = version
    }

    public func string(from cards: [VCard]) -> String {
        cards.map(string(from:)).joined()
    }

    public func data(from cards: [VCard]) -> Data {
        Data(string(from: cards).utf8)
    }

    public func string(from card: VCard) -> String {
        var lines: [String] = ["BEGIN:VCARD", "VERSION:\(version.rawValue)"]
        var groupCounter = 0

        // FN is required by both versions; fall back to what identifies the contact best.
        lines.append("FN:" + VCardTextEscaping.escapeText(formattedName(card)))
        // N is required in 3.0, optional in 4.0.
        if let name = card.name, !name.isEmpty || version == .v3 {
            lines.append("N:" + VCardTextEscaping.structured([name.familyNames, name.givenNames, name.additionalNames,
                                                              name.honorificPrefixes, name.honorificSuffixes]))
        } else if version == .v3 {
            lines.append("N:;;;;")
        }
        if !card.nicknames.isEmpty {
            lines.append("NICKNAME:" + card.nicknames.map(VCardTextEscaping.escapeText).joined(separator: ","))
        }

        func appendTyped(_ propertyName: String, types: [String], isPreferred: Bool, label: String?, value: String) {
            var prefix = ""
            if let label, !label.isEmpty {
                groupCounter += 1
                prefix = "item\(groupCounter)."
            }
            lines.append(prefix + propertyName + parameters(types: types, isPreferred: isPreferred) + ":" + value)
            if let label, !label.isEmpty {
                lines.append(prefix + "X-ABLabel:" + VCardTextEscaping.escapeText(label))
            }
        }

        for email in card.emails {
            appendTyped("EMAIL", types: email.types, isPreferred: email.isPreferred, label: email.label,
                        value: VCardTextEscaping.escapeText(email.value))
        }
        for phone in card.phones {
            appendTyped("TEL", types: phone.types, isPreferred: phone.isPreferred, label: phone.label,
                        value: VCardTextEscaping.escapeText(phone.value))
        }
        for address in card.addresses {
            appendTyped("ADR", types: address.types, isPreferred: address.isPreferred, label: address.label,
                        value: VCardTextEscaping.structured(address.components))
        }
        for url in card.urls {
            // A URI is not text: only line breaks would break the line structure.
            appendTyped("URL", types: url.types, isPreferred: url.isPreferred, label: url.label,
                        value: url.value.replacingOccurrences(of: "\n", with: ""))
        }
        if card.organization != nil || !card.organizationUnits.isEmpty {
            let components = [card.organization ?? ""] + card.organizationUnits
            lines.append("ORG:" + components.map(VCardTextEscaping.escapeText).joined(separator: ";"))
        }
        if let title = card.title { lines.append("TITLE:" + VCardTextEscaping.escapeText(title)) }
        if let role = card.role { lines.append("ROLE:" + VCardTextEscaping.escapeText(role)) }
        if let note = card.note { lines.append("NOTE:" + VCardTextEscaping.escapeText(note)) }
        if let birthday = card.birthday { lines.append(birthdayLine(birthday)) }
        if !card.categories.isEmpty {
            lines.append("CATEGORIES:" + card.categories.map(VCardTextEscaping.escapeText).joined(separator: ","))
        }
        if let uid = card.uid { lines.append("UID:" + VCardTextEscaping.escapeText(uid)) }
        for property in card.extensions { lines.append("X-" + property.name + ":" + VCardTextEscaping.escapeText(property.value)) }
        lines.append("END:VCARD")
        return lines.map(ContentLineFolding.fold).joined()
    }

    private func formattedName(_ card: VCard) -> String {
        if let formattedName = card.formattedName, !formattedName.isEmpty { return formattedName }
        if let name = card.name {
            let parts = name.honorificPrefixes + name.givenNames + name.additionalNames + name.familyNames + name.honorificSuffixes
            if !parts.isEmpty { return parts.joined(separator: " ") }
        }
        return card.organization ?? card.emails.first?.value ?? ""
    }

    /// 4.0: `TYPE=work,voice;PREF=1`. 3.0: `TYPE=work,voice,pref`.
    private func parameters(types: [String], isPreferred: Bool) -> String {
        var typeValues = types.filter { !$0.isEmpty }.map(VCardTextEscaping.parameterValue)
        var output = ""
        if isPreferred, version == .v3 { typeValues.append("pref") }
        if !typeValues.isEmpty { output += ";TYPE=" + typeValues.joined(separator: ",") }
        if isPreferred, version == .v4 { output += ";PREF=1" }
        return output
    }

    /// A date with all parts is written in the basic ISO form both versions accept
    /// (`19800322`, or `--0322` without a year in 4.0); anything else as given, as text in 4.0.
    private func birthdayLine(_ date: VCardDate) -> String {
        if let month = date.month, let day = date.day {
            let monthDay = twoDigits(month) + twoDigits(day)
            if let year = date.year {
                let yearText = String(year)
                return "BDAY:" + String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + monthDay
            }
            if version == .v4 { return "BDAY:--" + monthDay }
        }
        if version == .v4 { return "BDAY;VALUE=text:" + VCardTextEscaping.escapeText(date.text) }
        return "BDAY:" + VCardTextEscaping.escapeText(date.text)
    }

    private func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
