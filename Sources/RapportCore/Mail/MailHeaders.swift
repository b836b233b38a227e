/// A message's or a MIME part's header section (RFC 5322 §2.2): folded lines unfolded, names
/// compared case-insensitively, values kept raw (RFC 2047 words are decoded by whoever reads
/// a header that may hold them, since address headers must be split before decoding).
public struct MailHeaders: Sendable, Equatable {
    /// Lowercased names and unfolded values, in order.
    public private(set) var fields: [(name: String, value: String)] = []

    public init(fields: [(name: String, value: String)] = []) {
        self.fields = fields
    }

    public static func == (lhs: MailHeaders, rhs: MailHeaders) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    /// The first field of that name.
    public subscript(name: String) -> String? {
        let key = name.lowercased()
        return fields.first { $0.name == key }?.value
    }

    public func all(_ name: String) -> [String] {
        let key = name.lowercased()
        return fields.filter { $0.name == key }.map(\.value)
    }

    /// Splits raw bytes into the header section (parsed) and the body (a slice of the input).
    /// The header ends at the first empty line; a message with no empty line is all header.
    public static func split(_ bytes: ArraySlice<UInt8>) -> (headers: MailHeaders, body: ArraySlice<UInt8>) {
        var headers = MailHeaders()
        var index = bytes.startIndex
        let end = bytes.endIndex
        var name = ""
        var value: [UInt8] = []
        func finish() {
            if !name.isEmpty { headers.fields.append((name, Charsets.utf8OrWindows1252(value).trimmingWhitespace())) }
            name = ""
            value.removeAll(keepingCapacity: true)
        }
        while index < end {
            var lineEnd = index
            while lineEnd < end, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            let next = lineEnd < end ? lineEnd + 1 : end
            var contentEnd = lineEnd
            if contentEnd > index, bytes[contentEnd - 1] == UInt8(ascii: "\r") { contentEnd -= 1 }
            if contentEnd == index {
                // The empty line: the body starts after it.
                finish()
                return (headers, bytes[next..<end])
            }
            let first = bytes[index]
            if first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
                // A folded continuation: unfolding removes the line break only (§2.2.3).
                if !name.isEmpty { value.append(UInt8(ascii: " ")); value.append(contentsOf: bytes[index..<contentEnd].drop { $0 == 32 || $0 == 9 }) }
            } else if let colon = bytes[index..<contentEnd].firstIndex(of: UInt8(ascii: ":")) {
                finish()
                name = String(decoding: bytes[index..<colon], as: UTF8.self).trimmingWhitespace().lowercased()
                value.append(contentsOf: bytes[(colon + 1)..<contentEnd])
            } else if headers.fields.isEmpty && name.isEmpty {
                // Not a header at all (a body with no header section): all of it is the body.
                return (headers, bytes[index..<end])
            }
            index = next
        }
        finish()
        return (headers, bytes[end..<end])
    }
}

/// A structured header value with parameters (RFC 2045 §5.1): `text/plain; charset="utf-8"`.
public struct HeaderParameters: Sendable, Equatable {
    /// The part before the first ";", lowercased and trimmed.
    public var value: String
    /// Parameter names lowercased, values unquoted. RFC 2231 continuations (`name*0=`) are joined.
    public var parameters: [String: String]

    public init(_ text: String) {
        var pieces: [String] = []
        var current = ""
        var inQuotes = false, escaped = false
        for character in text {
            if escaped { current.append(character); escaped = false; continue }
            if character == "\\" && inQuotes { escaped = true; continue }
            if character == "\"" { inQuotes.toggle(); continue }
            if character == ";" && !inQuotes { pieces.append(current); current = ""; continue }
            current.append(character)
        }
        pieces.append(current)
        value = (pieces.first ?? "").trimmingWhitespace().lowercased()
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            var name = piece[..<equals].trimmingWhitespace().lowercased()
            var parameter = piece[piece.index(after: equals)...].trimmingWhitespace()
            // RFC 2231: `name*=charset'lang'percent-encoded`, `name*0=…`, `name*1*=…`.
            if name.hasSuffix("*") {
                name.removeLast()
                let parts = parameter.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                if parts.count == 3 { parameter = Self.percentDecoded(String(parts[2]), charset: String(parts[0])) } else { parameter = Self.percentDecoded(parameter, charset: nil) }
            }
            if let star = name.firstIndex(of: "*"), Int(name[name.index(after: star)...]) != nil {
                let base = String(name[..<star])
                parameters[base, default: ""] += parameter
            } else {
                parameters[name] = parameter
            }
        }
        self.parameters = parameters
    }

    static func percentDecoded(_ text: String, charset: String?) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2, let high = TransferDecoding.hexValue(utf8[utf8.startIndex]),
               let low = TransferDecoding.hexValue(utf8[utf8.startIndex + 1]) {
                bytes.append(high << 4 | low)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return Charsets.decode(bytes, charset: charset)
    }
}
