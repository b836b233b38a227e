/// A content line split into group, name, parameters and the still-encoded value.
struct VCardPropertyLine: Hashable {
    var group: String?
    var name: String
    var parameters: [VCardParameter]
    var value: String
    var line: Int

    /// nil when the line has no colon (not a property at all).
    init?(_ contentLine: VCardContentLine) {
        let text = contentLine.text
        // Name, then `;param` pieces, up to the first colon outside double quotes.
        var pieces: [String] = []
        var piece = ""
        var insideQuotes = false
        var valueStart: String.Index?
        var index = text.startIndex
        while index != text.endIndex {
            let character = text[index]
            if character == "\"" {
                insideQuotes.toggle()
                piece.append(character)
            } else if !insideQuotes, character == ";" {
                pieces.append(piece)
                piece = ""
            } else if !insideQuotes, character == ":" {
                pieces.append(piece)
                valueStart = text.index(after: index)
                break
            } else {
                piece.append(character)
            }
            index = text.index(after: index)
        }
        guard let valueStart, let qualifiedName = pieces.first else { return nil }

        let trimmedName = qualifiedName.trimmingSpaces()
        if let dot = trimmedName.firstIndex(of: ".") {
            group = String(trimmedName[..<dot])
            name = trimmedName[trimmedName.index(after: dot)...].uppercased()
        } else {
            group = nil
            name = trimmedName.uppercased()
        }
        guard !name.isEmpty else { return nil }
        parameters = pieces.dropFirst().compactMap(Self.parameter)
        value = String(text[valueStart...])
        line = contentLine.line
    }

    /// `TYPE=work,voice`, `TYPE="work,voice"`, or a 2.1 bare `WORK`.
    private static func parameter(_ piece: String) -> VCardParameter? {
        let trimmed = piece.trimmingSpaces()
        guard !trimmed.isEmpty else { return nil }
        guard let equals = trimmed.firstIndex(of: "=") else {
            let bare = trimmed.uppercased()
            let encodings: Set<String> = ["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]
            return VCardParameter(name: encodings.contains(bare) ? "ENCODING" : "TYPE", values: [trimmed])
        }
        let name = trimmed[..<equals].trimmingSpaces().uppercased()
        let rawValues = trimmed[trimmed.index(after: equals)...]
        // Commas separate values; a quoted value is one value, except for TYPE, whose quoted
        // form `TYPE="work,voice"` (RFC 6350's own example) is still a list.
        var values: [String] = []
        var current = ""
        var insideQuotes = false
        for character in rawValues {
            if character == "\"" {
                insideQuotes.toggle()
            } else if character == ",", !insideQuotes || name == "TYPE" {
                values.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        values.append(current)
        return VCardParameter(name: name, values: values.map { $0.trimmingSpaces() }.filter { !$0.isEmpty })
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}
