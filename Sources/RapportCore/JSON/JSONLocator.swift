/// Finds where in the original text a coding path points, to turn a `DecodingError` into
/// "contacts.json:120:15: expected a string for "contacts[3].email", found a number".
///
/// Slow path by design: it re-scans the bytes only after decoding failed, skipping values it does
/// not descend into without building them.
public enum JSONLocator {
    /// Line and column (1-based, column in Unicode scalars) where the value at `codingPath` starts.
    /// When the path leads to a key or index that is not there, the position of the deepest
    /// enclosing object/array that exists. Nil when the bytes do not start with a JSON value.
    public static func position(of codingPath: [any CodingKey], in bytes: [UInt8]) -> (line: Int, column: Int)? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let found = locate(codingPath, in: buffer) else { return nil }
            return JSONTextPosition.lineAndColumn(ofOffset: found.offset, in: buffer)
        }
    }

    /// One human line for a decoding (or syntax) error:
    /// - `12:5: expected a string for "contacts[3].email", found a number`
    /// - `7:3: missing field "contacts[0].name"`
    /// - `1:1: unexpected end of file ...` for a `JSONSyntaxError`
    /// With `fileName`, the line is prefixed with `fileName:` so editors and terminals can link it.
    public static func describe(_ error: any Error, in bytes: [UInt8], fileName: String? = nil) -> String {
        let prefix = fileName.map { $0 + ":" } ?? ""
        if let syntaxError = error as? JSONSyntaxError { return prefix + syntaxError.description }
        guard let decodingError = error as? DecodingError else { return prefix + String(describing: error) }
        return bytes.withUnsafeBufferPointer { buffer in
            prefix + describe(decodingError, in: buffer)
        }
    }

    private static func describe(_ error: DecodingError, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        func located(_ path: [any CodingKey]) -> (position: String, found: Located?) {
            guard let found = locate(path, in: bytes) else { return ("", nil) }
            let position = JSONTextPosition.lineAndColumn(ofOffset: found.offset, in: bytes)
            return ("\(position.line):\(position.column): ", found)
        }
        switch error {
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let (position, found) = located(context.codingPath)
            let what: String
            if let found, found.isComplete {
                what = kindOfValue(at: found.offset, in: bytes)
            } else if let last = context.codingPath.last, last.intValue != nil, found?.isComplete == false {
                what = "the end of the array"
            } else {
                what = "nothing"
            }
            return "\(position)expected \(JSONTypeNames.noun(for: type)) for \(quoted(context.codingPath)), found \(what)"
        case .keyNotFound(let key, let context):
            let (position, _) = located(context.codingPath)
            return "\(position)missing field \(quoted(context.codingPath + [key]))"
        case .dataCorrupted(let context):
            if let syntaxError = context.underlyingError as? JSONSyntaxError { return syntaxError.description }
            let (position, _) = located(context.codingPath)
            let subject = context.codingPath.isEmpty ? "" : " (at \(quoted(context.codingPath)))"
            return "\(position)\(context.debugDescription)\(subject)"
        @unknown default:
            return String(describing: error)
        }
    }

    /// `contacts[3].email`, in double quotes; `the top-level value` for an empty path.
    public static func pathDescription(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue, String(index) == key.stringValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    private static func quoted(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "the top-level value" : "\"" + pathDescription(codingPath) + "\""
    }

    private static func kindOfValue(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard offset < bytes.count else { return "nothing" }
        switch bytes[offset] {
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
        case UInt8(ascii: "n"): return "null"
        default: return "a number"
        }
    }

    struct Located {
        /// Where the deepest value reached starts.
        var offset: Int
        /// Whether that value is the one the whole path names.
        var isComplete: Bool
    }

    static func locate(_ codingPath: [any CodingKey], in bytes: UnsafeBufferPointer<UInt8>) -> Located? {
        var walker = JSONScanner(bytes: bytes)
        if JSONTextPosition.hasByteOrderMark(bytes) { walker.index = 3 }
        walker.skipWhitespace()
        guard walker.index < bytes.count else { return nil }
        var current = walker.index
        for key in codingPath {
            walker.index = current
            guard let child = walker.findChild(key) else { return Located(offset: current, isComplete: false) }
            current = child
        }
        return Located(offset: current, isComplete: true)
    }
}
