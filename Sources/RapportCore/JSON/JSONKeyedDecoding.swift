import Foundation

/// Keyed container of `JSONValueDecoder`. Holds the object's dictionary and the path node;
/// every primitive decode is one dictionary lookup plus a switch, with no boxing.
struct KeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: JSONValueDecoderImplementation
    let object: JSONObject
    let pathNode: CodingPathNode

    var codingPath: [any CodingKey] { pathNode.path }
    var allKeys: [Key] { object.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool { object[key.stringValue] != nil }

    @inline(__always)
    private func value(for key: Key) throws -> JSONValue {
        guard let value = object[key.stringValue] else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(
                codingPath: pathNode.path, debugDescription: "No value for key \"\(key.stringValue)\""))
        }
        return value
    }

    /// nil when the key is missing or null: one lookup instead of contains + decodeNil + decode.
    @inline(__always)
    private func presentValue(for key: Key) -> JSONValue? {
        guard let value = object[key.stringValue], !value.isNull else { return nil }
        return value
    }

    func decodeNil(forKey key: Key) throws -> Bool { try value(for: key).isNull }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try DecodingFailure.bool(value(for: key), pathNode, key) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try DecodingFailure.string(value(for: key), pathNode, key) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try DecodingFailure.double(value(for: key), pathNode, key) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try DecodingFailure.float(value(for: key), pathNode, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try DecodingFailure.integer(value(for: key), Int.self, pathNode, key) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try DecodingFailure.integer(value(for: key), Int8.self, pathNode, key) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try DecodingFailure.integer(value(for: key), Int16.self, pathNode, key) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try DecodingFailure.integer(value(for: key), Int32.self, pathNode, key) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try DecodingFailure.integer(value(for: key), Int64.self, pathNode, key) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try DecodingFailure.integer(value(for: key), UInt.self, pathNode, key) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try DecodingFailure.integer(value(for: key), UInt8.self, pathNode, key) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try DecodingFailure.integer(value(for: key), UInt16.self, pathNode, key) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try DecodingFailure.integer(value(for: key), UInt32.self, pathNode, key) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try DecodingFailure.integer(value(for: key), UInt64.self, pathNode, key) }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder.unbox(value(for: key), as: T.self, at: pathNode.appending(key))
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        guard let value = presentValue(for: key) else { return nil }
        return try DecodingFailure.bool(value, pathNode, key)
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        guard let value = presentValue(for: key) else { return nil }
        return try DecodingFailure.string(value, pathNode, key)
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        guard let value = presentValue(for: key) else { return nil }
        return try DecodingFailure.double(value, pathNode, key)
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        guard let value = presentValue(for: key) else { return nil }
        return try DecodingFailure.float(value, pathNode, key)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try integerIfPresent(key) }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? { try integerIfPresent(key) }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? { try integerIfPresent(key) }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try integerIfPresent(key) }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try integerIfPresent(key) }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? { try integerIfPresent(key) }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? { try integerIfPresent(key) }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? { try integerIfPresent(key) }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? { try integerIfPresent(key) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try integerIfPresent(key) }

    @inline(__always)
    private func integerIfPresent<I: FixedWidthInteger>(_ key: Key) throws -> I? {
        guard let value = presentValue(for: key) else { return nil }
        return try DecodingFailure.integer(value, I.self, pathNode, key)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let value = presentValue(for: key) else { return nil }
        return try decoder.unbox(value, as: T.self, at: pathNode.appending(key))
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        let nested = try value(for: key)
        guard case .object(let object) = nested else {
            throw DecodingFailure.mismatch([String: Any].self, nested, pathNode, key)
        }
        return KeyedDecodingContainer(KeyedDecoding<NestedKey>(decoder: decoder, object: object, pathNode: pathNode.appending(key)))
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        let nested = try value(for: key)
        guard case .array(let elements) = nested else {
            throw DecodingFailure.mismatch([Any].self, nested, pathNode, key)
        }
        return UnkeyedDecoding(decoder: decoder, elements: elements, pathNode: pathNode.appending(key))
    }

    func superDecoder() throws -> any Decoder {
        superDecoder(named: JSONCodingKey.superKey, value: object[JSONCodingKey.superKey.stringValue] ?? .null)
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        superDecoder(named: key, value: object[key.stringValue] ?? .null)
    }

    private func superDecoder(named key: any CodingKey, value: JSONValue) -> any Decoder {
        let child = JSONValueDecoderImplementation(value: value, options: decoder.options)
        return SuperDecoder(decoder: child, pathNode: pathNode.appending(key))
    }
}
