import Foundation

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

/// A fresh decoder for `superDecoder()`, started at the given path.
private struct SuperDecoder: Decoder {
    let decoder: JSONValueDecoderImplementation
    let pathNode: CodingPathNode

    var codingPath: [any CodingKey] { pathNode.path }
    var userInfo: [CodingUserInfoKey: Any] { decoder.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = decoder.value else {
            throw DecodingFailure.mismatch([String: Any].self, decoder.value, pathNode, nil)
        }
        return KeyedDecodingContainer(KeyedDecoding<Key>(decoder: decoder, object: object, pathNode: pathNode))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = decoder.value else {
            throw DecodingFailure.mismatch([Any].self, decoder.value, pathNode, nil)
        }
        return UnkeyedDecoding(decoder: decoder, elements: elements, pathNode: pathNode)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SuperSingleValue(decoder: decoder, pathNode: pathNode)
    }
}

private struct SuperSingleValue: SingleValueDecodingContainer {
    let decoder: JSONValueDecoderImplementation
    let pathNode: CodingPathNode

    var codingPath: [any CodingKey] { pathNode.path }
    func decodeNil() -> Bool { decoder.value.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try DecodingFailure.bool(decoder.value, pathNode, nil) }
    func decode(_ type: String.Type) throws -> String { try DecodingFailure.string(decoder.value, pathNode, nil) }
    func decode(_ type: Double.Type) throws -> Double { try DecodingFailure.double(decoder.value, pathNode, nil) }
    func decode(_ type: Float.Type) throws -> Float { try DecodingFailure.float(decoder.value, pathNode, nil) }
    func decode<I: FixedWidthInteger & Decodable>(_ type: I.Type) throws -> I {
        try DecodingFailure.integer(decoder.value, I.self, pathNode, nil)
    }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.unbox(decoder.value, as: T.self, at: pathNode) }
}

struct UnkeyedDecoding: UnkeyedDecodingContainer {
    let decoder: JSONValueDecoderImplementation
    let elements: [JSONValue]
    let pathNode: CodingPathNode
    private(set) var currentIndex = 0

    init(decoder: JSONValueDecoderImplementation, elements: [JSONValue], pathNode: CodingPathNode) {
        self.decoder = decoder
        self.elements = elements
        self.pathNode = pathNode
    }

    var codingPath: [any CodingKey] { pathNode.path }
    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private var currentKey: JSONIndexKey { JSONIndexKey(currentIndex) }

    private func next(_ type: Any.Type) throws -> JSONValue {
        guard currentIndex < elements.count else {
            throw DecodingError.valueNotFound(type, DecodingError.Context(
                codingPath: pathNode.path(appending: currentKey),
                debugDescription: "The array has only \(elements.count) elements"))
        }
        return elements[currentIndex]
    }

    // Each decode reads the current element and advances only on success (as the protocol requires).

    mutating func decodeNil() throws -> Bool {
        guard try next(Never.self).isNull else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool {
        let result = try DecodingFailure.bool(next(type), pathNode, currentKey)
        currentIndex += 1
        return result
    }

    mutating func decode(_ type: String.Type) throws -> String {
        let result = try DecodingFailure.string(next(type), pathNode, currentKey)
        currentIndex += 1
        return result
    }

    mutating func decode(_ type: Double.Type) throws -> Double {
        let result = try DecodingFailure.double(next(type), pathNode, currentKey)
        currentIndex += 1
        return result
    }

    mutating func decode(_ type: Float.Type) throws -> Float {
        let result = try DecodingFailure.float(next(type), pathNode, currentKey)
        currentIndex += 1
        return result
    }

    mutating func decode(_ type: Int.Type) throws -> Int { try decodeInteger() }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try decodeInteger() }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try decodeInteger() }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try decodeInteger() }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try decodeInteger() }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try decodeInteger() }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeInteger() }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeInteger() }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeInteger() }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeInteger() }

    private mutating func decodeInteger<I: FixedWidthInteger>() throws -> I {
        let result = try DecodingFailure.integer(next(I.self), I.self, pathNode, currentKey)
        currentIndex += 1
        return result
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let result = try decoder.unbox(next(type), as: T.self, at: pathNode.appending(currentKey))
        currentIndex += 1
        return result
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let value = try next([String: Any].self)
        guard case .object(let object) = value else {
            throw DecodingFailure.mismatch([String: Any].self, value, pathNode, currentKey)
        }
        let container = KeyedDecoding<NestedKey>(decoder: decoder, object: object, pathNode: pathNode.appending(currentKey))
        currentIndex += 1
        return KeyedDecodingContainer(container)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let value = try next([Any].self)
        guard case .array(let elements) = value else {
            throw DecodingFailure.mismatch([Any].self, value, pathNode, currentKey)
        }
        let container = UnkeyedDecoding(decoder: decoder, elements: elements, pathNode: pathNode.appending(currentKey))
        currentIndex += 1
        return container
    }

    mutating func superDecoder() throws -> any Decoder {
        let value = try next(Any.self)
        let child = SuperDecoder(decoder: JSONValueDecoderImplementation(value: value, options: decoder.options),
                                 pathNode: pathNode.appending(currentKey))
        currentIndex += 1
        return child
    }
}
