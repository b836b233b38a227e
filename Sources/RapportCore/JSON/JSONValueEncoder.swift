import Foundation

/// Encodes `Encodable` values to `JSONValue` (then `JSONWriter` turns that into bytes).
///
/// - Integers are stored exactly as `.integer`. `UInt`/`UInt64` above `Int64.max` throw:
///   they would silently lose digits as doubles.
/// - NaN and infinity throw `EncodingError.invalidValue` (JSON cannot hold them).
/// - `Float` goes through its shortest decimal form, so `Float(0.1)` is written as `0.1`.
/// - `nil` optionals are omitted (synthesized `encodeIfPresent`), keeping files small and diffs quiet.
/// - A value that encodes nothing becomes `{}`.
public struct JSONValueEncoder: Sendable {
    public enum DateEncodingStrategy: Sendable {
        /// `"2026-11-22T09:30:00Z"`, UTC, millisecond precision (see `JSONDateFormat`).
        case iso8601
        /// Seconds since 1970 as a number.
        case secondsSince1970
        /// Whatever `Date.encode(to:)` does (a Double of seconds since 2001).
        case deferredToDate
    }

    public enum DataEncodingStrategy: Sendable {
        case base64
        case deferredToData
    }

    public var dateEncodingStrategy: DateEncodingStrategy = .iso8601
    public var dataEncodingStrategy: DataEncodingStrategy = .base64
    public var userInfo: [CodingUserInfoKey: any Sendable] = [:]

    public init() {}

    public func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let encoder = JSONValueEncoderImplementation(options: options, codingPath: [])
        return try encoder.box(value, at: []).resolved()
    }

    /// Encodes and writes in one step: the bytes of a pretty-printed, deterministic file.
    public func encodeToBytes<T: Encodable>(_ value: T) throws -> [UInt8] {
        try JSONWriter.write(encode(value))
    }

    private var options: EncodingOptions {
        EncodingOptions(dates: dateEncodingStrategy, data: dataEncodingStrategy,
                        userInfo: userInfo.mapValues { $0 as Any })
    }
}

struct EncodingOptions {
    let dates: JSONValueEncoder.DateEncodingStrategy
    let data: JSONValueEncoder.DataEncodingStrategy
    let userInfo: [CodingUserInfoKey: Any]
}

/// Containers are references because a nested container keeps being filled after the parent
/// stored it; `resolved()` turns the finished tree into a `JSONValue`.
final class EncodingObject {
    var members: [String: EncodingNode] = [:]
}

final class EncodingArray {
    var elements: [EncodingNode] = []
}

enum EncodingNode {
    case value(JSONValue)
    case object(EncodingObject)
    case array(EncodingArray)
    /// A `superEncoder`: whatever it ends up holding.
    case encoder(JSONValueEncoderImplementation)

    func resolved() -> JSONValue {
        switch self {
        case .value(let value): return value
        case .object(let object): return .object(object.members.mapValues { $0.resolved() })
        case .array(let array): return .array(array.elements.map { $0.resolved() })
        case .encoder(let encoder): return encoder.result?.resolved() ?? .object([:])
        }
    }
}

final class JSONValueEncoderImplementation: Encoder {
    let options: EncodingOptions
    let codingPath: [any CodingKey]
    var result: EncodingNode?

    init(options: EncodingOptions, codingPath: [any CodingKey]) {
        self.options = options
        self.codingPath = codingPath
    }

    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: EncodingObject
        if case .object(let existing)? = result {
            object = existing
        } else {
            object = EncodingObject()
            result = .object(object)
        }
        return KeyedEncodingContainer(KeyedEncoding<Key>(encoder: self, object: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: EncodingArray
        if case .array(let existing)? = result {
            array = existing
        } else {
            array = EncodingArray()
            result = .array(array)
        }
        return UnkeyedEncoding(encoder: self, array: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    /// Encodes one value: primitives and Foundation types directly, everything else through its
    /// own `encode(to:)` on a child encoder.
    func box<T: Encodable>(_ value: T, at path: [any CodingKey]) throws -> EncodingNode {
        if let primitive = try boxPrimitive(value, at: path) { return .value(primitive) }
        if T.self == Date.self, let date = value as? Date {
            switch options.dates {
            case .iso8601:
                guard let text = JSONDateFormat.string(from: date) else {
                    throw EncodingError.invalidValue(date, EncodingError.Context(
                        codingPath: path, debugDescription: "Date \(date) is outside years 0000...9999"))
                }
                return .value(.string(text))
            case .secondsSince1970:
                return .value(try boxDouble(date.timeIntervalSince1970, at: path))
            case .deferredToDate:
                break
            }
        }
        if T.self == Data.self, let data = value as? Data, case .base64 = options.data {
            return .value(.string(data.base64EncodedString()))
        }
        if T.self == URL.self, let url = value as? URL {
            return .value(.string(url.absoluteString))
        }
        let child = JSONValueEncoderImplementation(options: options, codingPath: path)
        try value.encode(to: child)
        return child.result ?? .object(EncodingObject())
    }

    private func boxPrimitive<T: Encodable>(_ value: T, at path: [any CodingKey]) throws -> JSONValue? {
        switch value {
        case let string as String: return .string(string)
        case let integer as Int: return .integer(Int64(integer))
        case let integer as Int64: return .integer(integer)
        case let double as Double: return try boxDouble(double, at: path)
        case let flag as Bool: return .bool(flag)
        case let integer as Int32: return .integer(Int64(integer))
        case let integer as Int16: return .integer(Int64(integer))
        case let integer as Int8: return .integer(Int64(integer))
        case let integer as UInt: return try boxUnsigned(UInt64(integer), at: path)
        case let integer as UInt64: return try boxUnsigned(integer, at: path)
        case let integer as UInt32: return .integer(Int64(integer))
        case let integer as UInt16: return .integer(Int64(integer))
        case let integer as UInt8: return .integer(Int64(integer))
        case let float as Float: return try boxFloat(float, at: path)
        default: return nil
        }
    }

    func boxDouble(_ value: Double, at path: [any CodingKey]) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path, debugDescription: "\(value) cannot be written as JSON"))
        }
        return .double(value)
    }

    func boxFloat(_ value: Float, at path: [any CodingKey]) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path, debugDescription: "\(value) cannot be written as JSON"))
        }
        return .double(Double(value.description) ?? Double(value))
    }

    func boxUnsigned(_ value: UInt64, at path: [any CodingKey]) throws -> JSONValue {
        guard let exact = Int64(exactly: value) else {
            throw EncodingError.invalidValue(value, EncodingError.Context(
                codingPath: path, debugDescription: "\(value) exceeds Int64.max and would lose digits as a JSON double"))
        }
        return .integer(exact)
    }
}

extension JSONValueEncoderImplementation: SingleValueEncodingContainer {
    func encodeNil() { result = .value(.null) }
    func encode(_ value: Bool) { result = .value(.bool(value)) }
    func encode(_ value: String) { result = .value(.string(value)) }
    func encode(_ value: Double) throws { result = .value(try boxDouble(value, at: codingPath)) }
    func encode(_ value: Float) throws { result = .value(try boxFloat(value, at: codingPath)) }
    func encode(_ value: Int) { result = .value(.integer(Int64(value))) }
    func encode(_ value: Int8) { result = .value(.integer(Int64(value))) }
    func encode(_ value: Int16) { result = .value(.integer(Int64(value))) }
    func encode(_ value: Int32) { result = .value(.integer(Int64(value))) }
    func encode(_ value: Int64) { result = .value(.integer(value)) }
    func encode(_ value: UInt) throws { result = .value(try boxUnsigned(UInt64(value), at: codingPath)) }
    func encode(_ value: UInt8) { result = .value(.integer(Int64(value))) }
    func encode(_ value: UInt16) { result = .value(.integer(Int64(value))) }
    func encode(_ value: UInt32) { result = .value(.integer(Int64(value))) }
    func encode(_ value: UInt64) throws { result = .value(try boxUnsigned(value, at: codingPath)) }
    func encode<T: Encodable>(_ value: T) throws { result = try box(value, at: codingPath) }
}

struct KeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONValueEncoderImplementation
    let object: EncodingObject
    let codingPath: [any CodingKey]

    private func set(_ value: JSONValue, _ key: Key) { object.members[key.stringValue] = .value(value) }

    mutating func encodeNil(forKey key: Key) { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(try encoder.boxDouble(value, at: codingPath + [key]), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(try encoder.boxFloat(value, at: codingPath + [key]), key) }
    mutating func encode(_ value: Int, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { set(.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(try encoder.boxUnsigned(UInt64(value), at: codingPath + [key]), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(try encoder.boxUnsigned(value, at: codingPath + [key]), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.members[key.stringValue] = try encoder.box(value, at: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested: EncodingObject
        if case .object(let existing)? = object.members[key.stringValue] {
            nested = existing
        } else {
            nested = EncodingObject()
            object.members[key.stringValue] = .object(nested)
        }
        return KeyedEncodingContainer(KeyedEncoding<NestedKey>(encoder: encoder, object: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested: EncodingArray
        if case .array(let existing)? = object.members[key.stringValue] {
            nested = existing
        } else {
            nested = EncodingArray()
            object.members[key.stringValue] = .array(nested)
        }
        return UnkeyedEncoding(encoder: encoder, array: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: JSONCodingKey.superKey) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

    private func superEncoder(named key: any CodingKey) -> any Encoder {
        let child = JSONValueEncoderImplementation(options: encoder.options, codingPath: codingPath + [key])
        object.members[key.stringValue] = .encoder(child)
        return child
    }
}

struct UnkeyedEncoding: UnkeyedEncodingContainer {
    let encoder: JSONValueEncoderImplementation
    let array: EncodingArray
    let codingPath: [any CodingKey]

    var count: Int { array.elements.count }

    private var nextPath: [any CodingKey] { codingPath + [JSONIndexKey(count)] }
    private func append(_ value: JSONValue) { array.elements.append(.value(value)) }

    mutating func encodeNil() { append(.null) }
    mutating func encode(_ value: Bool) { append(.bool(value)) }
    mutating func encode(_ value: String) { append(.string(value)) }
    mutating func encode(_ value: Double) throws { append(try encoder.boxDouble(value, at: nextPath)) }
    mutating func encode(_ value: Float) throws { append(try encoder.boxFloat(value, at: nextPath)) }
    mutating func encode(_ value: Int) { append(.integer(Int64(value))) }
    mutating func encode(_ value: Int8) { append(.integer(Int64(value))) }
    mutating func encode(_ value: Int16) { append(.integer(Int64(value))) }
    mutating func encode(_ value: Int32) { append(.integer(Int64(value))) }
    mutating func encode(_ value: Int64) { append(.integer(value)) }
    mutating func encode(_ value: UInt) throws { append(try encoder.boxUnsigned(UInt64(value), at: nextPath)) }
    mutating func encode(_ value: UInt8) { append(.integer(Int64(value))) }
    mutating func encode(_ value: UInt16) { append(.integer(Int64(value))) }
    mutating func encode(_ value: UInt32) { append(.integer(Int64(value))) }
    mutating func encode(_ value: UInt64) throws { append(try encoder.boxUnsigned(value, at: nextPath)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        array.elements.append(try encoder.box(value, at: nextPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        let nested = EncodingObject()
        array.elements.append(.object(nested))
        return KeyedEncodingContainer(KeyedEncoding<NestedKey>(encoder: encoder, object: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        let nested = EncodingArray()
        array.elements.append(.array(nested))
        return UnkeyedEncoding(encoder: encoder, array: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONValueEncoderImplementation(options: encoder.options, codingPath: nextPath)
        array.elements.append(.encoder(child))
        return child
    }
}
