/// Unkeyed container of `JSONValueDecoder`, over the array's elements.
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
