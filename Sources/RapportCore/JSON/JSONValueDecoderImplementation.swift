import Foundation

/// The `Decoder` behind `JSONValueDecoder`. One instance serves the whole tree: nested values
/// swap `value`/`pathNode` in and out around `init(from:)` instead of allocating a decoder each.
final class JSONValueDecoderImplementation: Decoder {
    /// The value and path of the `init(from:)` currently running on this decoder.
    @exclusivity(unchecked) private(set) var value: JSONValue
    @exclusivity(unchecked) private(set) var pathNode: CodingPathNode = .root
    let options: DecodingOptions

    init(value: JSONValue, options: DecodingOptions) {
        self.value = value
        self.options = options
    }

    var codingPath: [any CodingKey] { pathNode.path }
    var userInfo: [CodingUserInfoKey: Any] { options.userInfo }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let object) = value else {
            throw DecodingFailure.mismatch([String: Any].self, value, pathNode, nil)
        }
        return KeyedDecodingContainer(KeyedDecoding<Key>(decoder: self, object: object, pathNode: pathNode))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else {
            throw DecodingFailure.mismatch([Any].self, value, pathNode, nil)
        }
        return UnkeyedDecoding(decoder: self, elements: elements, pathNode: pathNode)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    /// Decodes a nested value: Foundation types by strategy, everything else by running its
    /// `init(from:)` on this same decoder with `value`/`pathNode` swapped in.
    func unbox<T: Decodable>(_ value: JSONValue, as type: T.Type, at node: CodingPathNode) throws -> T {
        // Foundation types are checked by metatype identity (cheap). The helper returns `Any?`,
        // not `T?`: a generic `Optional<T>` here would cost a runtime metadata lookup on every call.
        if T.self == Date.self || T.self == Data.self || T.self == URL.self,
           let special = try unboxFoundationType(value, as: T.self, at: node)
        {
            return special as! T  // cannot fail: the helper built a value of exactly type T
        }
        // Arrays of strings (tags, emails, ...) are common in models; decoding them directly
        // skips the generic `Array.init(from:)` machinery (existential container, metadata, regrowth).
        if T.self == [String].self {
            return unsafeBitCast(try unboxStringArray(value, at: node), to: T.self)
        }
        let savedValue = self.value
        let savedNode = pathNode
        self.value = value
        pathNode = node
        defer {
            self.value = savedValue
            pathNode = savedNode
        }
        return try T(from: self)
    }

    private func unboxStringArray(_ value: JSONValue, at node: CodingPathNode) throws -> [String] {
        guard case .array(let elements) = value else { throw DecodingFailure.mismatch([Any].self, value, node, nil) }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            strings.append(try DecodingFailure.string(element, node, JSONIndexKey(index)))
        }
        return strings
    }

    /// nil means "no special handling" (a `.deferredTo...` strategy): use `init(from:)`.
    @inline(never)
    private func unboxFoundationType(_ value: JSONValue, as type: Any.Type, at node: CodingPathNode) throws -> Any? {
        if type == Date.self {
            return try unboxDate(value, at: node)
        }
        if type == Data.self {
            guard case .base64 = options.data else { return nil }
            guard case .string(let text) = value else { throw DecodingFailure.mismatch(Data.self, value, node, nil) }
            guard let data = Data(base64Encoded: text) else {
                throw DecodingFailure.corrupted("Expected base64-encoded data", node, nil)
            }
            return data
        }
        if type == URL.self {
            let text = try DecodingFailure.string(value, node, nil)
            guard let url = URL(string: text) else { throw DecodingFailure.corrupted("Invalid URL string \"\(text)\"", node, nil) }
            return url
        }
        return nil
    }

    /// Returns nil for `.deferredToDate` so the caller falls through to `Date.init(from:)`.
    private func unboxDate(_ value: JSONValue, at node: CodingPathNode) throws -> Date? {
        switch options.dates {
        case .iso8601:
            let text = try DecodingFailure.string(value, node, nil, expected: Date.self)
            guard let date = JSONDateFormat.date(from: text) else {
                throw DecodingFailure.corrupted(
                    "Expected an ISO-8601 date like \"2026-11-22T09:30:00Z\", found \"\(text)\"", node, nil)
            }
            return date
        case .secondsSince1970:
            return Date(timeIntervalSince1970: try DecodingFailure.double(value, node, nil))
        case .deferredToDate:
            return nil
        }
    }
}

extension JSONValueDecoderImplementation: SingleValueDecodingContainer {
    func decodeNil() -> Bool { value.isNull }
    func decode(_ type: Bool.Type) throws -> Bool { try DecodingFailure.bool(value, pathNode, nil) }
    func decode(_ type: String.Type) throws -> String { try DecodingFailure.string(value, pathNode, nil) }
    func decode(_ type: Double.Type) throws -> Double { try DecodingFailure.double(value, pathNode, nil) }
    func decode(_ type: Float.Type) throws -> Float { try DecodingFailure.float(value, pathNode, nil) }
    func decode(_ type: Int.Type) throws -> Int { try DecodingFailure.integer(value, Int.self, pathNode, nil) }
    func decode(_ type: Int8.Type) throws -> Int8 { try DecodingFailure.integer(value, Int8.self, pathNode, nil) }
    func decode(_ type: Int16.Type) throws -> Int16 { try DecodingFailure.integer(value, Int16.self, pathNode, nil) }
    func decode(_ type: Int32.Type) throws -> Int32 { try DecodingFailure.integer(value, Int32.self, pathNode, nil) }
    func decode(_ type: Int64.Type) throws -> Int64 { try DecodingFailure.integer(value, Int64.self, pathNode, nil) }
    func decode(_ type: UInt.Type) throws -> UInt { try DecodingFailure.integer(value, UInt.self, pathNode, nil) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try DecodingFailure.integer(value, UInt8.self, pathNode, nil) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try DecodingFailure.integer(value, UInt16.self, pathNode, nil) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try DecodingFailure.integer(value, UInt32.self, pathNode, nil) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try DecodingFailure.integer(value, UInt64.self, pathNode, nil) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try unbox(value, as: T.self, at: pathNode) }
}
