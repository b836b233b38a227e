import Foundation

/// Keyed and unkeyed containers of `JSONValueEncoder`: they fill the reference tree in
/// `JSONEncodingTree.swift`; primitives go straight in as `.value` nodes.
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
