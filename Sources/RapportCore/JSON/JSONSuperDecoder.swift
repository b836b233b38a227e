/// A fresh decoder for `superDecoder()`, started at the given path.
struct SuperDecoder: Decoder {
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

struct SuperSingleValue: SingleValueDecodingContainer {
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
