import Foundation

/// Converting JSON scalars to Swift primitives, and the `DecodingError`s when that fails.
/// The path is passed as node + optional last key so the array is only built on failure.
enum DecodingFailure {
    @inline(__always)
    static func bool(_ value: JSONValue, _ node: CodingPathNode, _ key: (any CodingKey)?) throws -> Bool {
        if case .bool(let flag) = value { return flag }
        throw mismatch(Bool.self, value, node, key)
    }

    @inline(__always)
    static func string(_ value: JSONValue, _ node: CodingPathNode, _ key: (any CodingKey)?, expected: Any.Type = String.self) throws -> String {
        if case .string(let text) = value { return text }
        throw mismatch(expected, value, node, key)
    }

    @inline(__always)
    static func double(_ value: JSONValue, _ node: CodingPathNode, _ key: (any CodingKey)?) throws -> Double {
        switch value {
        case .double(let number): return number
        case .integer(let number): return Double(number)
        default: throw mismatch(Double.self, value, node, key)
        }
    }

    static func float(_ value: JSONValue, _ node: CodingPathNode, _ key: (any CodingKey)?) throws -> Float {
        let number: Double
        switch value {
        case .double(let double): number = double
        case .integer(let integer): number = Double(integer)
        default: throw mismatch(Float.self, value, node, key)
        }
        guard abs(number) <= Double(Float.greatestFiniteMagnitude) else {
            throw corrupted("Number \(number) does not fit in Float", node, key)
        }
        return Float(number)
    }

    @inline(__always)
    static func integer<I: FixedWidthInteger>(_ value: JSONValue, _ type: I.Type, _ node: CodingPathNode, _ key: (any CodingKey)?) throws -> I {
        switch value {
        case .integer(let number):
            if let exact = I(exactly: number) { return exact }
            throw corrupted("Number \(number) does not fit in \(I.self)", node, key)
        case .double(let number):
            if let exact = I(exactly: number) { return exact }
            throw corrupted("Number \(number) is not an integer that fits in \(I.self)", node, key)
        default:
            throw mismatch(I.self, value, node, key)
        }
    }

    @inline(never)
    static func mismatch(_ type: Any.Type, _ value: JSONValue, _ node: CodingPathNode, _ key: (any CodingKey)?) -> DecodingError {
        let context = DecodingError.Context(
            codingPath: node.path(appending: key),
            debugDescription: "Expected \(JSONTypeNames.noun(for: type)) but found \(value.kindDescription)")
        if value.isNull { return DecodingError.valueNotFound(type, context) }
        return DecodingError.typeMismatch(type, context)
    }

    @inline(never)
    static func corrupted(_ description: String, _ node: CodingPathNode, _ key: (any CodingKey)?) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: node.path(appending: key), debugDescription: description))
    }
}

enum JSONTypeNames {
    /// "a string", "an integer", ... for a Swift type; the type name for model types.
    static func noun(for type: Any.Type) -> String {
        switch type {
        case is String.Type, is Character.Type: return "a string"
        case is Bool.Type: return "a boolean"
        case is Double.Type, is Float.Type: return "a number"
        case is Int.Type, is Int8.Type, is Int16.Type, is Int32.Type, is Int64.Type,
             is UInt.Type, is UInt8.Type, is UInt16.Type, is UInt32.Type, is UInt64.Type:
            return "an integer"
        case is [String: Any].Type: return "an object"
        case is [Any].Type: return "an array"
        case is Date.Type: return "a date (ISO-8601 string)"
        case is Data.Type: return "base64 data (a string)"
        default: return "a value of type \(type)"
        }
    }
}
