/// A content line split into group, name, parameters and the still-encoded value.
struct VCardPropertyLine: Hashable {
    var group: String?
    var name: String
    var parameters: [VCardParameter]
    var value: String
    var line: Int

    /// nil when the line has no colon (not a property at all).
    init?(_ contentLine: VCardContentLine) {
        let scalars = contentLine.text.unicodeScalars
        // Name, then `;param` pieces, up to the first colon outside double quotes. Scalars,
        // not Characters: a combining mark right after `:` must not hide the colon.
        var pieces: [String] = []
        var piece = String.UnicodeScalarView()
        var insideQuotes = false
        var valueStart: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\"" {
                insideQuotes.toggle()
                piece.append(scalar)
            } else if !insideQuotes, scalar == ";" {
                pieces.append(String(piece))
                piece = String.UnicodeScalarView()
            } else if !insideQuotes, scalar == ":" {
                pieces.append(String(piece))
                valueStart = scalars.index(after: index)
                break
            } else {
                piece.append(scalar)
            }
            index = scalars.index(after: index)
        }
        guard let valueStart, let qualifiedName = pieces.first else { return nil }

        let trimmedName = qualifiedName.trimmingSpaces()
        if let dot = trimmedName.unicodeScalars.firstIndex(of: ".") {
            group = String(trimmedName.unicodeScalars[..<dot])
            name = String(trimmedName.unicodeScalars[trimmedName.unicodeScalars.index(after: dot)...]).uppercased()
        } else {
            group = nil
            name = trimmedName.uppercased()
        }
        guard !name.isEmpty else { return nil }
        parameters = pieces.dropFirst().compactMap(Self.parameter)
        value = String(scalars[valueStart...])
        line = contentLine.line
    }

    /// `TYPE=work,voice`, `TYPE="work,voice"`, or a 2.1 bare `WORK`.
    private static func parameter(_ piece: String) -> VCardParameter? {
        let trimmed = piece.trimmingSpaces()
        guard !trimmed.isEmpty else { return nil }
        guard let equals = trimmed.unicodeScalars.firstIndex(of: "=") else {
            let bare = trimmed.uppercased()
            let encodings: Set<String> = ["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]
            return VCardParameter(name: encodings.contains(bare) ? "ENCODING" : "TYPE", values: [trimmed])
        }
        let name = String(trimmed.unicodeScalars[..<equals]).trimmingSpaces().uppercased()
        let rawValues = trimmed.unicodeScalars[trimmed.unicodeScalars.index(after: equals)...]
        // Commas separate values; a quoted value is one value, except for TYPE, whose quoted
        // form `TYPE="work,voice"` (RFC 6350's own example) is still a list.
        var values: [String] = []
        var current = String.UnicodeScalarView()
        var insideQuotes = false
        for scalar in rawValues {
            if scalar == "\"" {
                insideQuotes.toggle()
            } else if scalar == ",", !insideQuotes || name == "TYPE" {
                values.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        values.append(String(current))
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
