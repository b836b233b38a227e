import Foundation

/// Reads vCard 2.1, 3.0 and 4.0 files as real clients write them.
///
/// Never throws: what it cannot use is skipped and reported in `VCardParseResult.warnings`.
/// Data that is not valid UTF-8 is decoded as Windows-1252 (old Outlook and Nokia exports)
/// before parsing; quoted-printable values are then decoded with their own CHARSET.
public enum VCardParser {
    public static func parse(_ text: String) -> [VCard] {
        parseWithWarnings(text).cards
    }

    public static func parse(_ data: Data) -> [VCard] {
        parseWithWarnings(data).cards
    }

    public static func parseWithWarnings(_ data: Data) -> VCardParseResult {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let text = String(validating: bytes, as: UTF8.self) ?? LegacyTextDecoding.decodeWindows1252(bytes)
        return parseWithWarnings(text)
    }

    public static func parseWithWarnings(_ text: String) -> VCardParseResult {
        var cards: [VCard] = []
        var warnings: [VCardWarning] = []
        var openCard: (line: Int, properties: [VCardPropertyLine])?
        // Depth of vCards nested inside the open one (2.1 AGENT), which are skipped whole.
        var nestedDepth = 0

        for contentLine in VCardContentLines.split(text) {
            guard let property = VCardPropertyLine(contentLine) else {
                if openCard != nil || !contentLine.text.trimmingSpaces().isEmpty {
                    warnings.append(VCardWarning(line: contentLine.line, message: "skipped a line that is not a property: \(preview(contentLine.text))"))
                }
                continue
            }
            let isBegin = property.name == "BEGIN" && property.value.trimmingSpaces().uppercased() == "VCARD"
            let isEnd = property.name == "END" && property.value.trimmingSpaces().uppercased() == "VCARD"

            if nestedDepth > 0 {
                if isBegin { nestedDepth += 1 }
                if isEnd { nestedDepth -= 1 }
                continue
            }
            if isBegin {
                if openCard != nil {
                    nestedDepth = 1
                    warnings.append(VCardWarning(line: property.line, message: "skipped a vCard nested inside another (AGENT)"))
                } else {
                    openCard = (property.line, [])
                }
                continue
            }
            guard let card = openCard else {
                warnings.append(VCardWarning(line: property.line, message: "skipped \(property.name) outside BEGIN:VCARD … END:VCARD"))
                continue
            }
            if isEnd {
                cards.append(VCardAssembler.assemble(card.properties, beginLine: card.line))
                openCard = nil
                continue
            }
            // 2.1 also allows `AGENT:BEGIN:VCARD` with the agent's lines following.
            if property.name == "AGENT", property.value.uppercased().hasPrefix("BEGIN:VCARD"),
               !property.value.uppercased().contains("END:VCARD") {
                nestedDepth = 1
                warnings.append(VCardWarning(line: property.line, message: "skipped a vCard nested inside another (AGENT)"))
                continue
            }
            openCard?.properties.append(property)
        }
        if let card = openCard {
            warnings.append(VCardWarning(line: card.line, message: "vCard has no END:VCARD; read up to the end of the file"))
            cards.append(VCardAssembler.assemble(card.properties, beginLine: card.line))
        }
        return VCardParseResult(cards: cards, warnings: warnings)
    }

    private static func preview(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
