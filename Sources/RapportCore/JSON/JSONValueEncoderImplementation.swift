import Foundation

/// The `Encoder` behind `JSONValueEncoder`: one per value being encoded through its own
/// `encode(to:)`; primitives and Foundation types bypass it.
final class JSONValueEncoderImplementation: Encoder {
    let options: EncodingOptions
    let pathNode: CodingPathNode
    @exclusivity(unchecked) var result: EncodingNode?

    init(options: EncodingOptions, pathNode: CodingPathNode) {
        self.options = options
        self.pathNode = pathNode
    }

    var codingPath: [any CodingKey] { pathNode.path }
    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: EncodingObject
        if case .object(let existing)? = result {
            object = existing
        } else {
            object = EncodingObject()
            result = .object(object)
        }
        return KeyedEncodingContainer(KeyedEncoding<Key>(encoder: self, object: object, pathNode: pathNode))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: EncodingArray
        if case .array(let existing)? = result {
            array = existing
        } else {
            array = EncodingArray()
            result = .array(array)
        }
        return UnkeyedEncoding(encoder: self, array: array, pathNode: pathNode)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    /// Encodes one value: primitives and Foundation types directly (recognized by metatype
    /// identity, which is much cheaper than a chain of dynamic casts), everything else through
    /// its own `encode(to:)` on a child encoder.
    func box<T: Encodable>(_ value: T, at path: CodingPathNode) throws -> EncodingNode {
        let type = T.self
        if type == String.self || type == Int.self || type == Int64.self || type == Double.self || type == Bool.self
            || type == Date.self || type == Data.self || type == URL.self || type == Float.self
            || type == Int32.self || type == Int16.self || type == Int8.self
            || type == UInt.self || type == UInt64.self || type == UInt32.self || type == UInt16.self || type == UInt8.self,
            let special = try boxKnownType(value, at: path)
        {
            return .value(special)
        }
        let child = JSONValueEncoderImplementation(options: options, pathNode: path)
        try value.encode(to: child)
        return child.result ?? .object(EncodingObject())
    }

    /// nil: no special handling (a `.deferredTo...` strategy), use `encode(to:)`.
    @inline(never)
    private func boxKnownType(_ value: Any, at path: CodingPathNode) throws -> JSONValue? {
        switch value {
        case let string as String: return .string(string)
        case let integer as Int: return .integer(Int64(integer))
        case let integer as Int64: return .integer(integer)
        case let double as Double: return try boxDouble(double, at: path)
        case let flag as Bool: return .bool(flag)
        case let date as Date: return try boxDate(date, at: path)
        case let data as Data:
            guard case .base64 = options.data else { return nil }
            return .string(data.base64EncodedString())
        case let url as URL: return .string(url.absoluteString)
        case let float as Float: return try boxFloat(float, at: path)
        case let integer as Int32: return .integer(Int64(integer))
        case let integer as Int16: return .integer(Int64(integer))
        case let integer as Int8: return .integer(Int64(integer))
        case let integer as UInt: return try boxUnsigned(UInt64(integer), at: path)
        case let integer as UInt64: return try boxUnsigned(integer, at: path)
        case let integer as UInt32: return .integer(Int64(integer))
        case let integer as UInt16: return .integer(Int64(integer))
        case let integer as UInt8: return .integer(Int64(integer))
        default: return nil
        }
    }

    private func boxDate(_ date: Date, at path: CodingPathNode) throws -> JSONValue? {
        switch options.dates {
        case .iso8601:
            guard let text = JSONDateFormat.string(from: date) else {
                throw EncodingError.invalidValue(date, EncodingError.Context(
                    codingPath: path.path, debugDescription: "Date \(date) is outside years 0000...9999"))
            }
            return .string(text)
        case .secondsSince1970:
            return try boxDouble(date.timeIntervalSince1970, at: path)
        case .deferredToDate:
            return nil
        }
    }

    func boxDouble(_ value: Double, at path: CodingPathNode) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path.path, debugDescription: "\(value) cannot be written as JSON"))
        }
        return .double(value)
    }

    func boxFloat(_ value: Float, at path: CodingPathNode) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path.path, debugDescription: "\(value) cannot be written as JSON"))
        }
        return .double(Double(value.description) ?? Double(value))
    }

    func boxUnsigned(_ value: UInt64, at path: CodingPathNode) throws -> JSONValue {
        guard let exact = Int64(exactly: value) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path.path, debugDescription: "\(value) exceeds Int64.max and would lose digits as a JSON double"))
        }
        return .integer(exact)
    }
}

extension JSONValueEncoderImplementation: SingleValueEncodingContainer {
    func encodeNil() { result = .value(.null) }
    func encode(_ value: Bool) { result = .value(.bool(value)) }
    func encode(_ value: String) { result = .value(.string(value)) }
    func encode(_ value: Double) throws { result = .value(try boxDouble(value, at: pathNode)) }
    func encode(_ value: Float) throws { result = .value(try boxFloat(value, at: pathNode)) }
    func encode(_ value: Int) { result = .value(.integer(Int64(value))) }
    func encode(_ value: Int8) { result = .value(.integer(Int64(value))) }
    func encode(_ value: Int16) { result = .value(.integer(Int64(value))) }
    func encode(_ value: Int32) { result = .value(.integer(Int64(value))) }
    func encode(_ value: Int64) { result = .value(.integer(value)) }
    func encode(_ value: UInt) throws { result = .value(try boxUnsigned(UInt64(value), at: pathNode)) }
    func encode(_ value: UInt8) { result = .value(.integer(Int64(value))) }
    func encode(_ value: UInt16) { result = .value(.integer(Int64(value))) }
    func encode(_ value: UInt32) { result = .value(.integer(Int64(value))) }
    func encode(_ value: UInt64) throws { result = .value(try boxUnsigned(value, at: pathNode)) }
    func encode<T: Encodable>(_ value: T) throws { result = try box(value, at: pathNode) }
}
