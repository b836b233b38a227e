import Foundation

/// Reads vCard 2.1, 3.0 and 4.0 files as real clients write them.
///
/// Never throws: what it cannot use is skipped and reported in `VCardParseResult.warnings`.
/// Data that is not valid UTF-8 is decoded as Windows-1252 (old Outlook and Nokia exports)
/// before parsing — for the whole file, so a file mixing UTF-8 and 8-bit Latin-1 lines reads
/// the UTF-8 ones as mojibake; quoted-printable values are decoded with their own CHARSET.
/// UTF-16 is read when the data starts with a byte order mark.
public enum VCardParser {
    public static func parse(_ text: String) -> [VCard] {
        parseWithWarnings(text).cards
    }

    public static func parse(_ data: Data) -> [VCard] {
        parseWithWarnings(data).cards
    }

    public static func parseWithWarnings(_ data: Data) -> VCardParseResult {
        var bytes = [UInt8](data)
        // Windows' own contact export can write UTF-16 with a byte order mark.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) { return parseWithWarnings(text) }
        }
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
        // A hostile file repeats the same junk line millions of times: its message is made once.
        var notAPropertyMessages: [String: String] = [:]
        func notAProperty(_ text: String) -> String {
            let shown = preview(text)
            if let known = notAPropertyMessages[shown] { return known }
            let message = Messages.importSkippedNotAProperty.text(["line": shown])
            if notAPropertyMessages.count < 1_000 { notAPropertyMessages[shown] = message }
            return message
        }

        for contentLine in VCardContentLines.split(text) {
            guard let property = VCardPropertyLine(contentLine) else {
                if openCard != nil || !contentLine.text.trimmingSpaces().isEmpty {
                    warnings.append(VCardWarning(line: contentLine.line, message: notAProperty(contentLine.text)))
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

    /// The start of a line for a message, visible and cut.
    private static func preview(_ text: String) -> String { MessageValue.cut(text, limit: 40) }
}
