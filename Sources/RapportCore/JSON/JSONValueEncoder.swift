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
        let encoder = JSONValueEncoderImplementation(options: options, pathNode: .root)
        return try encoder.box(value, at: .root).resolved()
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
/// stored it; `resolved()` turns the finished tree into a `JSONValue`. Members are appended to an
/// array (cheap) and hashed into a dictionary once, at its final size, when resolving.
final class EncodingObject {
    @exclusivity(unchecked) var members: [Member] = []

    struct Member {
        let key: String
        var node: EncodingNode
    }

    @inline(__always)
    func set(_ node: EncodingNode, forKey key: String) {
        members.append(Member(key: key, node: node))
    }

    /// The node stored under `key` (the last one if a model encoded a key twice).
    func node(forKey key: String) -> EncodingNode? {
        members.last { $0.key == key }?.node
    }
}

final class EncodingArray {
    @exclusivity(unchecked) var elements: [EncodingNode] = []
}

enum EncodingNode {
    case value(JSONValue)
    case object(EncodingObject)
    case array(EncodingArray)
    /// A `superEncoder`: whatever it ends up holding.
    case encoder(JSONValueEncoderImplementation)

    func resolved() -> JSONValue {
        switch self {
        case .value(let value):
            return value
        case .object(let object):
            var members = JSONObject(minimumCapacity: object.members.count)
            for member in object.members {
                members[member.key] = member.node.resolved()  // a key encoded twice: the last wins
            }
            return .object(members)
        case .array(let array):
            return .array(array.elements.map { $0.resolved() })
        case .encoder(let encoder):
            return encoder.result?.resolved() ?? .object([:])
        }
    }
}

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

struct KeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONValueEncoderImplementation
    let object: EncodingObject
    let pathNode: CodingPathNode

    var codingPath: [any CodingKey] { pathNode.path }

    @inline(__always)
    private func set(_ value: JSONValue, _ key: Key) { object.set(.value(value), forKey: key.stringValue) }

    mutating func encodeNil(forKey key: Key) { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(try encoder.boxDouble(value, at: pathNode.appending(key)), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(try encoder.boxFloat(value, at: pathNode.appending(key)), key) }
    mutating func encode(_ value: Int, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) { set(.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(try encoder.boxUnsigned(UInt64(value), at: pathNode.appending(key)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) { set(.integer(Int64(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(try encoder.boxUnsigned(value, at: pathNode.appending(key)), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.set(try encoder.box(value, at: pathNode.appending(key)), forKey: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested: EncodingObject
        if case .object(let existing)? = object.node(forKey: key.stringValue) {
            nested = existing
        } else {
            nested = EncodingObject()
            object.set(.object(nested), forKey: key.stringValue)
        }
        return KeyedEncodingContainer(KeyedEncoding<NestedKey>(encoder: encoder, object: nested, pathNode: pathNode.appending(key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested: EncodingArray
        if case .array(let existing)? = object.node(forKey: key.stringValue) {
            nested = existing
        } else {
            nested = EncodingArray()
            object.set(.array(nested), forKey: key.stringValue)
        }
        return UnkeyedEncoding(encoder: encoder, array: nested, pathNode: pathNode.appending(key))
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: JSONCodingKey.superKey) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key) }

    private func superEncoder(named key: any CodingKey) -> any Encoder {
        let child = JSONValueEncoderImplementation(options: encoder.options, pathNode: pathNode.appending(key))
        object.set(.encoder(child), forKey: key.stringValue)
        return child
    }
}

struct UnkeyedEncoding: UnkeyedEncodingContainer {
    let encoder: JSONValueEncoderImplementation
    let array: EncodingArray
    let pathNode: CodingPathNode

    var codingPath: [any CodingKey] { pathNode.path }
    var count: Int { array.elements.count }

    private var nextPath: CodingPathNode { pathNode.appending(JSONIndexKey(count)) }
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
        return KeyedEncodingContainer(KeyedEncoding<NestedKey>(encoder: encoder, object: nested, pathNode: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        let nested = EncodingArray()
        array.elements.append(.array(nested))
        return UnkeyedEncoding(encoder: encoder, array: nested, pathNode: path)
    }

    mutating func superEncoder() -> any Encoder {
        let child = JSONValueEncoderImplementation(options: encoder.options, pathNode: nextPath)
        array.elements.append(.encoder(child))
        return child
    }
}
